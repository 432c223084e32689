import { describe, expect, it } from "vitest";
import { maskedFindings, parseMarked } from "./marked";

// False alarms and misses met on held-out-style reports (街道 tables, 村级汇报, 信访案例, 国企党建, 环境),
// one table per generalised fix. Each line marks exactly what must be found; the rest stays unflagged.
const table: Record<string, string[]> = {
  // A count leader (全县, 辖, 共) before a kind of unit: how many units, not which one.
  "counts of units after 全县 / 辖 / 共": [
    "全县[N:XX]乡镇全部完成换届选举。",
    "全镇[N:XX]村民小组全部通上自来水。",
    "全村共[N:XX]村民小组、[N:XXX]户。",
    "全市[N:××]县区均已建成综治中心。",
    "现辖[N:XX]村、[N:X]社区，总面积[N:XX]平方公里。",
    "下辖[N:XX]行政村，覆盖[N:XX]村（社区）。",
    "共[N:**]村完成村规民约修订。",
    "涉及[N:XX]乡镇[N:XX]个村。",
    "另有[N:xx]借调在外，仍有[N:XX]村未通自来水。",
  ],
  "names stay names without a count leader": [
    "打造[T:XX]村、[T:XX]村两个示范村。",
    "全县[T:XX]镇率先完成改革任务。",
    "共建[T:XX]村党建联盟，与[T:XX]村共建示范带。",
    "中共[T:xx]镇委员会",
    "[T:XX]村民小组组长反映情况。",
    "新建[N:XX]个村级活动场所、[T:XX]村文化广场。",
    "还有[T:XX]等问题需要解决，已有[T:XX]公司入驻。",
    "基础设施仍有[T:xx]短板。",
  ],
  // 第 before a unit numbered in a sequence.
  "第XX before a numbered unit": [
    "第[N:XX]村民小组的道路还未硬化。",
    "第[N:X]网格网格员每日巡查。",
    "第[N:X]督导组反馈问题[N:XX]条。",
  ],
  "第XX before a school or hospital name stays a name": ["第[T:XX]中学、第[T:XX]人民医院完成改造。"],
  "第X before any other word is an ordinal": ["依据《条例》第[N:X]条第[N:X]款规定进行处罚。", "第[N:X]届[T:XX]文化节"],
  // A date written with separators is one date token, not a name after a colon.
  "dates with separators": ["日期：[N:XXXX-XX-XX]", "时间：20[N:XX.XX.XX]", "[N:XXXX/XX/XX]前报送"],
  // A bracketed slot takes the unit after the bracket.
  "bracketed slots before a unit": [
    "新开工（[N:XX]）个项目，（[N:XX]）个已竣工。",
    "共实施项目（[N:XX]）个，完成投资（[N:XX]）万元。",
    "（[N:XX]）年（[N:XX]）月",
  ],
  "bracketed text without a unit is left alone": ["请填写（XX）。", "见附件（X）。"],
  // Plain-text tables: a lone placeholder cell beside a figure, a unit or another placeholder.
  "table cells in a row of figures": [
    "固定资产投资      54000       [N:XX]           [N:XX]",
    "生产总值\t亿元\t[N:XX]\t[N:XX]",
    "税收收入  [N:XX]  [N:XX]  [N:XX]",
    "| 社会消费品零售额 | 万元 | [N:XX] |",
    "工业增加值  亿元  [N:XX.X]  [N:XX]%",
  ],
  "table cells that hold a name or a code stay as they were": [
    "联系人  [T:XXX]  13800000000",
    "负责人\t[T:XXX]\t电话\t0731-1234567",
    "单位名称  [T:XX]  2026",
    "1\t[T:XXX]\t男\t45",
    "指标名称\t单位\t目标\t完成",
  ],
  // Case write-ups hide their parties on purpose: 王某某, 李某, and the 某镇 of the same sentence.
  "anonymised parties in a case": [
    "如某镇村民王某某因宅基地边界与邻居李某发生纠纷，多次上访。",
    "某村村民张某反映灌溉渠道堵塞问题。",
    "查处某镇某企业违规排污案件1起。",
    "李某某，男，45岁，因涉嫌诈骗被依法刑事拘留。",
  ],
  "a person's slot before a title, or 某 outside a case, is still flagged": [
    "万[T:某某]同志任领导小组组长。",
    "述职人：[T:某某]",
    "对[T:某某]进行约谈。",
    "[i:某]镇2026年工作总结",
  ],
  // Model designations are hidden on purpose in industry reports (某型号, XX-XX型号).
  "model designations": [
    "围绕XX-XX型号燃气轮机开展国产化攻关。",
    "完成XX型装备试验，推广X型钢架大棚。",
    "采购JX-25型收割机4台，配备x86服务器。",
  ],
  "a placeholder before a unit next to a model word is still a number": ["采购[N:XX]台XX-XX型号设备。"],
  // A list joined by 、 takes its kind from a member that is decided.
  "undecided members of a list of names": [
    "对[T:XX]、[T:XX]、[T:XX]等重点企业开展检查。",
    "[T:XX]村、[T:XX]、[T:XX]村联合开展巡河。",
    "参会人员：[T:XX]、[T:XX]、[T:XX]",
  ],
  "lists of counts stay counts, and counted nouns stay silent": [
    "党员[N:XX]、[N:XX]、[N:XX]名",
    "全镇党员XX，其中女性XX。",
  ],
  // Measured quantities before punctuation, and Latin units of measure.
  "measured quantities": [
    "PM2.5平均浓度[N:XX]μg/m³，优良天数[N:XX]天。",
    "全镇平均气温[N:XX]，降水量[N:XX]。",
    "人均[N:XX]，户均[N:XX]，新建线路[N:XX]kV。",
  ],
  // School classes are numbered: X年级X班 is two numbers (and not a date), XX班子 a name.
  "grades and classes": ["[N:X]年级[N:X]班学生", "高一[N:XX]班班主任", "[T:XX]班子成员"],
  // Marks the text talks about: a cross in quotes or after 打, the asterisk of *号为….
  "marks, not placeholders": [
    "对的打“√”，错的打“×”。",
    "表中“×”表示未完成，打×的为未达标项。",
    "*号为约束性指标，带*号的需重点调度。",
  ],
  "formulas multiply": ["完成率=实际完成数/目标任务数×100%。", "得分=基础分×权重，折算系数=实际值*0.5"],
  "the same signs where a figure or a name is missing": [
    "每人每月[N:×]元，[T:×]镇完成任务。",
    "新增地理标志证明商标[N:×]件。",
    "荣获“[T:××]”称号，[T:×]级特色小镇创建有序推进。",
    "[N:*]号楼完成加装电梯，[N:*]号楼正在施工。",
  ],
  // Labels and bullets.
  "figure labels and bullets": ["表X-X 主要指标，详见图X-X和表X.X。", "○○ 计划推进情况"],
  "ranges and places stay placeholders": ["[N:X]-[N:X]月完成投资[N:XX]万元", "[T:○○]镇"],
  // More measure words, and names that start with one (支行).
  "measure words": [
    "办理ETC业务[N:XX]笔，发放纪念章[N:XX]枚，寄送慰问信[N:XX]封。",
    "创作歌曲[N:XX]首，编发信息[N:XX]则，培训[N:XX]课时。",
    "[T:XX]银行[T:XX]支行",
  ],
};

const cases = Object.entries(table).flatMap(([group, lines]) => lines.map((line) => [group, line] as const));

describe("masked: counts, table cells, anonymised parties and model codes", () => {
  it.each(cases)("%s: %s", (_group, marked) => {
    const { text, expected } = parseMarked(marked);
    expect(maskedFindings(text)).toEqual(expected);
  });
});
