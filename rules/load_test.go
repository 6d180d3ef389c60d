package rules

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testBuiltin is the small built-in set of testdata/builtin.
func testBuiltin() (*Set, error) {
	return builtinFrom(os.DirFS("testdata/builtin"))
}

// loadTest loads with the test built-in set.
func loadTest(t *testing.T, opts LoadOptions) *Set {
	t.Helper()
	s, err := load(opts, testBuiltin)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return s
}

// ids lists the IDs of rules.
func ids(rules []*Rule) string {
	var out []string
	for _, r := range rules {
		out = append(out, r.ID)
	}
	return strings.Join(out, " ")
}

func TestEmbeddedBuiltinLoads(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatalf("the embedded rules/default does not load:\n%v", err)
	}
	if len(s.Rules) != len(s.All) {
		t.Errorf("built-in set has %d enabled of %d rules; all should be enabled", len(s.Rules), len(s.All))
	}
}

func TestBuiltinFixture(t *testing.T) {
	s := loadTest(t, LoadOptions{NoConfig: true})
	if got, want := ids(s.Rules), "identical-period-annual too-few-indicators typo vague-wording"; got != want {
		t.Errorf("rules = %q, want %q", got, want)
	}
	if s.Source != "" {
		t.Errorf("Source = %q, want empty without configuration", s.Source)
	}
	typo := s.Rule("typo")
	if typo.Title.In("en") != "Typo" || typo.Title.In("zh") != "错别字" || typo.Severity != Warning || typo.Default != Warning {
		t.Errorf("typo = %+v", typo)
	}
	want := []Example{{Bad: "正产运转", Good: "正常运转", Note: Text{Zh: "「正产」是错别字", En: "正产 is a typo"}}}
	if !reflect.DeepEqual(typo.Examples, want) {
		t.Errorf("typo examples = %+v, want %+v", typo.Examples, want)
	}
	d := s.Dicts
	if d.Typos["拔付"] != "拨付" || len(d.Topics["游戏产业"].Keywords) != 2 || strings.Join(d.Vague, ",") != "进一步,力争" {
		t.Errorf("dictionaries = %+v", d)
	}
	want水利 := Topic{Name: "水利", Class: "农林水", Code: "21303", En: "water", Keywords: []string{"河涌", "防洪"},
		Units: []string{"水务局"}, Related: []string{"生态环境"}}
	if !reflect.DeepEqual(d.Topics["水利"], want水利) || d.Topics["农林水"].En != "agriculture, forestry and water" || len(d.Topics) != 4 {
		t.Errorf("topics = %+v, want 游戏产业, 农林水 with its section 水利 as %+v, and 生态环境", d.Topics, want水利)
	}
	if len(d.Framework) != 2 || d.Framework[1].Children[0].Aliases[0] != "环境效益" {
		t.Errorf("framework = %+v", d.Framework)
	}
	if s.Rule("nothing") != nil {
		t.Error(`Rule("nothing") found a rule`)
	}
}

func TestFullConfig(t *testing.T) {
	s := loadTest(t, LoadOptions{ConfigPath: "testdata/config/full.yaml"})
	if s.Source != "testdata/config/full.yaml" {
		t.Errorf("Source = %q", s.Source)
	}
	if got, want := ids(s.Rules), "big-project identical-period-annual team-a team-b too-few-indicators typo"; got != want {
		t.Errorf("enabled rules = %q, want %q", got, want)
	}
	if got, want := ids(s.All), "big-project identical-period-annual team-a team-b too-few-indicators typo vague-wording"; got != want {
		t.Errorf("all rules = %q, want %q", got, want)
	}
	if s.Enabled("vague-wording") || !s.Enabled("typo") {
		t.Error("vague-wording should be off and typo on")
	}
	for id, want := range map[string]Severity{"typo": Error, "identical-period-annual": Info, "big-project": Warning, "team-a": Info} {
		if got := s.Rule(id).Severity; got != want {
			t.Errorf("%s severity = %s, want %s", id, got, want)
		}
	}
	if s.Rule("typo").Default != Warning {
		t.Errorf("typo Default = %s, want the written warning", s.Rule("typo").Default)
	}
	params := s.Rule("too-few-indicators").Params
	if params["min"] != 4 || len(params["categories"].([]any)) != 2 {
		t.Errorf("params = %v, want min 4 over the rule's own and categories kept", params)
	}
	d := s.Dicts
	if d.Typos["正产"] != "正常运行" || d.Typos["按排"] != "安排" || d.Typos["拔付"] != "拨付" {
		t.Errorf("typos = %v", d.Typos)
	}
	if got := strings.Join(d.Topics["游戏产业"].Keywords, ","); got != "游戏,电竞,网游" {
		t.Errorf("topic 游戏产业 = %s", got)
	}
	if got := d.Topics["低空经济"]; strings.Join(got.Keywords, ",") != "无人机,低空" || got.En != "low-altitude economy" ||
		strings.Join(got.Related, ",") != "生态环境" || got.Class != "" {
		t.Errorf("topic 低空经济 = %+v", got)
	}
	if got := d.Topics["水利"]; got.Class != "农林水" || got.Code != "21303" || got.En != "water" ||
		!slices.Contains(got.Units, "水务局") || !slices.Contains(got.Units, "水投集团") {
		t.Errorf("topic 水利 = %+v, want the built-in section with 水投集团 added to its unit words", got)
	}
	if got := strings.Join(d.Vague, ","); got != "进一步,力争,争取" {
		t.Errorf("vague = %s", got)
	}
	if !reflect.DeepEqual(s.Headers, map[string][]string{"项目名称": {"项目名"}, "指标值": {"目标值"}}) {
		t.Errorf("headers = %v", s.Headers)
	}
	wantIg := []Ignore{
		{Rule: "identical-period-annual", Project: "两新组织*", Reason: "经常性项目", Pos: Pos{"testdata/config/full.yaml", 23, 5}},
		{Path: "old/*.xlsx", Reason: "旧表不再维护", Pos: Pos{"testdata/config/full.yaml", 24, 5}},
	}
	if !reflect.DeepEqual(s.Ignores, wantIg) {
		t.Errorf("ignores = %+v\nwant %+v", s.Ignores, wantIg)
	}
	if !reflect.DeepEqual(s.Exclude, []string{"archive/**", "*.bak.csv"}) || s.Dir() != "testdata/config" {
		t.Errorf("exclude = %q relative to %q", s.Exclude, s.Dir())
	}
	if p := s.Rule("team-a").Pos; p != (Pos{"testdata/config/team-rules/a.yaml", 2, 5}) {
		t.Errorf("included rule position = %v", p)
	}
}

func TestExtendsNone(t *testing.T) {
	s := loadTest(t, LoadOptions{ConfigPath: "testdata/config/none.yaml"})
	if got := ids(s.All); got != "only-rule" {
		t.Errorf("rules = %q, want only the custom rule", got)
	}
	if s.Dicts.Typos["正产"] != "正常" {
		t.Error("extends: none should keep the built-in dictionaries")
	}
}

func TestDiscovery(t *testing.T) {
	root := t.TempDir()
	nested := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(nested, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(root, ConfigName)
	if err := os.WriteFile(cfg, []byte("rules: {typo: off}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := loadTest(t, LoadOptions{WorkDir: nested})
	if s.Source != cfg || s.Enabled("typo") {
		t.Errorf("from %s: Source = %q, typo enabled %v; want %s with typo off", nested, s.Source, s.Enabled("typo"), cfg)
	}
	s = loadTest(t, LoadOptions{WorkDir: nested, ConfigPath: "testdata/config/none.yaml"})
	if s.Source != "testdata/config/none.yaml" {
		t.Errorf("--config: Source = %q", s.Source)
	}
	s = loadTest(t, LoadOptions{WorkDir: nested, NoConfig: true})
	if s.Source != "" || !s.Enabled("typo") {
		t.Errorf("--no-config: Source = %q, typo enabled %v", s.Source, s.Enabled("typo"))
	}
	if s := loadTest(t, LoadOptions{WorkDir: t.TempDir()}); s.Source != "" {
		t.Errorf("no file anywhere: Source = %q", s.Source)
	}
	for _, tt := range []struct {
		opts   LoadOptions
		zh, en string
	}{
		{LoadOptions{ConfigPath: "testdata/config/none.yaml", NoConfig: true},
			"--config 和 --no-config 不能同时使用", "--config and --no-config cannot be used together"},
		{LoadOptions{ConfigPath: "testdata/missing.yaml"},
			"testdata/missing.yaml: 配置文件不存在",
			"testdata/missing.yaml: configuration file not found"},
	} {
		_, err := load(tt.opts, testBuiltin)
		if err == nil || err.Error() != tt.en || ErrorText(err, "en") != tt.en || ErrorText(err, "zh") != tt.zh {
			t.Errorf("load(%+v) = %v, want %s / %s", tt.opts, err, tt.zh, tt.en)
		}
	}
}

// langs are the languages error texts are checked in, with the suffix of their
// golden files: Chinese, the default, in .want, English in .en.want.
var langs = []struct{ lang, suffix string }{{"zh", ".want"}, {"en", ".en.want"}}

// checkGolden compares got with the file want, or rewrites it with -update.
func checkGolden(t *testing.T, want, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != got {
		t.Errorf("%s: got\n%s\nwant\n%s", want, got, data)
	}
}

func TestBadConfigs(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := load(LoadOptions{ConfigPath: f}, testBuiltin)
			if err == nil {
				t.Fatal("no error")
			}
			for _, l := range langs {
				checkGolden(t, strings.TrimSuffix(f, ".yaml")+l.suffix, ErrorText(err, l.lang)+"\n")
			}
			if got := ErrorText(err, "en"); got != err.Error() {
				t.Errorf("English text differs from Error():\n%s\n%s", got, err)
			}
		})
	}
}

func TestBadRuleFile(t *testing.T) {
	const f = "testdata/rulefiles/bad.yaml"
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := LoadFile(f, data)
	if err == nil {
		t.Fatal("no error")
	}
	for _, l := range langs {
		checkGolden(t, "testdata/rulefiles/bad"+l.suffix, ErrorText(err, l.lang)+"\n")
	}
	if got := ids(rs); got != "dup" {
		t.Errorf("rules without errors = %q, want the first dup only", got)
	}
}
