package funcs

import (
	"os"
	"slices"
	"testing"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

func TestHanPairs(t *testing.T) {
	key := func(s string) uint64 { r := []rune(s); return uint64(r[0])<<21 | uint64(r[1]) }
	var want []uint64
	for _, w := range []string{"景区", "水质", "河涌", "涌水", "级景", "达标"} { // no pair across texts, digits or Latin letters
		want = append(want, key(w))
	}
	slices.Sort(want)
	got := hanPairs([]uint64{key("旧的")}, "河涌水质≥80%", "达标", "A级景区", "河涌")
	if !slices.Equal(got, want) {
		t.Errorf("hanPairs = %x, want %x", got, want)
	}
}

// borrowTable is a unit of projects; each is {name, goal, indicator names...}.
func borrowTable(unit string, projects ...[]string) *table.Document {
	u := &table.Unit{Name: unit}
	for _, p := range projects {
		pr := &table.Project{Name: p[0], Goal: p[1]}
		for _, n := range p[2:] {
			pr.Indicators = append(pr.Indicators, &table.Indicator{Name: n})
		}
		u.Projects = append(u.Projects, pr)
	}
	return &table.Document{Units: []*table.Unit{u}}
}

func TestBorrowedIndicators(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	projects := [][]string{
		{"古籍修复经费", "修复馆藏古籍善本，延长古籍寿命。", "修复古籍册数"},
		{"社区阅读推广经费", "在各社区举办读书会和亲子共读活动。", "举办读书会场次", "修复馆藏古籍善本册数"},
		{"数字资源采购经费", "采购电子图书和数据库，丰富线上服务内容。", "新增电子图书种数"},
		{"馆舍设备维护经费", "维护馆舍空调和电梯等设备，保障开放服务。", "维护设备台数"},
	}
	got := h.borrowedIndicators(borrowTable("示例区图书馆", projects...))
	if len(got) != 1 || got[0].Indicator.Name != "修复馆藏古籍善本册数" || got[0].From.Name != "古籍修复经费" ||
		got[0].Project.Name != "社区阅读推广经费" {
		t.Errorf("borrowedIndicators = %+v, want 修复馆藏古籍善本册数 of 社区阅读推广经费 from 古籍修复经费", got)
	}
	// Three projects say too little about which words are rare.
	if got := h.borrowedIndicators(borrowTable("示例区图书馆", projects[:3]...)); got != nil {
		t.Errorf("with three projects: %+v, want none", got)
	}
	// The dictionary ties 河涌 to the water unit's project: no finding.
	water := [][]string{
		{"河涌综合整治项目", "对黑臭河涌截污清淤，恢复河涌水体功能。", "完成清淤长度"},
		{"设施运行维护经费", "保障辖区设施安全运行。", "河涌水体巡查次数"},
		projects[2], projects[3],
	}
	if got := h.borrowedIndicators(borrowTable("示例区水务局", water...)); got != nil {
		t.Errorf("an indicator its own project covers: %+v, want none", got)
	}
	if got := h.borrowedIndicators("not a document"); got != nil {
		t.Errorf("borrowedIndicators of a string = %+v", got)
	}
}

// TestRareAsHanPairs indexes the projects of generated tables and of the
// corpus and checks that rare gives, for every indicator, the words of
// hanPairs that users finds, in the same order, at every threshold.
func TestRareAsHanPairs(t *testing.T) {
	var docs []*table.Document
	for seed := uint64(1); seed <= 2; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, Rates: tablegen.UniformRates(0.1)}, 64<<10)
		docs = append(docs, doc)
	}
	data, err := os.ReadFile("../../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("pazhou-project-goals.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc)
	checked := 0
	for _, doc := range docs {
		var projects []*table.Project
		for _, u := range doc.Units {
			projects = append(projects, u.Projects...)
		}
		idx := newWordIndex(projects)
		var got []int32
		var pairs []uint64
		for common := 1; common <= borrowCommonMax; common++ {
			for _, p := range projects {
				for _, in := range p.Indicators {
					var want []uint64
					for _, k := range hanPairs(pairs, in.Name, in.Period, in.Annual) {
						if idx.users(k, common) != nil {
							want = append(want, k)
						}
					}
					got = idx.rare(got, common, in.Name, in.Period, in.Annual)
					keys := make([]uint64, len(got))
					for i, j := range got {
						keys[i] = idx.uses[j].key
					}
					if !slices.Equal(keys, want) {
						t.Fatalf("common %d, indicator %q: rare gives %x, want %x", common, in.Name, keys, want)
					}
					checked += len(want)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d rare words checked", checked)
	}
}

// TestWordIndexAsMap adds words to a word index, as many as make its slots
// grow several times, each word many times and in an order that puts many
// near one another, and checks after each that find tells what a map tells.
func TestWordIndexAsMap(t *testing.T) {
	x := &wordIndex{slots: make([]int32, 1<<10), shift: 64 - 10}
	want := map[uint64]int32{}
	key := func(n int) uint64 { return uint64(0x4E00+n%20000)<<21 | uint64(0x4E00+(n*7919)%20000) }
	for n := range 30000 {
		k := key(n % 9000 * 3)
		j, ok := x.find(k)
		if wj, wok := want[k]; ok != wok || j != wj {
			t.Fatalf("find(%x) = %d, %v; want %d, %v", k, j, ok, wj, wok)
		}
		if !ok {
			want[k] = x.add(k)
		}
		if absent := uint64(0x20000+n)<<21 | 0x4E00; true { // a first rune no added word has
			if _, ok := x.find(absent); ok {
				t.Fatalf("find(%x) finds a word never added", absent)
			}
		}
	}
	if len(x.slots) < 2*len(want) || len(x.slots) <= 1<<10 || len(want) != 9000 {
		t.Errorf("%d slots for %d words: want at most half of them full, after growing", len(x.slots), len(want))
	}
}
