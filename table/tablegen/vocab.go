package tablegen

// valueKind says how an indicator's period and annual values are drawn.
type valueKind uint8

const (
	vCount    valueKind = iota // ≥12场 this year, ≥36场 over the period
	vPct                       // ≥95% or 95%以上; the period value a few points higher
	vDeadline                  // 2026年9月底前完成
	vDays                      // 资金到位后10个工作日内拨付
	vCost                      // ≤425万元, from the project's total
	vGrade                     // 年度考核等级为优良
)

// indicatorTemplate is a third-level indicator a theme can use.
type indicatorTemplate struct {
	l2     string    // second-level code: 11 … 31
	name   string    // third-level name
	kind   valueKind // how values are drawn
	lo, hi int       // value range (count or percent)
	unit   string    // measure unit after a count; suffix after a deadline
}

// theme is a family of projects sharing words: names, goal clauses and indicators
// whose wording fits the goal.
type theme struct {
	lead    string // opening of every goal: names the field, so that indicators stay on topic
	names   []string
	clauses []string
	outputs []indicatorTemplate // 1-产出指标
	effects []indicatorTemplate // 2-效益指标
	satisfy []indicatorTemplate // 3-满意度指标
}

// level2Names maps a second-level code to its name as the corpus writes it.
var level2Names = map[string]string{
	"11": "数量指标", "12": "质量指标", "13": "时效指标", "14": "成本指标",
	"21": "经济效益", "22": "社会效益", "23": "生态效益", "24": "可持续影响",
	"31": "服务对象满意度",
}

// level1Names maps a first-level code to its name.
var level1Names = map[byte]string{'1': "产出指标", '2': "效益指标", '3': "满意度指标"}

// genericOutputs are timeliness and cost indicators that fit any project.
var genericOutputs = []indicatorTemplate{
	{"13", "经费拨付时间", vDays, 5, 15, ""},
	{"13", "项目完成时间", vDeadline, 6, 12, "完成"},
	{"14", "项目总成本", vCost, 0, 0, ""},
}

// themes are the project families; none mentions games, so a game-industry
// indicator is always off topic.
var themes = []theme{
	{
		lead:    "围绕基层党组织和党员队伍建设",
		names:   []string{"两新组织党务工作者补贴", "基层党组织活动经费", "党群服务中心运营经费", "党员教育培训经费", "新建党组织启动经费"},
		clauses: []string{"保障基层党组织活动经费足额落实", "组织开展党员教育培训和主题党日活动", "加强党群服务中心阵地建设", "提升基层党组织组织力和服务群众能力", "推动党建工作与业务工作深度融合"},
		outputs: []indicatorTemplate{{"11", "开展党员教育培训", vCount, 4, 24, "场"}, {"11", "覆盖基层党组织数量", vCount, 10, 120, "个"}, {"12", "党组织活动开展达标率", vPct, 90, 97, ""}},
		effects: []indicatorTemplate{{"22", "基层党组织规范化建设达标率", vPct, 85, 95, ""}, {"24", "完善党建工作制度", vCount, 2, 6, "项"}},
		satisfy: []indicatorTemplate{{"31", "党员群众满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "围绕人工智能与算法产业发展",
		names:   []string{"算法大赛举办经费", "人工智能产业基地运营经费", "数字经济产业扶持资金", "大模型应用示范区建设经费", "数字经济体验推广中心运营经费"},
		clauses: []string{"举办算法大赛，营造浓厚算法产业氛围", "建设人工智能产业基地，完善产业服务配套", "吸引优质算法企业和人才落户", "推动大模型技术在政务、商贸等场景落地应用", "打造数字经济创新发展高地"},
		outputs: []indicatorTemplate{{"11", "举办算法大赛", vCount, 1, 3, "场"}, {"11", "引进人工智能企业数量", vCount, 5, 40, "家"}, {"12", "产业基地入驻率", vPct, 75, 92, ""}},
		effects: []indicatorTemplate{{"21", "带动数字经济产业产值", vCount, 5, 60, "亿元"}, {"22", "新增大模型应用场景", vCount, 3, 20, "个"}},
		satisfy: []indicatorTemplate{{"31", "参赛企业满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "面向辖区居民和老年人等重点人群",
		names:   []string{"基本公共卫生服务经费", "家庭医生签约服务经费", "社区卫生服务中心设备购置经费", "重大传染病防控经费", "妇幼健康服务经费"},
		clauses: []string{"为辖区常住居民提供基本公共卫生服务", "推进家庭医生签约服务扩面提质", "完善社区卫生服务中心医疗设备配置", "做好重点传染病监测和防控工作", "提升基层医疗卫生服务能力"},
		outputs: []indicatorTemplate{{"11", "建立居民电子健康档案数量", vCount, 2000, 30000, "份"}, {"11", "老年人健康管理人数", vCount, 500, 8000, "人"}, {"12", "居民电子健康档案建档率", vPct, 85, 95, ""}, {"12", "设备验收合格率", vPct, 95, 99, ""}},
		effects: []indicatorTemplate{{"22", "重点人群家庭医生签约率", vPct, 60, 80, ""}, {"22", "传染病疫情规范报告率", vPct, 95, 99, ""}},
		satisfy: []indicatorTemplate{{"31", "居民满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "围绕学校、教师和学生发展需求",
		names:   []string{"学前教育生均公用经费补助", "中小学校舍维修改造经费", "教师专业发展培训经费", "义务教育阶段学生资助资金", "校园安全保卫服务经费"},
		clauses: []string{"落实学前教育生均公用经费补助政策", "完成中小学校舍维修改造，消除校舍安全隐患", "组织开展中小学教师专业发展培训", "保障家庭经济困难学生顺利完成学业", "提升校园安全保障水平"},
		outputs: []indicatorTemplate{{"11", "补助幼儿园数量", vCount, 10, 80, "所"}, {"11", "参加培训教师人数", vCount, 200, 3000, "人次"}, {"11", "维修改造校舍面积", vCount, 1000, 20000, "平方米"}, {"12", "维修改造工程验收合格率", vPct, 95, 99, ""}},
		effects: []indicatorTemplate{{"22", "校舍安全隐患整改率", vPct, 90, 98, ""}, {"24", "教师队伍素质提升", vGrade, 0, 0, ""}},
		satisfy: []indicatorTemplate{{"31", "学生家长满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "围绕辖区道路保洁、河涌整治和绿化养护",
		names:   []string{"环卫保洁服务经费", "生活垃圾分类宣传经费", "河涌整治维护经费", "市政道路养护经费", "城市绿化养护经费"},
		clauses: []string{"做好辖区道路清扫保洁和垃圾清运工作", "推进生活垃圾分类，提升居民分类投放准确率", "开展河涌日常巡查和整治维护", "保障市政道路设施完好", "提升辖区绿化养护水平"},
		outputs: []indicatorTemplate{{"11", "道路清扫保洁面积", vCount, 50, 500, "万平方米"}, {"11", "河涌巡查次数", vCount, 100, 400, "次"}, {"11", "开展垃圾分类宣传活动", vCount, 10, 60, "场"}, {"12", "道路保洁作业达标率", vPct, 90, 97, ""}},
		effects: []indicatorTemplate{{"23", "生活垃圾回收利用率", vPct, 35, 45, ""}, {"23", "河涌水质达标率", vPct, 80, 92, ""}},
		satisfy: []indicatorTemplate{{"31", "市民满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "面向老年人、困难群众和残疾人",
		names:   []string{"居家养老服务补贴", "长者饭堂运营补贴", "困难群众救助资金", "社区养老服务设施运营经费", "残疾人康复服务补贴"},
		clauses: []string{"为辖区符合条件的老年人提供居家养老服务", "保障长者饭堂持续运营，解决老年人就餐难题", "按标准发放困难群众救助资金", "完善社区养老服务设施", "提升残疾人康复服务水平"},
		outputs: []indicatorTemplate{{"11", "服务老年人数", vCount, 300, 5000, "人"}, {"11", "长者饭堂数量", vCount, 5, 30, "个"}, {"11", "救助对象人数", vCount, 100, 3000, "人"}, {"12", "服务质量抽查合格率", vPct, 90, 97, ""}},
		effects: []indicatorTemplate{{"22", "困难群众基本生活保障率", vPct, 95, 99, ""}, {"22", "老年人生活质量改善", vGrade, 0, 0, ""}},
		satisfy: []indicatorTemplate{{"31", "服务对象满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "统筹公共图书馆、非遗保护和全民健身服务",
		names:   []string{"公共图书馆购书经费", "群众文化活动经费", "全民健身设施维护经费", "非物质文化遗产保护经费", "文化馆免费开放补助经费"},
		clauses: []string{"丰富公共图书馆馆藏资源", "组织开展群众性文化活动，丰富居民精神文化生活", "做好全民健身设施日常维护", "加强非物质文化遗产保护传承", "保障文化场馆免费开放"},
		outputs: []indicatorTemplate{{"11", "新增图书采购量", vCount, 5000, 50000, "册"}, {"11", "举办群众文化活动", vCount, 20, 150, "场"}, {"11", "维护健身路径数量", vCount, 20, 200, "条"}, {"12", "健身设施完好率", vPct, 92, 98, ""}},
		effects: []indicatorTemplate{{"22", "参与文化活动群众人次", vCount, 5000, 100000, "人次"}, {"24", "非遗项目传承人数量", vCount, 5, 40, "人"}},
		satisfy: []indicatorTemplate{{"31", "群众满意度", vPct, 85, 95, ""}},
	},
	{
		lead:    "围绕机构运转和政务服务保障",
		names:   []string{"机构运行保障经费", "信息化系统运维经费", "办公设备购置经费", "政务服务中心运营经费", "档案数字化加工经费"},
		clauses: []string{"保障机构日常运转和各项业务工作顺利开展", "做好信息化系统日常运行维护，保障系统稳定运行", "按计划购置办公设备，改善办公条件", "提升政务服务效率和群众办事体验", "完成馆藏档案数字化加工"},
		outputs: []indicatorTemplate{{"11", "运维信息系统数量", vCount, 3, 20, "套"}, {"11", "购置办公设备数量", vCount, 10, 200, "台"}, {"11", "档案数字化加工量", vCount, 10000, 200000, "页"}, {"12", "系统稳定运行率", vPct, 95, 99, ""}},
		effects: []indicatorTemplate{{"22", "政务服务事项网上可办率", vPct, 85, 97, ""}, {"24", "系统运行保障能力", vGrade, 0, 0, ""}},
		satisfy: []indicatorTemplate{{"31", "办事群众满意度", vPct, 88, 96, ""}},
	},
}

// gradePairs are graded (period, annual) values.
var gradePairs = [][2]string{
	{"实施期内考核等级均为优良", "年度考核等级为优良"},
	{"实施期内达到优秀等级", "年度达到良好及以上等级"},
}

// departments are 部门名称 choices; the first unit of a table is the department itself.
var departments = []string{
	"广州市海珠区卫生健康局", "广州市海珠区教育局", "广州市海珠区民政局", "广州市海珠区城市管理和综合执法局",
	"广州市海珠区文化广电旅游体育局", "广州琶洲人工智能与数字经济试验区管理委员会", "广州市海珠区政务服务数据管理局",
}

// unitPlaces and unitKinds make subordinate unit names: 广州市海珠区 + place + kind.
var (
	unitPlaces = []string{"南华西街", "岭南街", "沙园街", "素社街", "昌岗街", "江南中街", "滨江街", "海幢街", "龙凤街",
		"南石头街", "凤阳街", "瑞宝街", "江海街", "南洲街", "琶洲街", "赤岗街", "新港街", "官洲街", "华洲街"}
	unitKinds = []string{"街道办事处", "社区卫生服务中心", "综合保障中心", "党群服务中心", "综合执法队", "公共服务办公室"}
)

// namePrefixes are optional prefixes of project names; a year prefix is added apart.
var namePrefixes = []string{"区级", "专项"}

// nameSuffixes tell apart projects of one unit that drew the same name.
var nameSuffixes = []string{"（二期）", "（三期）", "（续建）", "（新增）"}

// typo is a goal sentence carrying a word that a typo dictionary entry corrects.
type typo struct {
	sentence, right, wrong string
}

// typos are the sentences goals may carry, clean or with the typo injected.
var typos = []typo{
	{"保障各项工作正常开展", "正常", "正产"},
	{"确保项目资金按进度拨付", "拨付", "拔付"},
	{"统筹安排专项资金", "安排", "按排"},
	{"落实上级工作部署", "部署", "布署"},
	{"建立项目资金台账", "台账", "台帐"},
	{"资金纳入专用账户管理", "账户", "帐户"},
	{"因地制宜推进各项工作", "因地制宜", "因地治宜"},
	{"作为年度重点工作推进", "作为", "做为"},
	{"加强专业人才队伍建设", "人才", "人材"},
	{"严格执行预算管理规定", "预算", "预箅"},
	{"强化全过程绩效管理", "绩效", "积效"},
}

// Injected texts, after the corpus.
const (
	gameName      = "推动企业服务再上新台阶"
	gamePeriod    = "优化我区游戏产业的发展环境，引进一批优质游戏企业，推动游戏产业健康发展"
	gameAnnual    = "引进优质游戏企业不少于%d家，推动游戏产业健康发展"
	vagueName     = "经费拨付时间"
	vaguePeriod   = "按进度及时拨付经费"
	vagueAnnual   = "及时拨付经费"
	tooFewTarget  = 2 // indicators left by a too-few defect
	minIndicators = 3 // fewer is a too-few defect
)
