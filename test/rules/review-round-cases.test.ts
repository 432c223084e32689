import { describe, expect, it } from "vitest";
import { report, stale, Y2026 } from "./stale/helpers";

/**
 * False alarms found by writing new report genres (纪检 述责述廉, 农业农村 季度汇报, 社区 Markdown
 * 年度总结, 企业安全生产, 住建 总结) and the guards that silence them, each beside the genuine hit
 * it must keep.
 */
describe("review round: 安监站 of 住建 / 交通 is not the township safety office", () => {
  const hits = (body: string) => stale(report("县住房和城乡建设局2026年工作总结", body)).map((d) => d.text);

  it.each([
    ["县建设工程安全监督站（安监站）全年监督在建项目126个。"],
    ["质监站受理质量监督注册项目54个，安监站发出整改通知书212份。"],
    ["县住建局安监站开展建筑施工安全专项检查8次。"],
    ["县交通运输局质监站、安监站联合检查在建公路项目5个。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["镇安监站开展安全检查30次。", "安监站"],
    ["镇安监办联合派出所检查烟花爆竹经营点12家。", "安监办"],
    // A township office inspecting building sites is still the renamed office.
    ["镇安监站对辖区建筑工地开展检查6次。", "安监站"],
  ])("%s → %s", (body, text) => {
    expect(stale(report(Y2026, body)).map((d) => d.text)).toEqual([text]);
  });
});
