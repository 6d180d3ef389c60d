package funcs

// flagNames are the expr names of the yes-or-no facts of an indicator, in the
// order Flag numbers them.
var flagNames = [...]string{
	"nameEmpty", "periodEmpty", "annualEmpty", "unitEmpty", "sameValues",
	"level1Unknown", "level2Unknown", "level1CodeClash", "level2CodeClash", "codePrefixClash", "parentClash",
	"nameIsLevel1", "nameIsLevel2",
	"quantified", "timeLimited", "hasPercent", "percentOutOfRange", "vague",
}

// FlagIndex returns the number Flag gives the yes-or-no fact whose expr name
// is name (facts.name), and false when no such fact is yes-or-no.
func FlagIndex(name string) (int, bool) {
	for i, n := range flagNames {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// Flag returns the yes-or-no fact number i of f, as FlagIndex numbers them.
// The engine reads these facts through Flag: a bool field read by expr's
// reflection costs an allocation, a call does not.
func (f *IndicatorFacts) Flag(i int) bool {
	switch i {
	case 0:
		return f.NameEmpty
	case 1:
		return f.PeriodEmpty
	case 2:
		return f.AnnualEmpty
	case 3:
		return f.UnitEmpty
	case 4:
		return f.SameValues
	case 5:
		return f.Level1Unknown
	case 6:
		return f.Level2Unknown
	case 7:
		return f.Level1CodeClash
	case 8:
		return f.Level2CodeClash
	case 9:
		return f.CodePrefixClash
	case 10:
		return f.ParentClash
	case 11:
		return f.NameIsLevel1
	case 12:
		return f.NameIsLevel2
	case 13:
		return f.Quantified
	case 14:
		return f.TimeLimited
	case 15:
		return f.HasPercent
	case 16:
		return f.PercentOutOfRange
	case 17:
		return f.Vague
	}
	return false
}

// FlagName returns the expr name of the yes-or-no fact number i, or "" when
// there is no such fact.
func FlagName(i int) string {
	if i < 0 || i >= len(flagNames) {
		return ""
	}
	return flagNames[i]
}
