import { describe, expect, it } from "vitest";
import { report, stale } from "./helpers";

// §2 #9 (advisory): after the 二十届四中全会 (2025-10-23) the guiding formula names the latest
// plenums. 二十届三中全会精神 right after 以…为指导 is the formula; cited for its reform tasks it is not.
const GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，";

describe("stale-phrase/third-plenum-as-guidance", () => {
  it.each([
    `${GUIDE}全面贯彻落实党的二十届三中全会精神，推动高质量发展。`,
    `${GUIDE}深入学习贯彻二十届三中全会精神。`,
    `${GUIDE}认真落实党的二十届三中全会精神。`,
  ])("flags the third plenum as the whole guidance in 2026 (info): %s", (body) => {
    expect(stale(report("东湖镇2026年工作总结", body))).toEqual([
      { ruleId: "stale-phrase/third-plenum-as-guidance", text: "二十届三中全会精神", severity: "info" },
    ]);
  });

  it.each([
    ["2026, cited for its reform tasks", "东湖镇2026年工作总结", "深入学习贯彻二十届三中全会精神，扎实推进各项改革任务落地见效。"],
    ["2026, with the fourth plenum", "东湖镇2026年工作总结", `${GUIDE}深入贯彻党的二十届三中全会精神和四中全会部署。`],
    ["2026, 历次全会", "东湖镇2026年工作总结", `${GUIDE}全面贯彻党的二十届历次全会精神，落实二十届三中全会精神。`],
    ["2025, when it straddles the fourth plenum", "东湖镇2025年工作总结", `${GUIDE}全面贯彻落实党的二十届三中全会精神。`],
    ["2024 H2, when it was the latest", "东湖镇2024年下半年工作总结", `${GUIDE}全面贯彻落实党的二十届三中全会精神。`],
  ])("leaves it alone: %s", (_why, title, body) => {
    expect(stale(report(title, body)).filter((d) => d.ruleId.startsWith("stale-phrase/third-plenum"))).toEqual([]);
  });
});
