import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "@tally/shared";
import { BOILERPLATE_PHRASES } from "../../../shared/src/rules/text/boilerplate-phrases";

function ads(text: string): Diagnostic[] {
  return check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "boilerplate");
}

function applyFix(text: string, d: Diagnostic): string {
  const fix = d.fixes![0]!;
  return text.slice(0, fix.from ?? d.from) + fix.replacement + text.slice(fix.to ?? d.to);
}

describe("boilerplate", () => {
  const wholeLines: [string, string][] = [
    // text, text after the fix
    ["工作取得明显成效。\n仅供个人学习交流 严禁转载\n下一步打算。", "工作取得明显成效。\n下一步打算。"],
    ["上半年工作回顾\r\n资料来源于互联网，如有侵权请联系删除\r\n一、主要成效", "上半年工作回顾\r\n一、主要成效"],
    ["正文最后一句。\n更多精品范文请访问 www.wenmi88.cn", "正文最后一句。"],
    ["进QQ交流群：66778899 获取更多资料\n正文开始。", "正文开始。"],
    ["关注微信公众号，免费下载全文\n正文。", "正文。"],
    ["本文档由某某文库网友上传分享\n正文。", "正文。"],
    ["第 3 页 共 12 页\n正文。", "正文。"],
    ["开通VIP会员，免费下载\n正文。", "正文。"],
    ["正文。\n欢迎下载，名师归纳总结", "正文。"],
  ];

  it.each(wholeLines)("removes a pasted ad line with its line break: %s", (text, fixed) => {
    const ds = ads(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.severity).toBe("warning");
    expect(applyFix(text, ds[0]!)).toBe(fixed);
  });

  it("flags a trailing ad sentence or bracketed note, not the sentence before it", () => {
    const text = "全年各项指标圆满完成。（本资料仅供学习参考，禁止外传）";
    const [d, ...rest] = ads(text);
    expect(rest).toEqual([]);
    expect(d!.text).toBe("（本资料仅供学习参考，禁止外传）");
    expect(applyFix(text, d!)).toBe("全年各项指标圆满完成。");
  });

  it("takes short lines between two ad lines as part of the same pasted banner", () => {
    const text = ["仅供学习参考 禁止外传", "某某文库", "海量范本 随时更新", "加入会员群：12345678", "城关镇2026年工作总结", "今年以来，全镇经济平稳运行。"].join("\n");
    const ds = ads(text);
    expect(ds.map((d) => d.text)).toEqual(["仅供学习参考 禁止外传", "某某文库", "海量范本 随时更新", "加入会员群：12345678"]);
    let fixed = text;
    for (const d of [...ds].reverse()) fixed = applyFix(fixed, d);
    expect(fixed).toBe("城关镇2026年工作总结\n今年以来，全镇经济平稳运行。");
  });

  it("does not swallow report text between watermarks repeated on every page", () => {
    const page = ["一、经济运行", "全镇完成地区生产总值12亿元。", "财政收入稳步增长。"];
    const text = ["仅供学习 禁止外传", ...page, "仅供学习 禁止外传", "二、社会事业"].join("\n");
    expect(ads(text).map((d) => d.text)).toEqual(["仅供学习 禁止外传", "仅供学习 禁止外传"]);
  });

  const genuine = [
    "组织党员会员开展学习，关注群众诉求。",
    "涉密文件一律禁止外传。",
    "（三）微信公众号建设",
    "通过政务微信公众号发布信息350条，群众扫码关注人数达2.1万。",
    "以上数据为快报数，仅供参考。",
    "推行扫码登记、扫码支付，方便群众办事。",
    "工会会员可享受年度健康体检。",
    "依法打击侵犯知识产权行为，开展版权保护宣传。",
    "建立镇村干部微信工作群，及时传达上级精神。",
    "资料来源：县统计局。群众可在政务服务网下载办事指南。",
  ];

  it.each(genuine)("leaves the same words in a genuine sentence alone: %s", (text) => {
    expect(ads(text)).toEqual([]);
  });

  it("keeps its phrases as data with non-capturing groups", () => {
    expect(BOILERPLATE_PHRASES.length).toBeGreaterThan(15);
    for (const p of BOILERPLATE_PHRASES) expect(new RegExp(`${p.pattern}|`).exec("")!.length).toBe(1);
  });
});
