package engine

import "testing"

// TestFindingWithoutFieldPlace points a finding at a field that has no place
// in the document (项目乙 has no indicator cell): it falls back to the
// project, so that no finding is left without a line.
func TestFindingWithoutFieldPlace(t *testing.T) {
	set := setFrom(t, "place.yaml", []byte(`rules:
  - id: no-indicators
    title: 没有指标
    severity: error
    scope: project
    at: indicators
    check: len(project.indicators) == 0
    message: 项目「${project.name}」没有绩效指标
`))
	res := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt"))
	if len(res.Findings) != 1 {
		t.Fatalf("findings %+v", res.Findings)
	}
	if s := res.Findings[0].Span; s.Line != 7 || s.Column != 1 {
		t.Errorf("span %+v, want the project name at 7:1", s)
	}
}

// TestRangeWithoutFieldPlace points a range of a field that has no place in
// the document at it: like the field, it falls back to the project.
func TestRangeWithoutFieldPlace(t *testing.T) {
	set := setFrom(t, "place.yaml", []byte(`rules:
  - id: no-indicators
    title: 没有指标
    severity: error
    scope: project
    check: 'len(project.indicators) == 0 ? [{"at": "indicators", "range": {"start": 0, "end": 0}}] : []'
    message: 项目「${project.name}」没有绩效指标
`))
	res := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt"))
	if len(res.Findings) != 1 {
		t.Fatalf("findings %+v", res.Findings)
	}
	if s := res.Findings[0].Span; s.Line != 7 || s.Column != 1 {
		t.Errorf("span %+v, want the project name at 7:1", s)
	}
}
