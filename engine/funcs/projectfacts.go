package funcs

import (
	"slices"

	"github.com/jxlint/jxlint/table"
)

// ProjectFacts are values derived from the texts of one project that project
// rules test before they look at each text apart: found once per project, in
// one pass over its texts without joining them, and read as projectFacts.x.
// The texts of a project are those projectText joins: its name, goal and
// period goal, and each indicator's name, period value and annual value.
type ProjectFacts struct {
	Topics    []string `expr:"topics"`    // topics(projectText(project)): the topics its texts mention, sorted
	Fields    []string `expr:"fields"`    // the topics of its name, goal and period goal, and of its unit's name and unit words, sorted
	Covered   []string `expr:"covered"`   // the topics Fields cover: with their classes, sections and related topics, sorted
	Typos     bool     `expr:"typos"`     // len(typos(projectText(project))) > 0
	HalfWidth bool     `expr:"halfWidth"` // a text holds a half-width , : ; ( or )
	Numbered  bool     `expr:"numbered"`  // the indicators are numbered 1, 2, 3, …: numberingBreaks(map(project.indicators, .number)) is empty

	Misnumbered        bool `expr:"misnumbered"`        // !numbered
	PunctuationProblem bool `expr:"punctuationProblem"` // the reader noted a half-width separator: a problem of kind mixed-punctuation
	GoalEmpty          bool `expr:"goalEmpty"`          // normalize(project.goal) == "" && normalize(project.periodGoal) == ""
	NoIndicators       bool `expr:"noIndicators"`       // len(project.indicators) == 0
	Malformed          bool `expr:"malformed"`          // an indicator item could not be split: a problem of kind malformed-indicator
	Weighted           bool `expr:"weighted"`           // some indicator has a weight
	Copied             bool `expr:"copied"`             // copiedFrom != nil
	OffTopic           bool `expr:"offTopic"`           // some topic of topics is not covered

	// OffTopicIndicators are the indicators, in order, whose texts name a
	// topic that covered does not hold: those of which
	// filter(topics(ind.name + "\n" + ind.period + "\n" + ind.annual), # not in covered)
	// is not empty.
	OffTopicIndicators []*table.Indicator `expr:"offTopicIndicators"`

	// TypoIndicators are the indicators, in order, whose name, period value or
	// annual value holds a typo: those for which typos(ind.name),
	// typos(ind.period) or typos(ind.annual) is not empty.
	TypoIndicators []*table.Indicator `expr:"typoIndicators"`

	// Categories is categories(project): the canonical first-level categories
	// its indicators use, in framework order.
	Categories []string `expr:"categories"`

	// CopiedFrom is the first earlier project of the document whose indicator
	// list says the same (indicatorKey of both is the same, and not ""), or nil.
	CopiedFrom *table.Project `expr:"copiedFrom"`

	Set FactSet `expr:"-"` // the yes-or-no facts that are true, as bits, for the rules' `if` lists

	// Skip are the parts of the facts that FindProject leaves unfound, zero
	// and false: those that no rule reads. The zero value finds them all.
	Skip ProjectParts `expr:"-"`

	keys map[uint64]*table.Project   // the document's projects so far, first of each key, by hash of key
	more map[uint64][]*table.Project // those of a hash that keys holds for another key
	full map[*table.Project]string   // the keys of the projects of keys and more that a later hash matched, found once
	key  []byte                      // the indicator key of the current project
	cats categoryCache               // the categories of recent indicators, for their keys

	off        bool     // scan met a topic that Covered does not hold
	typo       bool     // scan met a typo
	unitName   string   // the name of the unit of the last project
	unitTopics []string // the topics of unitName and its unit words, which the projects of a unit share (none of "")
}

// Forget makes f forget the projects of the document: the worker calls it
// before the first project of each document and after the last.
func (f *ProjectFacts) Forget() {
	clear(f.keys)
	clear(f.more)
	clear(f.full)
	f.unitName, f.unitTopics = "", f.unitTopics[:0]
	clear(f.cats.filled[:])
}

// FindProject fills f with the facts of project p of unit u. f is reused from
// one project to the next, in table order, and remembers the document's
// earlier projects; its lists are valid until the next call.
func (fr *Facter) FindProject(u *table.Unit, p *table.Project, f *ProjectFacts) {
	h := fr.h
	f.Topics, f.Fields, f.Covered = f.Topics[:0], f.Fields[:0], f.Covered[:0]
	f.OffTopicIndicators, f.TypoIndicators = f.OffTopicIndicators[:0], f.TypoIndicators[:0]
	f.Typos, f.HalfWidth, f.OffTopic = false, false, false
	if f.Skip&PartTexts == 0 {
		f.findTexts(h, u, p)
	}
	f.Numbered, f.Categories, f.CopiedFrom = false, nil, nil
	if f.Skip&PartNumbering == 0 {
		f.Numbered = numbered(p)
	}
	if f.Skip&PartCategories == 0 {
		f.Categories = h.categoryList(p)
	}
	if f.Skip&PartCopied == 0 {
		f.findCopied(h, p)
	}
	f.Misnumbered, f.Copied = f.Skip&PartNumbering == 0 && !f.Numbered, f.CopiedFrom != nil
	f.GoalEmpty = blank(p.Goal) && blank(p.PeriodGoal)
	f.NoIndicators = len(p.Indicators) == 0
	f.PunctuationProblem, f.Malformed = false, false
	for _, pr := range p.Problems {
		f.PunctuationProblem = f.PunctuationProblem || pr.Kind == "mixed-punctuation"
		f.Malformed = f.Malformed || pr.Kind == "malformed-indicator"
	}
	f.Weighted = slices.ContainsFunc(p.Indicators, func(in *table.Indicator) bool { return in.Weight != nil })
	f.findSet()
}

// NoteProject makes f remember project p of unit u, as FindProject does, for
// the copiedFrom of the projects after it, without finding the other facts of
// p: how a worker that lints a later run of a document's units learns the
// projects before its own.
func (fr *Facter) NoteProject(u *table.Unit, p *table.Project, f *ProjectFacts) {
	if f.Skip&PartCopied != 0 {
		return
	}
	skip := f.Skip
	f.Skip = AllParts &^ PartCopied
	fr.FindProject(u, p, f)
	f.Skip = skip
}

// findTexts finds the facts of the texts of project p of unit u: its topics,
// fields and what they cover, typos and half-width marks.
func (f *ProjectFacts) findTexts(h *helpers, u *table.Unit, p *table.Project) {
	f.typo = false
	for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
		f.scan(h, s)
	}
	f.Typos = f.typo
	f.Fields = append(f.Fields, f.Topics...)
	if u != nil {
		if u.Name != f.unitName {
			f.unitName, f.unitTopics = u.Name, h.topics.addUnit(u.Name, f.unitTopics[:0])
		}
		for _, t := range f.unitTopics {
			if !slices.Contains(f.Fields, t) {
				f.Fields = append(f.Fields, t)
			}
		}
	}
	slices.Sort(f.Fields)
	f.Covered = h.topics.cover(f.Fields, f.Covered)
	for _, in := range p.Indicators {
		f.off, f.typo = false, false
		for _, s := range [...]string{in.Name, in.Period, in.Annual} {
			f.scan(h, s)
		}
		if f.off {
			f.OffTopicIndicators = append(f.OffTopicIndicators, in)
		}
		if f.typo {
			f.TypoIndicators = append(f.TypoIndicators, in)
			f.Typos = true
		}
	}
	f.off, f.typo = false, false
	slices.Sort(f.Topics)
	f.OffTopic = len(f.OffTopicIndicators) > 0 // the topics of the project's own texts are among its fields
}

// scan adds the topics of one text of the project to f.Topics and notes its
// whether it holds a typo or a half-width mark and whether it names a topic
// that f.Covered does not hold, in one pass over its runes. Topics are found as
// topicMatcher.topics finds them, leftmost and longest, never overlapping;
// typos at every rune, as wordMatcher.contains does.
func (f *ProjectFacts) scan(h *helpers, s string) {
	topics, typos := h.topics.words, h.typos
	next := 0 // the byte after the last topic word found
	for i := h.projectStop.skip(s, 0); i < len(s); i = h.projectStop.skip(s, i) {
		r, ok := rune3(s, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(s, i)
		}
		switch r {
		case ',', ':', ';', '(', ')':
			f.HalfWidth = true
		}
		if !h.projectSingle.has(r) { // a word starts here only if the next rune makes its first two
			r2, ok := rune3(s, i+n)
			if !ok && i+n < len(s) {
				r2, _ = decodeRune(s, i+n)
			}
			if !ok && i+n >= len(s) || !h.projectPairs.has(pairKey(r, r2)) {
				i += n
				continue
			}
		}
		if !f.typo && typos.first.has(r) && typos.longest(s, i, r) != nil {
			f.typo = true
		}
		if i >= next && topics.first.has(r) && h.topics.canStart(s, i, r, n) {
			if e := topics.longest(s, i, r); e != nil {
				next = i + len(e.word)
				if e.fix != "" && !slices.Contains(f.Topics, e.fix) {
					f.Topics = append(f.Topics, e.fix)
				}
				if e.fix != "" && !f.off && !slices.Contains(f.Covered, e.fix) {
					f.off = true // found before Covered only for the project's own texts, whose topics it holds
				}
			}
		}
		i += n
	}
}
