package funcs

import (
	"reflect"
	"slices"
	"testing"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestFactSetBits checks that the bit of each fact name is set from the bool
// field of that expr name, and from no other, and that every bool field has
// a name.
func TestFactSetBits(t *testing.T) {
	checkBits[IndicatorFacts](t, IndicatorFactNames, (*IndicatorFacts).findSet, func(f *IndicatorFacts) FactSet { return f.Set })
	checkBits[ProjectFacts](t, ProjectFactNames, (*ProjectFacts).findSet, func(f *ProjectFacts) FactSet { return f.Set })
	checkBits[DocumentFacts](t, DocumentFactNames, (*DocumentFacts).findSet, func(f *DocumentFacts) FactSet { return f.Set })
}

func checkBits[T any](t *testing.T, names []string, find func(*T), set func(*T) FactSet) {
	t.Helper()
	typ := reflect.TypeFor[T]()
	var fields []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name := f.Tag.Get("expr")
		if f.Type.Kind() != reflect.Bool || name == "" || name == "-" {
			continue
		}
		fields = append(fields, name)
		var v T
		reflect.ValueOf(&v).Elem().Field(i).SetBool(true)
		find(&v)
		bit := slices.Index(names, name)
		if bit < 0 {
			t.Errorf("%s: bool fact %q has no bit", typ, name)
			continue
		}
		if got := set(&v); got != 1<<bit {
			t.Errorf("%s: only %q true gives the set %b, want bit %d", typ, name, got, bit)
		}
	}
	if len(fields) != len(names) {
		t.Errorf("%s: %d names for %d bool facts %q", typ, len(names), len(fields), fields)
	}
}

// TestProjectPartsSkipped finds the facts of the projects of generated tables
// (with copied lists, typos and topics) once with every part and once with
// each combination of parts skipped, and checks that a skipped part leaves
// its facts zero and every other fact what the full finding gives.
func TestProjectPartsSkipped(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	fr := &Facter{h: h}
	typ := reflect.TypeFor[ProjectFacts]()
	names := map[string]bool{}
	for i := range typ.NumField() {
		names[typ.Field(i).Tag.Get("expr")] = true
	}
	for name := range projectParts {
		if !names[name] {
			t.Errorf("projectParts names %q, which is no fact", name)
		}
	}
	var docs []*table.Document
	for seed := uint64(1); seed <= 2; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.2)}, 64<<10)
		docs = append(docs, doc)
	}
	typo := func(name, annual string) *table.Project { // lists the same but for a typo
		return &table.Project{Name: name, Indicators: []*table.Indicator{{Number: "1", Name: "运转情况", Annual: annual,
			Level1: table.Level{Name: "产出指标"}, Level2: table.Level{Name: "质量指标"}}}}
	}
	docs = append(docs, &table.Document{Units: []*table.Unit{{Name: "单位", Projects: []*table.Project{
		typo("甲", "正常运转"), typo("乙", "正产运转")}}}})
	for skip := ProjectParts(0); skip <= AllParts; skip++ {
		var full, part ProjectFacts
		part.Skip = skip
		for _, doc := range docs {
			full.Forget()
			part.Forget()
			for _, u := range doc.Units {
				for _, p := range u.Projects {
					fr.FindProject(u, p, &full)
					fr.FindProject(u, p, &part)
					for i := range typ.NumField() {
						name := typ.Field(i).Tag.Get("expr")
						if name == "" || name == "-" {
							continue
						}
						got, want := reflect.ValueOf(part).Field(i), reflect.ValueOf(full).Field(i)
						if projectParts[name]&skip != 0 {
							if !got.IsZero() && (got.Kind() != reflect.Slice || got.Len() != 0) {
								t.Fatalf("skip %04b: project %q: skipped fact %s = %v, want zero", skip, p.Name, name, got)
							}
						} else if !reflect.DeepEqual(got.Interface(), want.Interface()) {
							t.Fatalf("skip %04b: project %q: %s = %v, want %v", skip, p.Name, name, got, want)
						}
					}
					if mask := projectMask(skip); part.Set != full.Set&^mask {
						t.Fatalf("skip %04b: project %q: set %b, want %b", skip, p.Name, part.Set, full.Set&^mask)
					}
				}
			}
		}
	}
}

// projectMask returns the bits of the yes-or-no facts of the parts skip.
func projectMask(skip ProjectParts) FactSet {
	var m FactSet
	for i, name := range ProjectFactNames {
		if projectParts[name]&skip != 0 {
			m |= 1 << i
		}
	}
	return m
}

// TestNoteProjectAsFind notes the first projects of generated tables with
// copied lists and finds the facts of the rest, as a worker that lints a later
// run of the units does, and checks that each of the rest is found copied
// from the project that finding every project's facts gives.
func TestNoteProjectAsFind(t *testing.T) {
	fr := &Facter{h: newHelpers(builtinDicts(t))}
	copies := 0
	for seed := uint64(1); seed <= 3; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, Rates: tablegen.UniformRates(0.2)}, 64<<10)
		type pair struct {
			u *table.Unit
			p *table.Project
		}
		var all []pair
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				all = append(all, pair{u, p})
			}
		}
		var full ProjectFacts
		want := make([]*table.Project, len(all))
		for i, x := range all {
			fr.FindProject(x.u, x.p, &full)
			want[i] = full.CopiedFrom
		}
		for _, cut := range []int{1, len(all) / 3, len(all) / 2} {
			var f ProjectFacts
			for _, x := range all[:cut] {
				fr.NoteProject(x.u, x.p, &f)
			}
			for i := cut; i < len(all); i++ {
				fr.FindProject(all[i].u, all[i].p, &f)
				if f.CopiedFrom != want[i] {
					t.Fatalf("seed %d, cut %d: project %d copied from %v, want %v", seed, cut, i, projectName(f.CopiedFrom), projectName(want[i]))
				}
				if want[i] != nil {
					copies++
				}
			}
		}
	}
	if copies == 0 {
		t.Error("no copied project after a cut: nothing tested")
	}
}
