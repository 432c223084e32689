/**
 * Word lists that tell a number's place from a name's place around a placeholder
 * (domain reference: shared/domain/stale-phrases.md §6.2). Plain data: extend freely, longest
 * entries need not come first (matching tries every length).
 */

/** Units and measure words: a placeholder right before one of these stands for a number. */
export const UNIT_WORDS: readonly string[] = [
  "%", "％", "‰", "个百分点", "百分点", "亿元", "万元", "千元", "元", "亿", "万", "千", "百", "余", "多", "个", "家", "户",
  "人次", "人", "名", "位", "岁", "亩", "公顷", "平方公里", "平方千米", "平方米", "平米", "公里", "千米", "米", "立方米", "方",
  "吨", "万斤", "公斤", "斤", "千克", "克", "升", "千瓦", "度", "头", "只", "匹", "羽", "尾", "次", "场", "期", "批",
  "件", "项", "条", "座", "台", "套", "辆", "艘", "架", "张", "幅", "篇", "份", "间", "栋", "幢", "层", "床", "届",
  "起", "宗", "例", "盏", "眼", "根", "株", "棵", "颗", "双", "副", "剂", "包", "箱", "袋", "桶", "块", "段", "轮",
  "遍", "趟", "类", "种", "本", "册", "页", "字", "支", "倍", "成", "处", "所", "基", "号", "天", "小时", "分钟", "周",
  "季度", "以上", "以下", "左右", "项目标", "时", "分", "㎡", "㎞", "㎏", "℃", "年级", "班",
  "笔", "枚", "封", "首", "则", "课时",
];

/** Units written in Latin letters right after the figure (XXkm, xxkW). Single letters are left out: XXL. */
export const LATIN_UNIT_WORDS: readonly string[] = [
  "km", "kg", "kW", "kWh", "MW", "MWh", "mm", "cm", "m²", "m³", "m2", "m3", "Mbps", "GB", "TB", "MB",
  "μg", "µg", "ug", "mg", "kV", "kVA", "MPa", "dB", "Hz", "kHz", "MHz", "GHz", "mL", "ml",
];

/** Ordinals and dates: the placeholder is a number that also encodes a period or a sequence. */
export const DATE_WORDS: readonly string[] = ["年", "月", "日"];

/**
 * Words that begin with a unit character but name a thing, so the placeholder before them is a
 * name (XX人民医院, XX家庭农场, XX项目, XX位于…, XX分公司).
 */
export const NAME_WORDS_LIKE_UNITS: readonly string[] = [
  "人民", "家庭", "家园", "家居", "项目", "条例", "支队", "支部", "大道", "大学", "大街", "大厦", "大桥", "大队", "大酒店", "处长",
  "号召", "场镇", "场所", "场馆", "所长", "站长", "处室", "座谈", "起草", "起步", "起点", "度假", "批复", "位于", "户籍", "种植",
  "种养", "种业", "台账", "天然", "分公司", "分局", "分院", "分会", "分中心", "分行", "周边", "日常", "年轻", "方面", "方案", "方式",
  "方法", "方向", "片区", "成果", "成效", "成绩", "成立", "类别", "元素", "期间", "期刊", "万达", "多措", "百姓", "千家", "次要",
  "层面", "层级", "间隔", "张家", "块状", "段落", "套餐", "包括", "包保", "本地", "本级", "册子", "头部", "双创", "人才", "人居",
  "人力", "人员", "株洲", "根据", "剂量", "米业", "倍增", "基地", "基础", "基层", "基金", "基本", "基于", "架构", "所属", "所在",
  "所有", "所得", "所需", "处置", "处于", "处罚", "处分", "处级", "个人所得", "班子", "班组", "支行", "支局", "首府", "首页", "首批", "则是", "时期", "时代", "时间", "时候", "时机", "时效", "时节", "分析", "分类", "分别", "分配", "分工", "分管", "分队", "分散", "分布", "分批", "分级",
];

/** Administrative, organisation, place and person suffixes: the placeholder is a name. */
export const NAME_SUFFIXES: readonly string[] = [
  "省", "市", "县", "区", "旗", "镇", "乡", "街道", "社区", "村", "组", "局", "委", "办", "厅", "部", "站", "中心",
  "公司", "有限公司", "科技", "集团", "企业", "厂", "合作社", "学校", "小学", "中学", "大学", "医院", "卫生院", "银行", "协会",
  "商会", "项目", "工程", "园区", "产业园", "工业园", "基地", "景区", "河", "湖", "水库", "路", "大道", "街", "同志", "书记",
  "镇长", "乡长", "县长", "主任", "局长", "部长", "代表", "党委", "党支部", "支部", "品牌", "示范", "特色", "花园", "小区", "片区",
  "广场", "公园", "农场", "牧场", "队", "级",
];

/**
 * Single-character suffixes that are also measure words (XX组 a village group / 分成X组). They mean
 * a number only after a quantity verb.
 */
export const AMBIGUOUS_SUFFIXES: readonly string[] = ["组", "队", "部", "站", "级"];

/**
 * Verbs and nouns after which a placeholder stands for a quantity (增长xx, 共计*, 参保率*).
 * A trailing 了 is ignored.
 */
export const QUANTITY_WORDS: readonly string[] = [
  "完成", "实现", "达到", "达", "增长", "增加", "增至", "增", "下降", "减少", "降低", "降至", "降", "提高", "提高到", "提升",
  "同比", "环比", "累计", "共计", "共", "合计", "总计", "新增", "超过", "约", "近", "占", "占比", "比重", "投入", "投资", "引进",
  "新引进", "培训", "走访", "发放", "受益", "覆盖", "建成", "排查", "化解", "办理", "签约", "分别为", "均为", "约为", "率为", "数为",
  "共有", "现有", "拥有", "参保", "接待", "开展", "召开", "举办", "争取", "处理", "调处", "查处", "整改", "劝阻", "挽回", "配备",
  "划分", "上报", "带动", "吸纳", "安置", "救助", "慰问", "资助", "培育", "发展", "培养", "清理", "种植", "存栏", "出栏", "产量",
  "总产", "面积", "人口", "收入", "增幅", "降幅", "涨幅", "比例", "率", "人数", "金额", "资金", "总额", "总量", "数量", "辖",
  "下设", "设立", "组建", "录入", "办结", "受理", "立案", "破获", "抓获", "检查", "巡逻", "新建", "改建", "新改建", "硬化", "安装",
  "实施", "落实", "选派", "招录", "分为", "分成", "电话", "手机", "邮编", "传真", "号码", "编号", "代码", "证号", "账号", "序号",
  "产值", "规模", "指数", "增速", "得分", "总数", "排名", "排名第", "位居第", "位列第", "帮扶", "补助", "报销", "兑现", "拨付",
  "筹集", "节约", "节省", "减免", "达标", "第",
  // measured quantities: PM2.5浓度XX，平均气温XX，人均XX
  "另有", "尚有", "仍有", "还有", "仅有", "已有",
  "浓度", "含量", "气温", "温度", "降水量", "降雨量", "水位", "均值", "平均值", "人均", "户均", "亩均", "日均", "年均", "月均",
  "销售额", "营业额", "营收", "利润", "税收", "工资", "价格", "单价", "均价", "年龄", "里程", "时长", "容量", "长度", "高度", "销量",
];

/**
 * Quantity words strong enough to make a placeholder numeric even when a word (not a unit)
 * follows it: 覆盖率达xx提升… , 同比增长xx实现….
 */
export const STRONG_QUANTITY_WORDS: readonly string[] = [
  "达到", "达", "增长", "增加", "下降", "减少", "提高", "降低", "同比", "环比", "累计", "共计", "合计",
  "总计", "超过", "约", "近", "增至", "降至", "增幅", "降幅", "另有",
];

/**
 * After a platform's sensitive-word filter a character such as 党 reads as "*" (加强**建工作,
 * **员活动, 习近平***). These asterisks are not placeholders: the words after them give them away.
 */
export const SENSITIVE_MASK_FOLLOWERS: readonly string[] = [
  "建", "员", "风", "委", "组织", "章", "课", "性", "纪", "政", "务", "校", "中央", "支部", "总支", "史", "内", "代会",
  "小组", "工委", "群", "旗", "费", "的十", "的二十", "的领导", "的建设", "的创新", "攻坚", "搬迁", "腐", "总书记", "新时代",
  "重要讲话", "重要指示", "重要论述", "思想",
];

/** Words right before a run of asterisks that mark it as a sensitive-word mask. */
export const SENSITIVE_MASK_LEADERS: readonly string[] = ["习近平", "精准", "易地"];

/** Uses of a lone X that are ordinary words (X光, X射线, X型). */
export const LATIN_X_WORDS_AFTER: readonly string[] = [
  "光", "射线", "线", "型", "形", "轴", "染色体", "因子", "战警", "综合征", "档案",
];

/** Labels before a lone X that make it a figure or table label (图X, 附件X), left alone. */
export const LABELS_BEFORE_LONE_X: readonly string[] = ["图", "表", "附件", "附图", "附表", "公式", "式"];

/**
 * 某 followed by these reads as an unfilled place name (某镇, 某村). 某公司, 某企业, 某单位 are left
 * alone: case write-ups (查处某公司违法排污) hide them on purpose.
 */
export const MOU_NAME_SUFFIXES: readonly string[] = ["镇", "乡", "县", "区", "市", "村", "社区", "街道"];

/** …unless the suffix starts a longer ordinary word (某区域, 某市场, 某局部). */
export const MOU_ORDINARY_WORDS: readonly string[] = [
  "区域", "区间", "区别", "市场", "市民", "局部", "局面", "局势", "村民", "镇定", "单位时间",
];

/**
 * Ordinary words that start with a name suffix (乡村, 组织): bold around them (**乡村振兴**) is
 * emphasis, not a pair of placeholders before 乡 and 组.
 */
export const WORDS_STARTING_WITH_SUFFIX: readonly string[] = [
  "乡村", "村庄", "村容", "组织", "部署", "部门", "委员", "办法", "办理", "办事", "路径", "路线", "级别", "示范带",
];

/** Option labels after a single □ in forms (□是 □否): a checkbox, not a placeholder. */
export const CHECKBOX_LABELS: readonly string[] = [
  "是", "否", "有", "无", "同意", "不同意", "已", "未", "男", "女", "其他", "其它", "满意", "不满意",
  "基本", "合格", "不合格", "通过", "好", "较好", "一般", "差", "优", "良", "中", "适用", "不适用",
];

/**
 * Words that introduce a count of units (全县XX乡镇, 辖XX村, 共XX村民小组): a placeholder right after
 * one of these and before a collective or place noun is how many, not which.
 */
export const COUNT_LEADERS: readonly string[] = [
  "全省", "全市", "全州", "全盟", "全县", "全区", "全旗", "全镇", "全乡", "全村", "全街道", "全社区", "全市域", "全县域",
  "辖", "下辖", "管辖", "共", "共有", "共计", "合计", "总计", "涉及", "覆盖", "包括",
];

/**
 * Nouns for a kind of unit that are never the end of a proper name (乡镇, 村民小组 as counted groups,
 * 县区): after a count leader the placeholder before them is a number.
 */
export const COLLECTIVE_NOUNS: readonly string[] = [
  "乡镇", "镇街", "镇（街道）", "乡（镇）", "乡镇（街道）", "县区", "县市区", "县（市、区）", "县（区）", "村居",
  "村（社区）", "村（居）", "行政村", "自然村", "村民小组", "居民小组", "村组",
];

/**
 * Place suffixes that, right after a strict count leader (辖XX村, 共XX社区), are counted rather
 * than named. Only the leaders of this list make them numbers: 全县XX镇 may name one town.
 */
export const COUNTED_PLACE_SUFFIXES: readonly string[] = ["村", "社区", "镇", "乡", "街道", "居委会", "村委会"];

/** The strict count leaders for COUNTED_PLACE_SUFFIXES. */
export const STRICT_COUNT_LEADERS: readonly string[] = [
  "辖", "下辖", "管辖", "共", "共有", "共计", "合计", "总计", "另有", "尚有", "仍有", "仅有",
];

/** Units numbered in sequence (第XX村民小组, 第X网格): after 第 the placeholder is an ordinal. */
export const NUMBERED_UNITS: readonly string[] = [
  "村民小组", "居民小组", "小组", "网格", "片区", "生产队", "党支部", "支部", "党小组", "督导组", "巡察组", "工作组",
  "检查组", "考核组", "标段", "分队", "中队", "大队", "组",
];

/**
 * Common surnames. 王某某 / 李某 right after one is a person deliberately anonymised in a case
 * write-up (村民王某某因宅基地纠纷…), not a gap left in a template. Characters that are as often
 * words (于, 和, 向) are left out.
 */
export const SURNAMES: readonly string[] = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚邵覃武钱戴严莫孔常汤康易乔赖施洪辛柯庄葛牛齐殷童",
];

/**
 * Titles after a person's placeholder that make it a slot to fill (王某某同志, ***书记): a template
 * names a colleague there, it does not hide one.
 */
export const PERSON_TITLES: readonly string[] = [
  "同志", "书记", "副书记", "镇长", "乡长", "县长", "市长", "区长", "主任", "局长", "部长", "代表", "委员", "主席", "校长", "院长",
];

/**
 * Words in a sentence that show it tells a case with the parties hidden on purpose (某公司, 某男子):
 * a 某镇 in such a sentence is part of that anonymity, not a gap.
 */
export const ANONYMOUS_PARTIES: readonly string[] = [
  "某公司", "某企业", "某单位", "某男子", "某女子", "某男", "某女", "某人", "某村民", "某居民", "某群众", "某户",
];
