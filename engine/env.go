package engine

import (
	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/engine/patch"
	"github.com/jxlint/jxlint/table"
)

// Env is the environment every rule expression is compiled against and run in.
// Fields of the object being checked are reached through it: project.amounts.total,
// indicator.level1.name, unit.projects, document.units. Objects above the rule's
// scope are set (a project rule sees its unit and document); those below are nil.
// Facts holds what several indicator rules derive from the indicator's texts
// (normalized values, canonical categories, percentages), found once per
// indicator; ProjectFacts the same for a project's texts, and DocumentFacts
// for the whole table. The embedded
// helpers are the functions expr calls without reflection (normalize,
// level1Canon, …); the others are declared as expr functions.
type Env struct {
	funcs.Typed

	Document  *table.Document       `expr:"document"`
	Unit      *table.Unit           `expr:"unit"`
	Project   *table.Project        `expr:"project"`
	Indicator *table.Indicator      `expr:"indicator"`
	Facts     *funcs.IndicatorFacts `expr:"facts"`         // values derived once from the indicator; nil above indicator scope
	PFacts    *funcs.ProjectFacts   `expr:"projectFacts"`  // values derived once from the project's texts; nil above project scope
	DFacts    *funcs.DocumentFacts  `expr:"documentFacts"` // what the whole table holds, found once; nil unless a rule reads them or a document rule lists them
	Params    map[string]any        `expr:"params"`        // the rule's parameters after configuration
	Finding   any                   `expr:"finding"`       // the list element being reported, in message templates

	Args patch.Args `expr:"-"` // the argument list of a rewritten call of an expr function, one per worker
}
