package funcs

import (
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestFactsAgreeWithHelpers finds the facts of every indicator of the corpus
// and the rule examples, one after the other with one IndicatorFacts as the
// engine does, and compares each with what the helpers it stands for give.
func TestFactsAgreeWithHelpers(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	fr := &Facter{h: h}
	files, _ := filepath.Glob("../../rules/default/testdata/*.txt")
	csvs, _ := filepath.Glob("../../rules/default/testdata/*.csv")
	files = append(append(files, csvs...), "../../testdata/corpus/pazhou-project-goals.txt", "../../testdata/corpus/layout-rows-example.csv")
	var f IndicatorFacts
	var pf ProjectFacts
	n := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := table.Read(name, data)
		if err != nil {
			continue
		}
		pf.Forget()
		var earlier []*table.Project
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				fr.FindProject(u, p, &pf)
				checkProjectFacts(t, h, u, p, &pf)
				checkCopied(t, h, p, earlier, pf.CopiedFrom)
				earlier = append(earlier, p)
				for _, in := range p.Indicators {
					fr.Find(in, &f)
					checkFacts(t, h, in, &f)
					n++
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d indicators checked", n)
	}
}

func checkFacts(t *testing.T, h *helpers, in *table.Indicator, f *IndicatorFacts) {
	t.Helper()
	value := in.Operator + in.Annual + in.MeasureUnit
	pct, hasPct := percent(value).(float64)
	out := false
	for _, v := range append(percents(value), percents(in.Period)...) {
		out = out || v > 100 || v < 0
	}
	n2 := h.canon2(in.Name)
	want := IndicatorFacts{
		NameEmpty: normalize(in.Name) == "", PeriodEmpty: normalize(in.Period) == "",
		AnnualEmpty: normalize(in.Annual) == "", UnitEmpty: normalize(in.MeasureUnit) == "",
		SameValues: normalize(in.Period) != "" && normalize(in.Period) == normalize(in.Annual),
		Level1:     h.canon1(in.Level1.Name), Level2: h.canon2(in.Level2.Name), Category: h.level1Of(in),
		Code1Name: h.code1[in.Level1.Code], Code2Name: h.code2[in.Level2.Code],
		CodePrefixClash: in.Level1.Code != "" && in.Level2.Code != "" && !strings.HasPrefix(in.Level2.Code, in.Level1.Code),
		NameIsLevel1:    h.canon1(in.Name) != "", NameIsLevel2: n2 != "", NameParent: h.parentOf(n2),
		Quantified: isQuantified(value), TimeLimited: hasTimeLimit(value),
		HasPercent: hasPct, Percent: pct, PercentOutOfRange: out,
		Vague: len(h.vague.find(in.Period)) > 0 || len(h.vague.find(in.Annual)) > 0,
	}
	want.Level1Unknown = want.Level1 == "" && normalize(in.Level1.Name) != ""
	want.Level2Unknown = want.Level2 == "" && normalize(in.Level2.Name) != ""
	want.Level1CodeClash = want.Code1Name != "" && want.Level1 != "" && want.Code1Name != want.Level1
	want.Level2CodeClash = want.Code2Name != "" && want.Level2 != "" && want.Code2Name != want.Level2
	want.Level2Parent = h.parentOf(want.Level2)
	want.ParentClash = want.Level1 != "" && want.Level2 != "" && want.Level2Parent != want.Level1
	want.Unquantified = !want.AnnualEmpty && !want.Quantified
	want.HasUnit, want.Quantitative = !want.UnitEmpty, in.Kind == "定量"
	want.Timeliness, want.Satisfaction = want.Level2 == "时效", want.Category == "满意度"
	want.findSet()
	got := *f
	got.recent = nil
	if got != want {
		t.Errorf("facts of %q (%s; %s):\n got %+v\nwant %+v", in.Name, in.Level1.Name, in.Level2.Name, got, want)
	}
}

func checkProjectFacts(t *testing.T, h *helpers, u *table.Unit, p *table.Project, f *ProjectFacts) {
	t.Helper()
	text := projectText(p)
	fields := h.topics.addUnit(u.Name, h.topics.topics(p.Name+"\n"+p.Goal+"\n"+p.PeriodGoal))
	slices.Sort(fields)
	fields = slices.Compact(fields)
	covered := h.topics.cover(fields, nil)
	if !slices.Equal(f.Topics, h.topics.topics(text)) || !slices.Equal(f.Fields, fields) || !slices.Equal(f.Covered, covered) ||
		f.Typos != (len(h.typos.find(text)) > 0) || f.HalfWidth != strings.ContainsAny(text, ",:;()") {
		t.Errorf("facts of project %q:\n got topics %q, fields %q, covered %q, typos %v, half-width %v"+
			"\nwant topics %q, fields %q, covered %q, typos %v", p.Name, f.Topics, f.Fields, f.Covered, f.Typos, f.HalfWidth,
			h.topics.topics(text), fields, covered, h.typos.find(text))
	}
	numbers := make([]any, len(p.Indicators))
	for i, in := range p.Indicators {
		numbers[i] = in.Number
	}
	if breaks := numberingBreaks(numbers); f.Numbered != (len(breaks) == 0) {
		t.Errorf("numbered of project %q = %v, but its numbers %q break at %v", p.Name, f.Numbered, numbers, breaks)
	}
	if cats := h.categories(p); !slices.Equal(f.Categories, cats) {
		t.Errorf("categories of project %q = %q, want %q", p.Name, f.Categories, cats)
	}
	offTopic, weighted, malformed, punct := false, false, false, false
	for _, topic := range f.Topics {
		offTopic = offTopic || !slices.Contains(covered, topic)
	}
	var off []*table.Indicator
	for _, in := range p.Indicators {
		if slices.ContainsFunc(h.topics.topics(in.Name+"\n"+in.Period+"\n"+in.Annual), func(t string) bool { return !slices.Contains(covered, t) }) {
			off = append(off, in)
		}
	}
	var typo []*table.Indicator
	for _, in := range p.Indicators {
		if len(h.typos.find(in.Name))+len(h.typos.find(in.Period))+len(h.typos.find(in.Annual)) > 0 {
			typo = append(typo, in)
		}
	}
	if !slices.Equal(f.TypoIndicators, typo) {
		t.Errorf("indicators with typos of project %q = %d, want %d", p.Name, len(f.TypoIndicators), len(typo))
	}
	if !slices.Equal(f.OffTopicIndicators, off) {
		t.Errorf("off-topic indicators of project %q = %d, want %d", p.Name, len(f.OffTopicIndicators), len(off))
	}
	for _, in := range p.Indicators {
		weighted = weighted || in.Weight != nil
	}
	for _, pr := range p.Problems {
		malformed = malformed || pr.Kind == "malformed-indicator"
		punct = punct || pr.Kind == "mixed-punctuation"
	}
	got := [...]bool{f.Misnumbered, f.GoalEmpty, f.NoIndicators, f.Malformed, f.PunctuationProblem, f.Weighted, f.OffTopic, f.Copied}
	want := [...]bool{!f.Numbered, normalize(p.Goal) == "" && normalize(p.PeriodGoal) == "", len(p.Indicators) == 0,
		malformed, punct, weighted, offTopic, f.CopiedFrom != nil}
	if got != want {
		t.Errorf("misnumbered, goalEmpty, noIndicators, malformed, punctuationProblem, weighted, offTopic, copied of project %q = %v, want %v",
			p.Name, got, want)
	}
	set := *f
	set.findSet()
	if set.Set != f.Set {
		t.Errorf("fact set of project %q = %b, want %b", p.Name, f.Set, set.Set)
	}
}

// checkCopied compares the copiedFrom fact of p with the first of earlier
// whose indicatorKey is the same.
func checkCopied(t *testing.T, h *helpers, p *table.Project, earlier []*table.Project, got *table.Project) {
	t.Helper()
	var want *table.Project
	if key := h.indicatorKey(p); key != "" {
		for _, q := range earlier {
			if h.indicatorKey(q) == key {
				want = q
				break
			}
		}
	}
	if got != want {
		t.Errorf("copiedFrom of project %q = %v, want %v", p.Name, projectName(got), projectName(want))
	}
}

// projectName names p, or nil, in test failures.
func projectName(p *table.Project) string {
	if p == nil {
		return "nil"
	}
	return p.Name
}

// TestFactsOfGeneratedTables checks the facts of every project and indicator
// of generated tables, whose defects (typos, copied projects, half-width
// marks, spaces, …) are injected at a high rate.
func TestFactsOfGeneratedTables(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	fr := &Facter{h: h}
	var f IndicatorFacts
	var pf ProjectFacts
	projects, copies := 0, 0
	for seed := uint64(1); seed <= 3; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.2)}, 128<<10)
		pf.Forget()
		first := map[string]*table.Project{} // the first project of each indicator key
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				projects++
				fr.FindProject(u, p, &pf)
				checkProjectFacts(t, h, u, p, &pf)
				key := h.indicatorKey(p)
				want := first[key]
				if key == "" {
					want = nil
				} else if want == nil {
					first[key] = p
				}
				if pf.CopiedFrom != want {
					t.Errorf("copiedFrom of project %q = %v, want %v", p.Name, projectName(pf.CopiedFrom), projectName(want))
				}
				if want != nil {
					copies++
				}
				for _, in := range p.Indicators {
					fr.Find(in, &f)
					checkFacts(t, h, in, &f)
				}
			}
		}
	}
	t.Logf("%d projects, %d copied", projects, copies)
	if projects < 100 || copies == 0 {
		t.Errorf("%d projects, %d copied: too few to test", projects, copies)
	}
}

// TestCopiedHashCollision makes the hash of one project's key the hash of an
// earlier project with another key, as if they collided, and checks that the
// projects are told apart in full and that a later copy still finds its first.
func TestCopiedHashCollision(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	fr := &Facter{h: h}
	project := func(name, annual string) *table.Project {
		return &table.Project{Name: name, Indicators: []*table.Indicator{{Name: "培训人数", Annual: annual, MeasureUnit: "人",
			Level1: table.Level{Name: "产出指标"}, Level2: table.Level{Name: "数量指标"}}}}
	}
	a, b, c := project("甲", "100"), project("乙", "200"), project("丙", "200")
	var f ProjectFacts
	f.Forget()
	fr.FindProject(nil, a, &f)
	f.keys[maphash.Bytes(h.seed, h.appendKey(nil, b, true, nil))] = a // b's hash now leads to a, whose key differs
	for _, tt := range []struct {
		p, want *table.Project
	}{{b, nil}, {c, b}, {project("丁", "200"), b}, {project("戊", "100"), a}} {
		fr.FindProject(nil, tt.p, &f)
		if f.CopiedFrom != tt.want {
			t.Errorf("copiedFrom of %s = %s, want %s", tt.p.Name, projectName(f.CopiedFrom), projectName(tt.want))
		}
	}
	if len(f.more) != 1 {
		t.Errorf("%d hashes with more than one key, want 1", len(f.more))
	}
}

// TestCategoryCache gets the categories of more pairs of levels than the
// cache has places, in turns, so that pairs take each other's places, and
// compares each with the categories found afresh.
func TestCategoryCache(t *testing.T) {
	fr := &Facter{h: newHelpers(builtinDicts(t))}
	names2 := []string{"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
		"可持续影响指标", "服务对象满意度指标", "数量", "质量", "", "x", "其他指标"}
	var ins []*table.Indicator
	for _, n1 := range []string{"产出指标", "效益指标", "满意度指标", "产出", ""} {
		for k, n2 := range names2 {
			ins = append(ins, &table.Indicator{Level1: table.Level{Name: n1, Code: "1"},
				Level2: table.Level{Name: n2, Code: fmt.Sprint(10 + k)}})
		}
	}
	var c categoryCache
	for round := range 3 {
		for k := range ins {
			in := ins[(k*7+round)%len(ins)]
			var want categoryFacts
			fr.h.findCategories(in, &want)
			if got := c.get(fr.h, in); *got != want {
				t.Fatalf("categories of %+v, %+v:\n got %+v\nwant %+v", in.Level1, in.Level2, *got, want)
			}
		}
	}
}
