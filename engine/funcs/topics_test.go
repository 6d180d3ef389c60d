package funcs

import (
	"slices"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

// testTopics is a small taxonomy: a class with two sections, one of them
// related to another class, a class of its own, and phrases of no field.
var testTopics = map[string]rules.Topic{
	"农林水":     {Name: "农林水", En: "agriculture, forestry and water"},
	"水利":      {Name: "水利", Class: "农林水", En: "water", Keywords: []string{"河涌", "防洪"}, Units: []string{"水务局"}, Related: []string{"节能环保"}},
	"农业农村":    {Name: "农业农村", Class: "农林水", En: "agriculture", Keywords: []string{"农民", "生猪"}},
	"节能环保":    {Name: "节能环保", En: "environment", Keywords: []string{"污染"}},
	"司法":      {Name: "司法", Keywords: []string{"法律援助"}},
	"不属于任何领域": {Name: "不属于任何领域", None: true, Keywords: []string{"农民工"}},
}

func TestTopicUnits(t *testing.T) {
	m := newTopicMatcher(testTopics)
	tests := []struct {
		unit string
		want []string
	}{
		{"广州市海珠区水务局", []string{"水利"}},   // by its unit word
		{"广州市海珠区河涌管理所", []string{"水利"}}, // by a keyword
		{"广州市海珠区南华西街道办事处", nil},         // a unit of no one field
		{"示例区农民工服务中心", nil},             // 农民工 is read whole and names no field
	}
	for _, tt := range tests {
		if got := m.addUnit(tt.unit, nil); !slices.Equal(got, tt.want) {
			t.Errorf("addUnit(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
	if got := m.topics("防洪排涝，法律援助，水务局"); !slices.Equal(got, []string{"司法", "水利"}) {
		t.Errorf("topics read a unit word in a text: %q", got)
	}
}

func TestTopicCover(t *testing.T) {
	m := newTopicMatcher(testTopics)
	tests := []struct {
		fields, want []string
	}{
		// A section covers its class and its related topics, not its sibling.
		{[]string{"水利"}, []string{"农林水", "水利", "节能环保"}},
		// A class covers its sections.
		{[]string{"农林水"}, []string{"农业农村", "农林水", "水利"}},
		// Related topics cover each other, with the other's class.
		{[]string{"节能环保"}, []string{"农林水", "水利", "节能环保"}},
		{[]string{"司法", "农业农村"}, []string{"农业农村", "农林水", "司法"}},
		{[]string{"低空经济"}, []string{"低空经济"}}, // a name the dictionary does not hold covers itself
		{nil, nil},
	}
	for _, tt := range tests {
		if got := m.cover(tt.fields, nil); !slices.Equal(got, tt.want) {
			t.Errorf("cover(%q) = %q, want %q", tt.fields, got, tt.want)
		}
	}
}

func TestTopicNames(t *testing.T) {
	m := newTopicMatcher(testTopics)
	tests := []struct {
		topics any
		lang   string
		want   string
	}{
		{[]string{"水利", "农业农村"}, "zh", "水利、农业农村"},
		{[]any{"水利", "农业农村"}, "en", "water; agriculture"},
		{[]any{"司法"}, "en", "司法"}, // no English name: the Chinese one
		{nil, "en", ""},
	}
	for _, tt := range tests {
		if got := m.names(tt.topics, tt.lang); got != tt.want {
			t.Errorf("names(%v, %s) = %q, want %q", tt.topics, tt.lang, got, tt.want)
		}
	}
}

// TestTopicCanStart checks the pair filter against every word of the built-in
// dictionary: it must never pass over the start of a word.
func TestTopicCanStart(t *testing.T) {
	m := newHelpers(builtinDicts(t)).topics
	n := 0
	for _, wm := range []*wordMatcher{m.words, m.units} {
		for _, es := range wm.byFirst {
			for _, e := range es {
				text := "在" + e.word + "方面"
				r, size := decodeRune(text, len("在"))
				if !m.canStart(text, len("在"), r, size) {
					t.Errorf("canStart passes over %q", e.word)
				}
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d words checked", n)
	}
	if m.canStart("水", 0, '水', 3) {
		t.Error("canStart at the last rune of a text, which starts no word of two runes")
	}
}
