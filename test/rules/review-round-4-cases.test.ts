import { describe, expect, it } from "vitest";
import { analyzeReport, check } from "@tally/shared";
import { figureDiagnostics, report } from "./figures/helpers";
import { maskedFindings, parseMarked } from "./masked/marked";
import { stale } from "./stale/helpers";

/**
 * Review round 4: false alarms left open by the last round (bare company headings, cut indicator
 * names, 大事记 narration, one 化名 note after a list of names, incident reports held to a summary's
 * skeleton), each fixed by a general rule and kept beside the genuine hit it must not lose.
 */

describe("figures: a heading naming a company by trade name alone scopes its figures", () => {
  const TITLE = "青山县2026年重点企业帮扶情况汇报";
  it.each([
    ["run-in headings", ["一、基本情况", "（一）宏达建材。1—10月实现营业收入3.2亿元，上缴税金1200万元。", "（二）华光食品。1—10月实现营业收入1.8亿元，上缴税金860万元。"]],
    ["headings on lines of their own", ["一、基本情况", "（一）金泰化工", "1—10月实现营业收入3.2亿元。", "（二）鑫源纺织", "1—10月实现营业收入1.8亿元。"]],
    ["a paragraph led by the name", ["一、基本情况", "宏达建材：1—10月用工人数320人。", "华光食品：1—10月用工人数180人。"]],
    ["sector headings", ["一、基本情况", "（一）新型建材", "1—10月实现产值12.6亿元。", "（二）绿色食品", "1—10月实现产值8.4亿元。"]],
  ])("keeps %s apart", (_name, body) => {
    expect(figureDiagnostics(report(TITLE, ...body))).toEqual([]);
  });

  it.each([
    ["the same company twice", ["一、基本情况", "（一）宏达建材。1—10月实现营业收入3.2亿元。", "（二）宏达建材。1—10月实现营业收入2.8亿元。"], ["2.8亿元"]],
    ["work headings, not company names", ["一、工作成效", "（一）壮大新型建材。全县1—10月规上工业增加值增长6.2%，实现营业收入32亿元。", "（二）做强食品加工。全县1—10月实现营业收入28亿元。"], ["28亿元"]],
    ["a name that is longer than a trade name", ["一、基本情况", "（一）县经济开发区推动新型建材", "1—10月实现营业收入3.2亿元。", "（二）县经济开发区推动绿色食品", "1—10月实现营业收入1.8亿元。"], ["1.8亿元"]],
  ])("still compares %s", (_name, body, texts) => {
    expect(figureDiagnostics(report(TITLE, ...body)).map((d) => d.text)).toEqual(texts);
  });
});

describe("figures: messages name an indicator only where its name is whole", () => {
  const TITLE = "县住建局2026年工作总结";
  const conflict = (sentence: string, later: string) => figureDiagnostics(report(TITLE, sentence, later))[0];

  it("leaves out a name the extractor cut mid-word", () => {
    const d = conflict("全年完成农村生活污水治理设施建设改造提升项目投资2.3亿元。", "全年完成农村生活污水治理设施建设改造提升项目投资2.8亿元。");
    expect(d?.message).toBe("同一指标前文为2.3亿元，此处为2.8亿元，数字不一致");
    expect(d?.related?.[0]?.message).toBe("前文：2.3亿元");
  });

  it("shows a long name from its last sure word break", () => {
    const d = conflict("全县农村集中供水工程覆盖区域内的受益人口达到32.6万人。", "全县农村集中供水工程覆盖区域内的受益人口达到33.6万人。");
    expect(d?.message).toBe("受益人口前文为32.6万人，此处为33.6万人，数字不一致");
  });

  it("keeps a short name as it is", () => {
    const d = conflict("全年完成固定资产投资3.2亿元。", "全年完成固定资产投资3.5亿元。");
    expect(d?.message).toBe("固定资产投资前文为3.2亿元，此处为3.5亿元，数字不一致");
  });
});

describe("stale: records of past years (大事记, 地方志, 年鉴) are narration", () => {
  const TITLE = "石桥镇2026年史志工作总结";
  const hits = (...body: string[]) => stale([TITLE, ...body].join("\n")).map((d) => d.text);

  it.each([
    ["a paragraph opening with the year", ["2019年，全镇召开动员大会。全镇深入开展扫黑除恶专项斗争，打掉涉恶团伙2个。"]],
    ["a year and month opening", ["2018年6月，镇里召开推进会。会议要求扎实推进精准扶贫，帮扶建档立卡贫困户326户。"]],
    ["是年", ["【扫黑除恶】是年，全镇深入开展扫黑除恶专项斗争，打掉涉恶团伙2个。"]],
    ["同年", ["镇志编写组完成初稿。同年，镇扶贫办组织建档立卡贫困户参加技能培训。"]],
    ["a section of the yearbook", ["一、年鉴编纂", "全镇深入开展扫黑除恶专项斗争，打掉涉恶团伙2个。"]],
    ["a section of the town's chronicle", ["（二）镇志第十二章", "新农合参合率达到98%。"]],
  ])("stays silent on %s", (_name, body) => {
    expect(hits(...body)).toEqual([]);
  });

  it.each([
    ["a paragraph turning to this year", ["2025年，全镇开展集中整治。今年，全镇深入开展扫黑除恶专项斗争。"], ["扫黑除恶专项斗争"]],
    ["a paragraph turning to the next steps", ["2019年，全镇召开动员大会。下一步，继续深入开展扫黑除恶专项斗争。"], ["扫黑除恶专项斗争"]],
    ["no year at all", ["全镇深入开展扫黑除恶专项斗争，打掉涉恶团伙2个。"], ["扫黑除恶专项斗争"]],
    ["a deadline year, not a record", ["2019年底前建成的扶贫车间要全部纳入监管。全镇扶贫车间吸纳就业86人。"], ["扶贫车间"]],
    ["volunteers of the city (市志愿者)", ["一、市志愿者服务", "全镇深入开展扫黑除恶专项斗争。"], ["扫黑除恶专项斗争"]],
  ])("still flags %s", (_name, body, texts) => {
    expect(hits(...body)).toEqual(texts);
  });
});

describe("masked: one 化名 note after a list of names covers the list", () => {
  const TITLE = "县信访局2026年工作总结\n";
  it.each([
    "群众张××、李××（均为化名）反映的土地纠纷已化解。",
    "王××、赵××和刘××（以上均系化名）三户的补偿款已兑付。",
    "张××、李××（化名）反映的问题已解决。",
    "张某某、李××等（均为化名）5人的诉求已办结。",
    "王XX与赵XX（均为化名）签订调解协议。",
  ])("%s", (body) => {
    expect(maskedFindings(TITLE + body)).toEqual([]);
  });

  it.each([
    // a comma ends the list: the note after it is only for the name it follows
    "群众张[T:××]反映，李××（化名）的问题已解决。",
    "[T:××]镇和[T:××]村的问题已解决。",
    "钱[T:××]、孙[T:××]反映的问题已解决。",
    // a list of places, not of names, before a note for one person
    "[T:××]镇、[T:××]村的村民赵××（化名）反映的问题已解决。",
  ])("%s", (marked) => {
    const { text, expected } = parseMarked(TITLE + marked);
    expect(maskedFindings(text)).toEqual(expected);
  });
});

describe("missing-section: reports on one incident, requests, notices and speeches demand no sections", () => {
  const BODY = [
    "7月16日凌晨，我镇遭受特大暴雨袭击，6小时累计降雨量186毫米，为有气象记录以来最大值。",
    "一、灾情基本情况",
    "全镇11个村（社区）不同程度受灾，受灾人口3260人，倒塌房屋12间，损毁农田2100亩，冲毁道路14处，直接经济损失约3800万元。",
    "二、处置情况",
    "（一）迅速启动应急响应。灾情发生后，镇党委、镇政府第一时间启动防汛Ⅱ级应急响应，班子成员全部下沉到村，组织转移群众860人，未发生人员伤亡。",
    "（二）全力抢修基础设施。协调机械42台次，抢通道路14处，恢复供电线路6公里，受损供水管网全部修复。",
    "（三）妥善安置受灾群众。设置集中安置点5个，发放棉被、食品等救灾物资1.2万件，确保受灾群众有饭吃、有衣穿、有干净水喝、有安全住处。",
  ].join("\n");
  const missing = (text: string) => check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "missing-section");

  it.each([
    ["关于“7·16”暴雨灾情处置情况的报告", "special"],
    ["关于G210线“3·08”较大道路交通事故的情况报告", "special"],
    ["关于2025年度审计发现问题整改情况的报告", "special"],
    ["关于全县安全生产情况的通报", "special"],
    ["关于追加防汛抢险资金情况的请示", "special"],
    ["青石镇2026年防汛救灾工作总结", "summary"],
    ["县应急管理局关于2026年防汛抢险工作情况的汇报", "report"],
    ["关于全县森林火灾防控情况的汇报", "report"],
    ["关于学习贯彻习近平总书记重要讲话精神情况的汇报", "report"],
    ["关于安全生产事故隐患排查治理情况的报告", "report"],
    ["关于2026年民政工作情况的汇报", "report"],
  ])("%s → %s", (title, kind) => {
    expect(analyzeReport(`${title}\n${BODY}`, "2026-11-23").kind).toBe(kind);
  });

  it.each([
    ["关于“7·16”暴雨灾情处置情况的报告"],
    ["关于追加防汛抢险资金的请示"],
    ["在全县安全生产工作会议上的讲话"],
    ["关于全县安全生产情况的通报"],
  ])("demands nothing of %s", (title) => {
    expect(missing(`${title}\n${BODY}`)).toEqual([]);
  });

  it("reads an introduction that reports on one incident", () => {
    expect(analyzeReport(`县委、县政府：\n现将“7·16”暴雨灾情处置情况报告如下：\n${BODY}`, "2026-11-23").kind).toBe("special");
  });

  it("still asks a work report on the same work for them", () => {
    expect(missing(`县应急管理局关于2026年防汛抢险工作情况的汇报\n${BODY}`).map((d) => d.section).sort()).toEqual(["plans", "problems"]);
  });
});

describe("figures: a heading naming one river, road or estate scopes its figures", () => {
  const TITLE = "县河长制办公室2026年工作总结";
  it.each([
    ["rivers", ["一、工作成效", "1.桃溪河。全长42.6公里，完成岸线整治8.2公里。", "2.白沙河。全长28.4公里，完成岸线整治5.6公里。"]],
    ["roads", ["一、工作成效", "（一）滨江路", "完成投资1.2亿元。", "（二）人民路", "完成投资0.8亿元。"]],
    ["estates", ["一、工作成效", "1.幸福小区。改造面积2.6万平方米。", "2.和平小区。改造面积1.8万平方米。"]],
  ])("keeps %s apart", (_name, body) => {
    expect(figureDiagnostics(report(TITLE, ...body))).toEqual([]);
  });

  it("still compares work on rivers under headings that say what was done", () => {
    const body = ["一、工作成效", "（一）加强河湖管理。全年清理河道垃圾620吨。", "（二）推进幸福河湖建设。全年清理河道垃圾580吨。"];
    expect(figureDiagnostics(report(TITLE, ...body)).map((d) => d.text)).toEqual(["580吨"]);
  });
});

describe("parts-total: parts that add up to another figure before them are that figure's", () => {
  const TITLE = "县政协2026年提案工作总结";
  it.each([
    ["the filed proposals among those received", "共收到提案168件，经审查立案145件，其中委员个人提案128件、集体提案17件。"],
    ["the settled cases among those taken", "全年受理矛盾纠纷326件，调解成功318件，其中婚姻家庭纠纷126件、邻里纠纷192件。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(figureDiagnostics(report(TITLE, sentence))).toEqual([]);
  });

  it.each([
    ["parts that fit no figure", "共收到提案168件，经审查立案145件，其中委员个人提案118件、集体提案17件。", ["168件"]],
    ["parts of a single total", "全年办理婚姻登记1860对，其中结婚登记1260对、离婚登记620对。", ["1860对"]],
  ])("still flags %s", (_name, sentence, texts) => {
    expect(figureDiagnostics(report(TITLE, sentence)).map((d) => d.text)).toEqual(texts);
  });
});

describe("masked: 口 and 对 count only before what they count or a clause end", () => {
  it.each([
    "完成[N:XX]口山塘护坡整修。",
    "新打机井[N:XX]口，建成水窖12口。",
    "全年办理婚姻登记[N:XXX]对。",
    "举办集体婚礼1场，[N:XX]对新人参加。",
    "[T:XX]口镇完成山塘整治3口。",
    "由[T:XX]对接县农业农村局。",
  ])("%s", (marked) => {
    const { text, expected } = parseMarked(`清河镇2026年工作总结\n${marked}`);
    expect(maskedFindings(text)).toEqual(expected);
  });
});

describe("numbering: 一要…二要… is a list like 一是…二是…", () => {
  const numbering = (body: string) =>
    check(`在全县森林防灭火工作会议上的讲话\n${body}`, { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "numbering")
      .map((d) => d.text);

  it.each([
    ["a gap", "一要严格管控火源。二要加强隐患排查。四要强化应急准备。", ["四要"]],
    ["a repeat", "一要严格管控火源，二要加强隐患排查，二要强化应急准备。", ["二要"]],
  ])("flags %s", (_name, body, texts) => {
    expect(numbering(body)).toEqual(texts);
  });

  it.each([
    ["a list in order", "一要严格管控火源。二要加强隐患排查。三要强化应急准备。"],
    ["三要素 and 一要求 are words", "一要严格管控火源，落实“三要素”。二要加强隐患排查，一要求到底。"],
    ["要 inside a word", "统一要求，唯一要务。首要任务是防火。"],
    ["a 一是 list after a finished 一要 list", "一要管火源，二要查隐患。一是查，二是改。"],
  ])("stays silent on %s", (_name, body) => {
    expect(numbering(body)).toEqual([]);
  });
});

describe("parts-total: a total whose clause names every part is made of them", () => {
  const TITLE = "东城街道妇联2025年工作总结";
  it.each([
    ["a list of posts", "选举产生主席、副主席、执委共计168名，其中主席12名、副主席24名、执委122名。", ["168名"]],
    ["two kinds joined by 和", "全街道设立志愿服务队和巾帼服务站共计26个，其中志愿服务队18个、巾帼服务站6个。", ["26个"]],
  ])("flags %s that does not add up", (_name, sentence, texts) => {
    const found = figureDiagnostics(report(TITLE, sentence));
    expect(found.map((d) => d.text)).toEqual(texts);
    expect(found[0]?.message).toMatch(/^合计为/);
  });

  it.each([
    ["parts that add up", "选举产生主席、副主席、执委共计168名，其中主席12名、副主席24名、执委132名。"],
    ["parts the total's clause does not name", "选举产生社区妇联执委共计168名，其中女执委122名、党员执委36名。"],
    ["a part the list leaves out", "选举产生主席、副主席共计36名，其中主席12名、执委20名。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(figureDiagnostics(report(TITLE, sentence))).toEqual([]);
  });
});

describe("numbering: 要 items only where a 要 list is meant", () => {
  const numbering = (...paragraphs: string[]) =>
    check(["在全县安全生产工作会议上的讲话", ...paragraphs].join("\n"), { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "numbering")
      .map((d) => d.text);

  it("follows a list of one item per paragraph", () => {
    expect(numbering("一要压实责任。", "二要排查隐患。", "四要强化应急。")).toEqual(["四要"]);
  });

  it.each([
    ["a quoted rule among 是 items", ["一是落实“四要”要求；二是排查隐患；三是强化应急。"]],
    ["a quoted rule inside a 要 list", ["一要压实责任，落实“四要”要求。二要排查隐患。"]],
    ["三要 in a sentence with no 一要", ["各乡镇要把安全放在首位，三要并举，抓好落实。"]],
    ["三要三不要", ["一是压实责任，二是排查隐患，三是做到三要三不要。"]],
  ])("stays silent on %s", (_name, paragraphs) => {
    expect(numbering(...paragraphs)).toEqual([]);
  });
});

describe("parts-total: the three sectors make up 地区生产总值", () => {
  const TITLE = "县统计局关于2025年全县经济运行情况的分析";
  it("flags sectors that do not add up", () => {
    const sentence = "全年实现地区生产总值386.2亿元，其中第一产业增加值42.6亿元、第二产业增加值158.4亿元、第三产业增加值183.2亿元。";
    expect(figureDiagnostics(report(TITLE, sentence)).map((d) => d.text)).toEqual(["386.2亿元"]);
  });

  it.each([
    ["sectors that add up", "全年实现地区生产总值386.2亿元，其中第一产业增加值42.6亿元、第二产业增加值158.4亿元、第三产业增加值185.2亿元。"],
    ["sectors of another total", "全年实现农林牧渔业总产值86.2亿元，其中第一产业增加值42.6亿元、第二产业增加值18.4亿元、第三产业增加值15.2亿元。"],
    ["two sectors only", "全年实现地区生产总值386.2亿元，其中第二产业增加值158.4亿元、第三产业增加值183.2亿元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(figureDiagnostics(report(TITLE, sentence))).toEqual([]);
  });
});
