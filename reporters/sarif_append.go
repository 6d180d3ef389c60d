package reporters

import (
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// appendResult writes finding f as the encoding of s.result(f), without
// building the result: the one artifact location of the current file is found
// once for all its findings.
func (s *SARIF) appendResult(j *jsonOut, f *engine.Finding) {
	j.open('{')
	j.str("ruleId", f.RuleID)
	if i, ok := s.ruleIndex[f.RuleID]; ok {
		j.int("ruleIndex", i)
	}
	j.str("level", sarifLevel(f.Severity))
	j.textObject("message", f.Message)
	j.key("locations")
	j.open('[')
	j.next()
	s.appendLocation(j, f.Path, f.Span, f)
	j.close(']')
	if f.Fingerprint != "" {
		j.key("partialFingerprints")
		j.open('{')
		j.str(fingerprintKey, f.Fingerprint)
		j.close('}')
	}
	if f.Fix != nil && f.Fix.Span.HasText() {
		desc := f.Fix.Description
		if desc == "" {
			desc = f.Message
		}
		j.key("fixes")
		j.open('[')
		j.next()
		j.open('{')
		j.textObject("description", desc)
		j.key("artifactChanges")
		j.open('[')
		j.next()
		j.open('{')
		s.appendArtifact(j, f.Path)
		j.key("replacements")
		j.open('[')
		j.next()
		j.open('{')
		j.key("deletedRegion")
		appendRegion(j, f.Fix.Span)
		j.textObject("insertedContent", f.Fix.Replacement)
		j.close('}')
		j.close(']')
		j.close('}')
		j.close(']')
		j.close('}')
		j.close(']')
	}
	if sp := f.Suppressed; sp != nil {
		j.key("suppressions")
		j.open('[')
		j.next()
		j.open('{')
		j.str("kind", sp.Kind)
		j.strOmit("justification", sp.Justification)
		j.close('}')
		j.close(']')
	}
	j.close('}')
}

// appendLocation writes s.location(path, span), with the logical place of f
// added as logicalPlace does.
func (s *SARIF) appendLocation(j *jsonOut, path string, span table.Span, f *engine.Finding) {
	j.open('{')
	j.key("physicalLocation")
	j.open('{')
	s.appendArtifact(j, path)
	cell := span.Cell()
	if cell == "" && span.Line > 0 {
		j.key("region")
		appendRegion(j, span)
	}
	j.close('}')
	_, _, kind := placeParts(f)
	if cell != "" || kind != "" {
		j.key("logicalLocations")
		j.open('[')
		if cell != "" {
			j.next()
			j.open('{')
			j.str("name", cell)
			j.key("fullyQualifiedName")
			if sheet := span.Sheet(); sheet != "" {
				j.b = appendJSONString(j.b, sheet+"!"+cell)
			} else {
				j.b = appendJSONString(j.b, cell)
			}
			j.str("kind", "cell")
			if r := cellRange(span); r != nil {
				j.key("properties")
				j.open('{')
				j.key("region")
				j.open('{')
				j.int("charOffset", r.Region.CharOffset)
				j.int("charLength", r.Region.CharLength)
				j.close('}')
				j.close('}')
			}
			j.close('}')
		}
		if kind != "" {
			j.next()
			j.open('{')
			appendPlaceLogical(j, f)
			j.close('}')
		}
		j.close(']')
	}
	j.close('}')
}

// appendPlaceLogical writes the members of logicalPlace(f): the last of unit,
// project and indicator as the name, the path of those given as the fully
// qualified name. The parts are escaped one by one: they are joined by "/",
// which never changes how their bytes read.
func appendPlaceLogical(j *jsonOut, f *engine.Finding) {
	name, _, kind := placeParts(f)
	j.str("name", name)
	j.key("fullyQualifiedName")
	j.b = append(j.b, '"')
	n := 0
	for _, part := range [3]string{f.Unit, f.Project, f.Indicator} {
		if part == "" {
			continue
		}
		if n > 0 {
			j.b = append(j.b, '/')
		}
		j.b = appendJSONChars(j.b, part)
		n++
	}
	j.b = append(j.b, '"')
	j.str("kind", kind)
}

// placeParts returns the last of f's unit, project and indicator, how many
// are given, and the kind of the last; kind is empty when none is given.
func placeParts(f *engine.Finding) (name string, n int, kind string) {
	for _, p := range [3]struct{ name, kind string }{{f.Unit, "namespace"}, {f.Project, "type"}, {f.Indicator, "member"}} {
		if p.name != "" {
			name, kind = p.name, p.kind
			n++
		}
	}
	return name, n, kind
}

// appendArtifact writes the artifactLocation member for path; the location of
// the last path asked for is kept.
func (s *SARIF) appendArtifact(j *jsonOut, path string) {
	if path != s.lastPath || !s.haveLast {
		s.lastPath, s.lastArtifact, s.haveLast = path, s.paths.artifact(path), true
	}
	a := s.lastArtifact
	j.key("artifactLocation")
	j.open('{')
	j.str("uri", a.URI)
	j.strOmit("uriBaseId", a.URIBaseID)
	j.close('}')
}

// appendRegion writes regionOf(span) as an object value.
func appendRegion(j *jsonOut, span table.Span) {
	r := regionOf(span)
	j.open('{')
	j.int("startLine", r.StartLine)
	j.intOmit("startColumn", r.StartColumn)
	j.intOmit("endLine", r.EndLine)
	j.intOmit("endColumn", r.EndColumn)
	j.close('}')
}
