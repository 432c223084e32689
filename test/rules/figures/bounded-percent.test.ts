import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/bounded-percent";
const TITLE = "石门镇2026年社会事业工作总结";

describe(RULE, () => {
  it.each([
    ["全镇城乡居民医保参保率达到103.2%。", "103.2%"],
    ["农村生活垃圾无害化处理率101%。", "101%"],
    ["适龄儿童入学率100.5%。", "100.5%"],
    ["全镇森林覆盖率112%。", "112%"],
  ])("flags %s as an error", (sentence, flagged) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(flagged);
    expect(found[0]!.severity).toBe("error");
  });

  it.each([
    "全镇城乡居民医保参保率达到98.2%。",
    "年度目标任务完成率108%。",
    "税收收入同比增长112%。",
    "粮食产量达到上年的105%。",
    "力争参保率达到100%。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});
