import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/same-indicator";

// A town's report often cites the county's figure beside its own: 全县 is another area than 全镇.
describe(`${RULE}: figures of another administrative level`, () => {
  it.each<[string, string, string[]]>([
    ["county figure in a town report", "清溪镇2026年工作总结", ["全镇森林覆盖率达到62.5%。", "全县森林覆盖率58.3%。"]],
    ["city figure in a county report", "柳河县民政局2026年工作总结", ["全县城乡低保对象12180人。", "全市城乡低保对象86420人。"]],
    ["province figure without a level word for the own one", "清溪镇2026年工作总结", ["农村居民人均可支配收入2.15万元。", "全省农村居民人均可支配收入2.4万元。"]],
  ])("stays silent on %s", (_name, title, body) => {
    expect(ruleDiagnostics(RULE, report(title, ...body))).toEqual([]);
  });

  it.each<[string, string, string[], string]>([
    ["the town's own figure twice", "清溪镇2026年工作总结", ["全镇森林覆盖率达到62.5%。", "全镇森林覆盖率58.3%。"], "58.3%"],
    ["own level word and none", "清溪镇2026年工作总结", ["全镇完成固定资产投资3.2亿元。", "固定资产投资3.5亿元，结构持续优化。"], "3.5亿元"],
  ])("flags %s", (_name, title, body, flagged) => {
    expect(ruleDiagnostics(RULE, report(title, ...body)).map((d) => d.text)).toEqual([flagged]);
  });
});
