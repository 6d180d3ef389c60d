package rules

// Dictionaries are the data that helper functions read: typos, topics, vague
// words and the indicator framework. Built-in data comes from rules/default and
// is extended by configuration.
type Dictionaries struct {
	Typos     map[string]string // wrong → right: 正产 → 正常
	Topics    map[string]Topic  // fields of government work by name: 卫生健康 → {keywords: [医院, …]}
	Vague     []string          // hedging words: 进一步, 力争
	Framework []Category        // the indicator framework, first level with children
}

// Category is a first- or second-level indicator category of the framework.
type Category struct {
	Code     string     // "2", "21"
	Name     string     // canonical name, without a trailing 指标: 效益, 经济效益
	Aliases  []string   // other names that mean the same: 环境效益 for 生态效益
	Children []Category // second level, under a first-level category
}
