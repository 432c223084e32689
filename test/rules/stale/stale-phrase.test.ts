import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import { report, stale, Y2026 } from "./helpers";

describe("stale-phrase flags superseded phrasing in a 2026 report", () => {
  it.each([
    // [body, rule id, flagged text]
    ["全镇上下深入学习贯彻党的十九大精神，各项工作稳步推进。", "19th-congress", "党的十九大"],
    ["认真落实十九届五中全会精神和县委决策部署。", "19th-plenums", "十九届五中全会"],
    ["全面贯彻党的十九大和十九届二中、三中、四中全会精神。", "19th-congress", "党的十九大和十九届二中、三中、四中全会"],
    ["持续深入学习习近平总书记系列重要讲话精神。", "series-of-speeches", "习近平总书记系列重要讲话精神"],
    ["为决胜全面建成小康社会贡献力量。", "moderately-prosperous-goal", "决胜全面建成小康社会"],
    ["协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "four-comprehensives-old", "全面建成小康社会"],
    ["确保十三五目标任务落到实处。", "13th-five-year-plan-current", "十三五目标任务"],
    ["推动“十四五”规划开局起步。", "14th-five-year-plan-current", "“十四五”规划开局起步"],
    ["确保“十四五”规划目标任务落地见效。", "14th-five-year-plan-current", "“十四五”规划目标任务"],
    ["坚决打赢脱贫攻坚战，确保稳定增收。", "win-poverty-battle", "坚决打赢脱贫攻坚战"],
    ["全力抓好脱贫攻坚工作。", "poverty-campaign-ongoing", "脱贫攻坚"],
    ["深化精准扶贫工作，落实帮扶措施。", "targeted-poverty-alleviation", "精准扶贫"],
    ["全镇建档立卡贫困户312户全部落实帮扶。", "registered-poor-households", "建档立卡贫困户"],
    ["组织贫困劳动力参加技能培训86人次。", "poor-households", "贫困劳动力"],
    ["新建扶贫车间2个，吸纳就业40人。", "poverty-workshop", "扶贫车间"],
    ["大力发展消费扶贫，拓宽销售渠道。", "sector-poverty-alleviation", "消费扶贫"],
    ["严格落实“四个不摘”要求。", "transition-period", "“四个不摘”"],
    ["配合县扶贫办完成数据核查。", "poverty-office", "扶贫办"],
    ["建设社会主义新农村，改善村容村貌。", "new-socialist-countryside", "社会主义新农村"],
    ["打造3个美丽乡村示范点。", "beautiful-countryside", "美丽乡村"],
    ["扎实推进农村人居环境整治三年行动。", "rural-environment-three-year-action", "农村人居环境整治三年行动"],
    ["新农合参合率达到98%。", "new-rural-cooperative-medical", "新农合"],
    ["宣传落实全面二孩政策。", "two-child-policy", "全面二孩政策"],
    ["深入推进扫黑除恶专项斗争，摸排线索5条。", "anti-gang-special-campaign", "扫黑除恶专项斗争"],
    ["扎实开展“不忘初心、牢记使命”主题教育。", "remain-true-theme-education", "“不忘初心、牢记使命”主题教育"],
    ["巩固不忘初心 牢记使命 主题教育成果。", "remain-true-theme-education", "不忘初心 牢记使命 主题教育"],
    ["深入开展党史学习教育，举办专题党课4次。", "party-history-education", "党史学习教育"],
    ["扎实开展主题教育，检视问题12个。", "theme-education-2023", "主题教育"],
    ["深入开展党纪学习教育，组织警示教育2次。", "party-discipline-education", "党纪学习教育"],
    ["做好新冠肺炎疫情防控物资储备。", "covid-pneumonia", "新冠肺炎"],
    ["坚持外防输入、内防反弹，守牢防线。", "covid-normalized-control", "外防输入、内防反弹"],
    ["严格查验健康码和行程卡。", "covid-measures", "健康码"],
    ["配合县国土局完成土地确权。", "land-resources-bureau", "国土局"],
    ["镇安监站开展安全检查30次。", "work-safety-station", "安监站"],
    ["会同县卫计委开展义诊活动。", "health-family-planning-commission", "卫计委"],
    ["配合工商所清理无证经营。", "market-regulation-station", "工商所"],
    ["积极对接县地税局，做好税源培植。", "state-local-tax-bureaus", "地税局"],
    ["协调县银保监分局开展金融宣传。", "banking-insurance-bureau", "银保监分局"],
    ["配合国家乡村振兴局调研组开展调研。", "national-rural-revitalization-administration", "国家乡村振兴局"],
    ["配合乡村振兴局做好帮扶项目申报。", "local-rural-revitalization-bureau", "乡村振兴局"],
    ["持续推进脱贫攻坚，确保高质量完成任务。", "poverty-campaign-ongoing", "脱贫攻坚"],
    ["走访慰问贫困群众120户。", "poor-people-families", "贫困群众"],
    ["力争年底前实现整体脱贫。", "poverty-exit-goal", "力争年底前实现整体脱贫"],
    ["打赢疫情防控阻击战，守护群众健康。", "covid-normalized-control", "疫情防控阻击战"],
    ["深入开展“七五”普法宣传。", "old-legal-education-plan", "“七五”普法"],
    ["全面贯彻党的二十大和二十届三中全会精神。", "third-plenum-as-latest", "二十届三中全会精神"],
  ])("%s → %s", (body, id, text) => {
    const found = stale(report(Y2026, body));
    expect(found).toContainEqual(expect.objectContaining({ ruleId: `stale-phrase/${id}`, text }));
  });

  it("marks one diagnostic per formula, not one per part", () => {
    const found = stale(report(Y2026, "深入学习贯彻党的十九大和十九届四中全会精神。"));
    expect(found).toHaveLength(1);
  });

  it("offers a direct replacement where one reads right", () => {
    const text = report(Y2026, "深入推进扫黑除恶专项斗争。落实全面二孩政策。组织贫困劳动力务工。协调县银保监分局。");
    const fixes = check(text, { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "stale-phrase")
      .map((d) => [d.text, d.fixes?.[0]?.replacement, d.fixes?.[0]?.label]);
    expect(fixes).toEqual([
      ["扫黑除恶专项斗争", "常态化扫黑除恶斗争", "改为“常态化扫黑除恶斗争”"],
      ["全面二孩政策", "三孩生育政策", "改为“三孩生育政策”"],
      ["贫困劳动力", "脱贫劳动力", "改为“脱贫劳动力”"],
      ["银保监分局", "金融监管分局", "改为“金融监管分局”"],
    ]);
  });

  it("offers no fix where the wording needs rewriting", () => {
    const [d] = check(report(Y2026, "深入开展党史学习教育。"), { referenceDate: "2026-11-23" }).filter((x) => x.category === "stale-phrase");
    expect(d?.fixes).toBeUndefined();
  });

  it("writes Chinese messages that name the current wording", () => {
    const [d] = check(report(Y2026, "深入推进扫黑除恶专项斗争。"), { referenceDate: "2026-11-23" }).filter((x) => x.category === "stale-phrase");
    expect(d?.message).toMatch(/常态化扫黑除恶斗争/);
    expect(d?.message).toMatch(/。$/);
  });

  it("obeys rule settings by sub-id and by category", () => {
    const text = report(Y2026, "做好新冠肺炎疫情防控。深入推进扫黑除恶专项斗争。");
    expect(stale(text, { rules: { "stale-phrase/covid-pneumonia": "off" } }).map((d) => d.ruleId)).toEqual([
      "stale-phrase/anti-gang-special-campaign",
    ]);
    expect(stale(text, { rules: { "stale-phrase": "off" } })).toEqual([]);
    expect(stale(text, { rules: { "stale-phrase/covid-pneumonia": "error" } })[0]?.severity).toBe("error");
  });
});

describe("still-current phrasing is never flagged (§4)", () => {
  it.each([
    "教育引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。",
    "全面落实河长制、湖长制，深化林长制改革，河湖长制落到实处。",
    "全面推进乡村振兴，扎实推进乡村全面振兴，实施乡村振兴战略。",
    "严格落实三会一课、主题党日、组织生活会和民主评议党员制度。",
    "严格落实中央八项规定精神，持续纠治四风，推进作风建设常态化长效化。",
    "完整准确全面贯彻新发展理念，推动高质量发展，协调推进“四个全面”战略布局。",
    "积极融入共建“一带一路”，扩大对外开放。",
    "持续巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线。",
    "稳步提升“三保障”和饮水安全保障水平，两不愁三保障持续巩固。",
    "始终不忘初心、牢记使命，把为民服务落到实处。",
    "推动党史学习教育常态化长效化，常态化长效化开展党史学习教育。",
    "推进新时代文明实践中心（所、站）建设全覆盖。",
    "坚持和发展新时代“枫桥经验”，推进综治中心规范化建设，推动信访工作法治化。",
    "常态化开展扫黑除恶斗争，推进扫黑除恶常态化。",
    "落实雨露计划补助，城乡居民基本医疗保险参保率达到96%。",
    "特困人员、低保对象、脱贫户应保尽保，衔接资金全部拨付到位。",
    "做好易地扶贫搬迁后续扶持，精准识别、精准帮扶监测对象。",
    "深入学习贯彻党的二十大和二十届历次全会精神，认真落实四中全会部署。",
    "巩固深化党纪学习教育成果，巩固拓展主题教育成果。",
    "做好新冠病毒感染“乙类乙管”后的常规防控。",
    "加强扶贫项目资产后续管理，确保长期发挥效益。",
    "县农业农村局（县乡村振兴局）指导开展帮扶工作，农业农村部（国家乡村振兴局）来镇调研。",
    "做好传染病疫情防控，开展核酸检测能力建设。",
    "以习近平新时代中国特色社会主义思想为指导，推动十五五开好局、起好步。",
    "坚持非洲猪瘟等动物疫情防控常态化，强制免疫密度达到100%。",
    "推广居民电子健康码，方便群众就医。",
    "打好脱贫攻坚成果巩固拓展主动仗。",
    "深入学习贯彻习近平总书记考察本省时的系列重要讲话精神。",
    "第二十九大队完成巡查任务，二十八届运动会筹备就绪。",
    "“十四五”规划目标任务全面完成，为十五五开局奠定基础。",
    "深入学习贯彻党的二十届三中全会精神，进一步全面深化改革。",
    "全面贯彻党的二十大和二十届二中、三中、四中全会精神。",
    "实现脱贫摘帽后，全镇持续巩固成果。",
    "全镇实现了整体脱贫，群众收入稳步提高。",
  ])("%s", (body) => {
    expect(stale(report(Y2026, body))).toEqual([]);
  });

  it("leaves a clean 2026 report alone", () => {
    const text = [
      "西山镇2026年工作总结",
      "今年以来，西山镇坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，推动“十五五”开好局、起好步。",
      "一、主要工作及成效",
      "（一）乡村全面振兴扎实推进。持续巩固拓展脱贫攻坚成果，落实常态化精准帮扶，防止返贫致贫对象全部落实帮扶措施。建设宜居宜业和美乡村，新改建农村卫生厕所320户。",
      "（二）党的建设全面加强。严格落实“三会一课”制度，开展树立和践行正确政绩观学习教育，巩固深化中央八项规定精神学习教育成果。",
      "（三）平安建设成效明显。常态化开展扫黑除恶斗争，推进综治中心规范化建设，全镇刑事案件同比下降12%。",
      "二、存在问题",
      "产业结构单一，村集体经济增收渠道不宽。",
      "三、下一步工作打算",
      "深入践行新发展理念，推进河湖长制、林长制提质增效。",
    ].join("\n");
    expect(stale(text)).toEqual([]);
  });
});

describe("historical narration is not stale", () => {
  it.each([
    "十三五时期，全镇坚决打赢脱贫攻坚战，全面建成了小康社会。",
    "脱贫攻坚期间，原建档立卡贫困户全部脱贫。",
    "回顾过去五年，我们决战决胜脱贫攻坚，夺取全面建成小康社会伟大胜利。",
    "2020年，我镇打赢脱贫攻坚战，建档立卡贫困户全部脱贫。",
    "新冠肺炎疫情期间，全镇党员冲锋在前。",
    "档案移交工作由原县扶贫办负责。",
    "镇里至今保存着《关于打赢脱贫攻坚战三年行动的指导意见》学习笔记。",
    "党的十九大以来，全镇发生了翻天覆地的变化。",
    "十九届六中全会审议通过的历史决议全面总结了党的百年奋斗经验。",
    "扫黑除恶专项斗争开展以来，累计打掉恶势力团伙2个。",
    "五年来，我镇打赢脱贫攻坚战，人居环境明显改善。",
    "健康扶贫工作已转为常态化健康帮扶。",
    "常态化核酸检测点全部撤除。",
    "县扶贫办更名为县乡村振兴局后，职能进一步拓展。",
    // A run of past campaigns told in order (先后 / 相继) is narration, not a task.
    "2021年以来，全镇先后开展党史学习教育、主题教育、党纪学习教育。",
    "近年来，我镇相继开展党史学习教育和主题教育，党员干部受到深刻教育。",
    // The old body named as old, with today's name in brackets.
    "县乡村振兴局（现农业农村局）派驻工作组驻村帮扶。",
  ])("%s", (body) => {
    expect(stale(report(Y2026, body))).toEqual([]);
  });

  it("skips a section that looks back over the past five years but not the sections after it", () => {
    const text = [
      "东湖镇人民政府工作报告",
      "一、过去五年工作回顾",
      "我们坚决打赢脱贫攻坚战，建档立卡贫困户全部脱贫。",
      "二、2026年工作安排",
      "深入推进扫黑除恶专项斗争。",
    ].join("\n");
    expect(stale(text).map((d) => d.text)).toEqual(["扫黑除恶专项斗争"]);
  });
});

describe("narration cues do not hide a current task", () => {
  it.each([
    ["扎实开展党史学习教育，先后召开专题会议3次。", "党史学习教育"],
    ["县乡村振兴局（牵头）负责统筹协调。", "县乡村振兴局"],
  ])("%s", (body, flagged) => {
    expect(stale(report(Y2026, body)).map((d) => d.text)).toContain(flagged);
  });
});

describe("the report's own period decides (§0)", () => {
  it("a 2020 report whose phrasing was current then is clean", () => {
    const text = [
      "东湖镇2020年工作总结",
      "2020年，东湖镇深入学习贯彻党的十九大和十九届五中全会精神，统筹推进新冠肺炎疫情防控和经济社会发展，决胜全面建成小康社会。",
      "坚决打赢脱贫攻坚战，全镇建档立卡贫困户156户全部稳定脱贫；深入开展扫黑除恶专项斗争；坚持外防输入、内防反弹，做好常态化疫情防控。",
    ].join("\n");
    expect(stale(text)).toEqual([]);
  });

  it("a 2021 report that says 十四五开局之年 and 党史学习教育 is clean", () => {
    const text = report("东湖镇2021年工作总结", "2021年是“十四五”开局之年，全镇深入开展党史学习教育，持续巩固拓展脱贫攻坚成果，做好新冠肺炎疫情防控。");
    expect(stale(text)).toEqual([]);
  });

  it("says nothing when the change came late in the period", () => {
    // 新冠肺炎 was renamed on 2022-12-26: for a 2022 summary it was the name nearly all year.
    expect(stale(report("东湖镇2022年工作总结", "做好新冠肺炎疫情防控。"))).toEqual([]);
  });

  it("softens to info when the change came early in the period", () => {
    expect(stale(report("东湖镇2021年工作总结", "深入推进扫黑除恶专项斗争。"))).toEqual([
      { ruleId: "stale-phrase/anti-gang-special-campaign", text: "扫黑除恶专项斗争", severity: "info" },
    ]);
  });

  it("says nothing in a straddling period when the phrase only names what happened", () => {
    expect(stale(report("东湖镇2021年工作总结", "召开扫黑除恶专项斗争总结表彰会。"))).toEqual([]);
    expect(stale("东湖镇年度工作总结\n一年来，全镇开展“不忘初心、牢记使命”主题教育总结。\n2021年1月8日")).toEqual([]);
  });

  it("flags at the entry's severity once the period starts after the change", () => {
    expect(stale(report("东湖镇2023年工作总结", "做好新冠肺炎疫情防控。"))).toEqual([
      { ruleId: "stale-phrase/covid-pneumonia", text: "新冠肺炎", severity: "warning" },
    ]);
  });

  it("uses the reference date when the text names no period", () => {
    const body = "工作情况汇报\n做好新冠肺炎疫情防控。";
    expect(stale(body, { referenceDate: "2021-05-01" })).toEqual([]);
    expect(stale(body, { referenceDate: "2024-05-01" })).toHaveLength(1);
  });

  it("keeps 巩固…成果 current for a year after a campaign ends, not for years", () => {
    const body = "巩固“不忘初心、牢记使命”主题教育成果。";
    expect(stale(report("东湖镇2020年下半年工作总结", body))).toEqual([]);
    expect(stale(report(Y2026, body))).toHaveLength(1);
  });

  it("skips a phrase whose sentence names an earlier year", () => {
    expect(stale(report(Y2026, "2024年，深入开展党纪学习教育。"))).toEqual([]);
    expect(stale(report(Y2026, "2026年，深入开展党纪学习教育。"))).toHaveLength(1);
  });

  it("keeps unverified entries at info", () => {
    expect(stale(report(Y2026, "扶贫小额信贷余额稳步增长。"))).toEqual([
      { ruleId: "stale-phrase/poverty-microcredit", text: "扶贫小额信贷", severity: "info" },
    ]);
  });
});

describe("user entries", () => {
  const custom = {
    id: "old-office",
    pattern: "老干部活动室",
    replacement: "老干部活动中心",
    staleFrom: "2025-01-01",
    severity: "warning",
    source: "本县文件",
    message: "老干部活动室已更名为“老干部活动中心”。",
    fix: "老干部活动中心",
  };

  it("flags with a user's valid entry and ignores invalid ones", () => {
    const text = report(Y2026, "改造老干部活动室1处。");
    const found = stale(text, { stalePhrases: [custom, { id: "bad", pattern: "(a+)+", staleFrom: "2020-01-01", message: "x" }, 42] });
    expect(found).toEqual([{ ruleId: "stale-phrase/old-office", text: "老干部活动室", severity: "warning" }]);
  });

  it("lets a user entry with a built-in id replace the built-in one", () => {
    const text = report(Y2026, "打造3个美丽乡村示范点。");
    const off = { id: "beautiful-countryside", pattern: "美丽乡村示范县", staleFrom: "2022-10-16", message: "本地仍使用美丽乡村。" };
    expect(stale(text, { stalePhrases: [off] })).toEqual([]);
  });
});
