package reporters

import (
	"io"
	"strings"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// fingerprintKey names jxlint's fingerprint in partialFingerprints.
const fingerprintKey = "jxlint/v1"

// SARIF writes a SARIF 2.1.0 log with one run. Results are streamed as files
// arrive; the invocation (with a notification per unreadable file) closes the run.
//
// Locations: a text span becomes a region with UTF-16 columns; a workbook cell
// has no region (the file is binary) and a logical location of kind "cell"
// ("项目表!G14"). The finding's place in the table is a second logical location:
// kind "namespace" for a unit, "type" for a project and "member" for an
// indicator, its fullyQualifiedName the path "unit/project/indicator".
// Findings accepted by a baseline carry an external suppression; findings
// ignored by configuration are never reported.
type SARIF struct {
	run       Run
	paths     paths
	out       jsonStream
	ruleIndex map[string]int
	notes     []sarifNotification

	lastPath     string        // the path whose artifact location is lastArtifact
	lastArtifact sarifArtifact // kept for the findings of one file
	haveLast     bool
}

// Begin writes the log header, the tool with its rules, and opens the results.
func (s *SARIF) Begin(w io.Writer, run Run) error {
	s.run, s.notes, s.haveLast = run, nil, false
	s.paths = newPaths(run.WorkDir)
	s.out.start(w)
	s.ruleIndex = make(map[string]int, len(run.Rules))
	driver := sarifDriver{Name: run.ToolName, Version: run.Version, InformationURI: run.InfoURI,
		Rules: make([]sarifRule, 0, len(run.Rules))}
	if driver.Name == "" {
		driver.Name = "jxlint"
	}
	if isSemVer(run.Version) {
		driver.SemanticVersion = run.Version
	}
	for i, r := range run.Rules {
		s.ruleIndex[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRuleOf(r, run.Lang))
	}
	s.out.text("{\n  \"$schema\": \"" + sarifSchema + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ")
	if err := s.out.encode(sarifTool{Driver: driver}, "      "); err != nil {
		return err
	}
	// originalUriBaseIds is left out on purpose: %SRCROOT% is the checkout, which
	// consumers know, and an absolute path would make the log differ between
	// machines for the same input.
	s.out.text(",\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [")
	return s.out.flush()
}

// File writes a result per finding, and remembers a notification when the
// file could not be read.
func (s *SARIF) File(res *engine.FileResult) error {
	if res.Err != nil {
		span, msg := fileError(res.Err, s.run.Lang)
		s.notes = append(s.notes, sarifNotification{
			Level:     "error",
			Message:   sarifText{Text: string(appendPlace(nil, s.paths.display(res.Path), span)) + ": " + msg},
			Locations: []sarifLocation{s.location(res.Path, span)},
		})
	}
	return s.Findings(res.Findings)
}

// Findings writes findings of the file whose result comes next.
func (s *SARIF) Findings(fs []engine.Finding) error {
	for i := range fs {
		s.appendResult(s.out.element("        "), &fs[i])
		if err := s.out.end(); err != nil {
			return err
		}
	}
	return s.out.flush()
}

// End closes the results and writes the invocation.
func (s *SARIF) End(sum Summary) error {
	s.out.closeArray("      ")
	s.out.text(",\n      \"invocations\": ")
	for _, te := range sum.ToolErrors {
		text := te.Message
		if te.Path != "" {
			text = string(appendPlace(nil, s.paths.display(te.Path), te.Span)) + ": " + text
		}
		n := sarifNotification{Level: "error", Message: sarifText{Text: text}}
		if te.Path != "" {
			n.Locations = []sarifLocation{s.location(te.Path, te.Span)}
		}
		if te.RuleID != "" {
			n.AssociatedRule = &sarifRuleRef{ID: te.RuleID}
			if i, ok := s.ruleIndex[te.RuleID]; ok {
				n.AssociatedRule.Index = &i
			}
		}
		s.notes = append(s.notes, n)
	}
	inv := sarifInvocation{
		ExecutionSuccessful:        len(s.notes) == 0 && sum.FilesFailed == 0,
		ToolExecutionNotifications: s.notes,
	}
	if err := s.out.encode([]sarifInvocation{inv}, "      "); err != nil {
		return err
	}
	s.out.text("\n    }\n  ]\n}\n")
	return s.out.flush()
}

// result converts one finding: the plain form of what appendResult writes.
func (s *SARIF) result(f *engine.Finding) sarifResult {
	r := sarifResult{
		RuleID:    f.RuleID,
		Level:     sarifLevel(f.Severity),
		Message:   sarifText{Text: f.Message},
		Locations: []sarifLocation{s.location(f.Path, f.Span)},
	}
	if i, ok := s.ruleIndex[f.RuleID]; ok {
		r.RuleIndex = &i
	}
	if place, ok := logicalPlace(f); ok {
		r.Locations[0].LogicalLocations = append(r.Locations[0].LogicalLocations, place)
	}
	if f.Fingerprint != "" {
		r.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
	}
	if f.Fix != nil && f.Fix.Span.HasText() {
		desc := f.Fix.Description
		if desc == "" {
			desc = f.Message
		}
		r.Fixes = []sarifFix{{
			Description: sarifText{Text: desc},
			ArtifactChanges: []sarifArtifactChange{{
				ArtifactLocation: s.paths.artifact(f.Path),
				Replacements: []sarifReplacement{{
					DeletedRegion:   *regionOf(f.Fix.Span),
					InsertedContent: sarifText{Text: f.Fix.Replacement},
				}},
			}},
		}}
	}
	if f.Suppressed != nil {
		r.Suppressions = []sarifSuppression{{Kind: f.Suppressed.Kind, Justification: f.Suppressed.Justification}}
	}
	return r
}

// location points at a span of path: a text region, or a workbook cell with
// the characters it flags inside the cell (see sarifCellRange).
func (s *SARIF) location(path string, span table.Span) sarifLocation {
	loc := sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: s.paths.artifact(path)}}
	switch {
	case span.Cell() != "":
		fqn := span.Cell()
		if span.Sheet() != "" {
			fqn = span.Sheet() + "!" + span.Cell()
		}
		loc.LogicalLocations = []sarifLogical{{Name: span.Cell(), FullyQualifiedName: fqn, Kind: "cell",
			Properties: cellRange(span)}}
	case span.Line > 0:
		loc.PhysicalLocation.Region = regionOf(span)
	}
	return loc
}

// cellRange returns the property bag of a cell span that flags characters
// inside its cell, or nil.
func cellRange(span table.Span) *sarifCellRange {
	if !span.InCell() {
		return nil
	}
	return &sarifCellRange{Region: sarifCharRegion{CharOffset: int(span.Column) - 1,
		CharLength: max(int(span.EndColumn-span.Column), 0)}}
}

// regionOf returns the text region of a span, leaving out what is unknown.
func regionOf(span table.Span) *sarifRegion {
	r := &sarifRegion{StartLine: int(span.Line), StartColumn: int(span.Column), EndLine: int(span.EndLine),
		EndColumn: int(span.EndColumn)}
	if r.EndLine == 0 && r.EndColumn > 0 {
		r.EndLine = r.StartLine
	}
	if r.StartColumn == 0 {
		r.EndColumn = 0
	}
	return r
}

// logicalPlace returns the finding's unit, project and indicator as one
// logical location, if it has any.
func logicalPlace(f *engine.Finding) (sarifLogical, bool) {
	var parts []string
	var kind string
	for _, p := range []struct{ name, kind string }{
		{f.Unit, "namespace"}, {f.Project, "type"}, {f.Indicator, "member"},
	} {
		if p.name != "" {
			parts = append(parts, p.name)
			kind = p.kind
		}
	}
	if len(parts) == 0 {
		return sarifLogical{}, false
	}
	return sarifLogical{Name: parts[len(parts)-1], FullyQualifiedName: strings.Join(parts, "/"), Kind: kind}, true
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}
