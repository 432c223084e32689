import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import { maskedFindings, parseMarked } from "./marked";

// Each case marks what must be found; everything else in the line must stay unflagged.
const cases: string[] = [
  // before units and measure words
  "全县共有规模以上工业企业[N:XX]家，实现产值[N:XX]亿元。",
  "截至9月底，累计发放补贴资金[N:xx]万元，惠及群众[N:xx]户。",
  "本季度新建村级卫生室[N:*]所，改造提升[N:*]所。",
  "共排查隐患[N:××]处，已整改[N:××]处。",
  "全乡辖[N:□□]个行政村，[N:□□]个村民小组。",
  "走访慰问困难群众[N:Ｘ]户，发放慰问金[N:ｘ]万元。",
  "全镇划分网格[N:＊]个，配备网格员[N:＊]名。",
  "受理群众来信来访[N:XX]批次[N:XX]人次。",
  "开展培训[N:xx]期[N:xx]余人次。",
  "全乡[N:xx]个村（社区）全部完成换届。",
  "全年接待游客[N:xx]万人次，实现旅游收入[N:xx]亿元。",
  "截至目前，[N:*]岁以上老人全部纳入关爱服务。",
  // percentages and points
  "GDP增长[N:xx]个百分点，高于全市平均水平。",
  "完成全年目标的[N:XX]%，参保率达[N:*]％。",
  "出生人口性别比下降[N:x]‰。",
  // touching digits and decimals
  "全区常住人口[N:X.X]万人，城镇化率[N:XX.X]%。",
  "人均可支配收入达到[N:xx]458元，增长[N:xx]0.9%。",
  "粮食产量达[N:xx]万吨，同比增长[N:x.x]%。",
  // dates and ranges
  "今年1至[N:XX]月，全街道完成税收[N:xx]万元。",
  "2026年1-[N:X]月，累计接待游客[N:*]万人次。",
  "20[N:XX]年度目标任务全面完成。",
  "202[N:X]年[N:X]月[N:X]日",
  "[N:XX]年[N:XX]月[N:XX]日",
  "会议于[N:X]时[N:X]分开始，[N:XX]:[N:XX]结束，特殊时期分类施策。",
  "[N:○○○○]年工作要点",
  "20[N:XX]-20[N:XX]年规划，2024-202[N:X]年度，[N:XX]至[N:XX]万元，[N:X]-[N:X]月",
  "地区生产总值 [N:XX] [N:XX] [N:XX]%",
  "新建道路[N:XX]km，光伏装机[N:xx]kW，面积[N:**]㎡，投资[N:XX]（万元）。",
  // ordinals that date the report
  "学习贯彻党的[N:XX]大精神和十九届[N:X]中全会精神。",
  "认真落实县委[N:xx]届五次全会部署。",
  "深入学习[N:X]中[N:X]会精神。",
  "谋划好“[N:xx]五”规划重点项目。",
  // after a quantity verb, before punctuation or a word
  "森林覆盖率达[N:xx]，空气质量优良天数[N:xx]天。",
  "参保人数分别为[N:*]、[N:*]、[N:*]人。",
  "组建志愿服务队[N:*]支、[N:*]人。",
  "分为[N:X]组开展督查，每组[N:X]人。",
  "全镇农业总产值同比增长[N:xx]，增速居全县前列。",
  "整改问题[N:XX]个，问责[N:X]人。",
  "表彰[N:XX]名优秀党员、[N:XX]名单位负责人，其中[N:XX]人大专学历，全村[N:XX]户外出务工。",
  "完成[N:XX]项目标任务，人均收入[N:XX]多元。",
  "全镇总人口为[N:XX]，耕地面积是[N:XX]。",
  "证书编号：[N:XXXXXX]，全县排名第[N:X]，较去年前移[N:X]位。",
  "[N:XX]年以来，[N:XX]个重点项目开工建设，人均GDP达到[N:X]万元。",
  "截至[N:XX]月[N:XX]日，第[N:X]季度排名全市第[N:X]位，位居第[N:X]。",
  "〔2026〕[N:X]号文件要求，联系电话：[N:XXXXXXXX]。",
  "由[N:X]人增至[N:X]人，增长[N:X]倍，占比[N:XX]%以上。",
  "完成输电线路组塔[N:xx]基，建成[T:XX]湿地公园。",
];

const lookAlikes: string[] = [
  "推广使用政务服务APP，5G基站覆盖全部行政村。",
  "GDP总量位居全市前列，X光机和X射线检测设备已配齐。",
  "服装尺码为XL，处理器为x86架构，系统为Windows 11。",
  "新购iPhone X一部，开通QQ、微信等联络方式。",
  "推进PPP项目落地，制作PPT课件。",
  "医院新购置B超机，配发U盘和WiFi设备。",
  "会议室面积为6×8平方米，房间长×宽为5米×4米。",
  "计算公式为3x4=12，或者3 x 4，网格为4*5。",
  "* 完成年度目标任务",
  "＊ 推进重点项目建设",
  "**一、主要工作成效**",
  "**（一）经济运行稳中向好。**全年完成地区生产总值12.5亿元。",
  "重点抓好**三项工作**，确保取得实效。",
  "*注意*：本表数据为快报数。",
  "本次调查共设两项：□是 □否",
  "是否签订责任书：□是 ☑否",
  "注：带*号的为约束性指标。",
  "重要提示*：请按时提交材料。",
  "二〇二五年十二月三十日",
  "二○二六年元月，二〇〇八年",
  "十九届六中全会、党的二十大精神",
  "见附件X，详见图X。",
  "访问 www.xxedu.com 获取更多信息，邮箱：xx@163.com",
  "配置Xeon处理器和XXL号工作服，XL码。",
  "X-ray检测设备运行正常。",
  "- [x] 已完成",
  "全年共完成投资3.2亿元，同比增长8.5%。",
  "他的身高为1.8m，体重为70kg。",
  "全年同比增长12.5*，其中一季度增长9.1%*。",
  "采用X3型号设备，升级为X5系列。",
  "CT、X光、Ｘ射线检查，x轴、y轴，Mr. X，XXX Co., Ltd.",
  "a*b=c，变量X、Y、Z，某地某年某月某日。",
  "检查结果：√ ×",
  "推行“1+X”证书制度和“5+X”服务模式，开展3×3篮球赛。",
  "*表示约束性指标，NOx排放量下降，Gen X群体。",
  "某些问题仍然存在，某种程度上制约了发展。",
  "某一方面的短板需要补齐，某项工作需要加强，某个环节需要理顺。",
  "某区域、某市场主体在某段时间内较为活跃。",
  "依法查处某公司违法排污案件，约谈某企业负责人，某单位整改到位。",
  // sensitive-word masks of a scraped page are not placeholders
  "加强**建工作，开展**员活动。",
  "深入学习习近平***重要讲话精神。",
  "推进**风廉政建设，落实**组织生活制度。",
  "巩固拓展精准*成果，做好易地*搬迁后续扶持。",
];

describe("masked-number", () => {
  it.each(cases)("finds exactly the marked placeholders: %s", (marked) => {
    const { text, expected } = parseMarked(marked);
    expect(maskedFindings(text)).toEqual(expected);
  });

  it.each(lookAlikes)("leaves ordinary text alone: %s", (text) => {
    expect(maskedFindings(text)).toEqual([]);
  });

  it("says what is missing, in Chinese, with the placeholder shown", () => {
    const text = "同比增长xx%，2026年X月完成验收。";
    const ds = check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "masked-number");
    expect(ds.map((d) => [d.ruleId, d.severity, d.text])).toEqual([
      ["masked-number", "warning", "xx"],
      ["masked-number", "warning", "X"],
    ]);
    expect(ds[0]!.message).toBe("此处数字未填写（“xx”为占位符），请填入实际数值");
    expect(ds[1]!.message).toContain("日期");
  });

  it("gives whole-text offsets in later paragraphs", () => {
    const text = "某县2026年工作总结\n\n一、基本情况\n全县新增就业xx人。";
    const ds = check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "masked-number");
    expect(ds).toHaveLength(1);
    expect(text.slice(ds[0]!.from, ds[0]!.to)).toBe("xx");
    expect(ds[0]!.from).toBe(text.indexOf("xx"));
  });

  it("can be switched off by category", () => {
    const ds = check("全年新增就业xx人。", { referenceDate: "2026-11-23", rules: { "masked-number": "off" } });
    expect(ds.filter((d) => d.category === "masked-number")).toEqual([]);
  });
});
