import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/share-of-total";
const TITLE = "清溪镇2026年工作总结";

describe(RULE, () => {
  it.each<[string, string, string]>([
    ["a share of the 其中 list's total", "全镇共有党员1260名，其中女党员320名，占52.4%。", "52.4%"],
    ["占比 after the part", "全镇脱贫户1260户，其中监测户56户，占比5.4%。", "5.4%"],
    ["the total closing the sentence before", "全镇共有党员1260名。其中35岁以下党员210名，占26.7%。", "26.7%"],
  ])("flags %s", (_name, sentence, flagged) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found.map((d) => d.text)).toEqual([flagged]);
    expect(found[0]!.related).toHaveLength(2);
  });

  it.each([
    "全镇共有党员1260名，其中女党员320名，占25.4%。",
    "全镇脱贫户1260户，其中监测户56户，占比4.4%。",
    "全镇共有党员1260名，其中女党员320名，占25.4%；35岁以下党员210名，占16.7%。",
    // the share of another whole, named
    "全镇60岁以上老人4350人，占总人口的18.2%。",
    "全镇户籍人口3560户，其中脱贫户320户，占全县脱贫户的6.2%。",
    // either unit of the part may be meant
    "全镇户籍人口3560户11820人，其中脱贫户320户1060人，占9%。",
    // no 其中 list: the whole is not stated
    "新发展党员18名，占比1.4%。",
    "全镇共有党员约1260名，其中女党员320名，占52.4%。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});
