package reporters

import (
	"io"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// JSON writes one JSON document: tool, findings (streamed as files arrive),
// then files and summary. Keys of empty optional values are left out.
type JSON struct {
	out    jsonStream
	files  []jsonFile
	errors []jsonError
	lang   string // of the files' error texts
}

// jsonError is a problem of the run rather than a finding: a file that could
// not be read (kind "file"), a rule that failed while running (kind "rule"),
// or another tool error (kind "tool").
type jsonError struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	RuleID  string `json:"ruleId,omitempty"`
}

// newJSONError places a tool error's message.
func newJSONError(kind, path string, span table.Span, rule, msg string) jsonError {
	return jsonError{Kind: kind, Message: msg, File: path, Line: int(span.Line), Column: int(span.Column),
		Sheet: span.Sheet(), Cell: span.Cell(), RuleID: rule}
}

type jsonFile struct {
	Path       string `json:"path"`
	Format     string `json:"format,omitempty"`
	Encoding   string `json:"encoding,omitempty"`
	Projects   int    `json:"projects"`
	Indicators int    `json:"indicators"`
	Error      string `json:"error,omitempty"`
}

type jsonFinding struct {
	RuleID      string          `json:"ruleId"`
	Severity    rules.Severity  `json:"severity"`
	Message     string          `json:"message"`
	File        string          `json:"file"`
	Line        int             `json:"line,omitempty"`
	Column      int             `json:"column,omitempty"`
	EndLine     int             `json:"endLine,omitempty"`
	EndColumn   int             `json:"endColumn,omitempty"`
	Sheet       string          `json:"sheet,omitempty"`
	Cell        string          `json:"cell,omitempty"`
	Unit        string          `json:"unit,omitempty"`
	Project     string          `json:"project,omitempty"`
	Indicator   string          `json:"indicator,omitempty"`
	Field       string          `json:"field,omitempty"`
	Fingerprint string          `json:"fingerprint,omitempty"`
	Fix         *jsonFix        `json:"fix,omitempty"`
	Suppressed  *jsonSuppressed `json:"suppressed,omitempty"`
}

type jsonFix struct {
	Text        string `json:"text"`
	Description string `json:"description,omitempty"`
	Line        int    `json:"line,omitempty"`
	Column      int    `json:"column,omitempty"`
	EndLine     int    `json:"endLine,omitempty"`
	EndColumn   int    `json:"endColumn,omitempty"`
	Sheet       string `json:"sheet,omitempty"`
	Cell        string `json:"cell,omitempty"`
}

type jsonSuppressed struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type jsonSummary struct {
	Error        int `json:"error"`
	Warning      int `json:"warning"`
	Info         int `json:"info"`
	Suppressed   int `json:"suppressed"`
	Ignored      int `json:"ignored"`
	Stale        int `json:"stale"`
	Files        int `json:"files"`
	FilesFailed  int `json:"filesFailed"`
	FilesSkipped int `json:"filesSkipped"`
}

// Begin writes the tool object and opens the findings array.
func (j *JSON) Begin(w io.Writer, run Run) error {
	j.files, j.errors, j.lang = nil, nil, run.Lang
	j.out.start(w)
	j.out.text("{\n  \"tool\": ")
	if err := j.out.encode(struct {
		Name    string `json:"name"`
		Version string `json:"version,omitempty"`
	}{run.ToolName, run.Version}, "  "); err != nil {
		return err
	}
	j.out.text(",\n  \"findings\": [")
	return j.out.flush()
}

// File writes the file's findings and remembers its record for End.
func (j *JSON) File(res *engine.FileResult) error {
	rec := jsonFile{Path: res.Path, Format: res.Format, Encoding: res.Encoding,
		Projects: res.Projects, Indicators: res.Indicators}
	if res.Err != nil {
		rec.Error = table.ErrorText(res.Err, j.lang)
		span, msg := fileError(res.Err, j.lang)
		j.errors = append(j.errors, newJSONError("file", res.Path, span, "", msg))
	}
	j.files = append(j.files, rec)
	return j.Findings(res.Findings)
}

// Findings writes findings of the file whose result comes next.
func (j *JSON) Findings(fs []engine.Finding) error {
	for i := range fs {
		appendJSONFinding(j.out.element("    "), &fs[i])
		if err := j.out.end(); err != nil {
			return err
		}
	}
	return j.out.flush()
}

// appendJSONFinding writes f as toJSONFinding's value would be encoded.
func appendJSONFinding(j *jsonOut, f *engine.Finding) {
	j.open('{')
	j.str("ruleId", f.RuleID)
	j.str("severity", string(f.Severity))
	j.str("message", f.Message)
	j.str("file", f.Path)
	j.intOmit("line", int(f.Span.Line))
	j.intOmit("column", int(f.Span.Column))
	j.intOmit("endLine", int(f.Span.EndLine))
	j.intOmit("endColumn", int(f.Span.EndColumn))
	j.strOmit("sheet", f.Span.Sheet())
	j.strOmit("cell", f.Span.Cell())
	j.strOmit("unit", f.Unit)
	j.strOmit("project", f.Project)
	j.strOmit("indicator", f.Indicator)
	j.strOmit("field", f.Field)
	j.strOmit("fingerprint", f.Fingerprint)
	if x := f.Fix; x != nil {
		j.key("fix")
		j.open('{')
		j.str("text", x.Replacement)
		j.strOmit("description", x.Description)
		j.intOmit("line", int(x.Span.Line))
		j.intOmit("column", int(x.Span.Column))
		j.intOmit("endLine", int(x.Span.EndLine))
		j.intOmit("endColumn", int(x.Span.EndColumn))
		j.strOmit("sheet", x.Span.Sheet())
		j.strOmit("cell", x.Span.Cell())
		j.close('}')
	}
	if s := f.Suppressed; s != nil {
		j.key("suppressed")
		j.open('{')
		j.str("kind", s.Kind)
		j.strOmit("justification", s.Justification)
		j.close('}')
	}
	j.close('}')
}

// End closes the findings array and writes the files and the summary.
func (j *JSON) End(sum Summary) error {
	j.out.closeArray("  ")
	j.out.text(",\n  \"files\": ")
	files := j.files
	if files == nil {
		files = []jsonFile{}
	}
	if err := j.out.encode(files, "  "); err != nil {
		return err
	}
	errs := append([]jsonError{}, j.errors...)
	for _, te := range sum.ToolErrors {
		kind := "tool"
		if te.RuleID != "" {
			kind = "rule"
		}
		errs = append(errs, newJSONError(kind, te.Path, te.Span, te.RuleID, te.Message))
	}
	j.out.text(",\n  \"errors\": ")
	if err := j.out.encode(errs, "  "); err != nil {
		return err
	}
	j.out.text(",\n  \"summary\": ")
	if err := j.out.encode(jsonSummary{sum.Errors, sum.Warnings, sum.Infos, sum.Suppressed,
		sum.Ignored, sum.Stale, sum.Files, sum.FilesFailed, sum.FilesSkipped}, "  "); err != nil {
		return err
	}
	j.out.text("\n}\n")
	return j.out.flush()
}

// toJSONFinding is the plain form of a finding in the JSON output, which
// appendJSONFinding writes without reflection.
func toJSONFinding(f *engine.Finding) jsonFinding {
	out := jsonFinding{
		RuleID: f.RuleID, Severity: f.Severity, Message: f.Message, File: f.Path,
		Line: int(f.Span.Line), Column: int(f.Span.Column), EndLine: int(f.Span.EndLine), EndColumn: int(f.Span.EndColumn),
		Sheet: f.Span.Sheet(), Cell: f.Span.Cell(),
		Unit: f.Unit, Project: f.Project, Indicator: f.Indicator, Field: f.Field,
		Fingerprint: f.Fingerprint,
	}
	if f.Fix != nil {
		s := f.Fix.Span
		out.Fix = &jsonFix{Text: f.Fix.Replacement, Description: f.Fix.Description, Line: int(s.Line), Column: int(s.Column),
			EndLine: int(s.EndLine), EndColumn: int(s.EndColumn), Sheet: s.Sheet(), Cell: s.Cell()}
	}
	if f.Suppressed != nil {
		out.Suppressed = &jsonSuppressed{Kind: f.Suppressed.Kind, Justification: f.Suppressed.Justification}
	}
	return out
}
