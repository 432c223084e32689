import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanIndicator, GENERIC_SCOPE_HEAD, lastNamedScope, SCOPE_GUARD_CHARS } from "../../shared/src/figures/extract";
import { findPeriodEvents } from "../../shared/src/figures/period";
import { ACTION_VERBS, INDICATOR_LEAD, INDICATOR_TAIL } from "../../shared/src/figures/words";

// The extractor reads these by hand for speed; the regex versions below are what they must equal.

/** lastNamedScope as the regex it stands for. */
function namedScopeByRegex(s: string): string | undefined {
  const guard = SCOPE_GUARD_CHARS.replace(/[()（）]/g, "\\$&");
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,6}?)(村|社区|居委会|街道|公司|合作社|镇|乡)(?![${guard}])`, "g");
  let found: string | undefined;
  for (const m of s.matchAll(re)) {
    const [, name, unit] = m as unknown as [string, string, string];
    if (GENERIC_SCOPE_HEAD.test(name) || /[个各每全等和及与、]/.test(name)) continue;
    found = name.slice(unit.length === 1 || unit === "社区" ? -2 : -4) + unit;
  }
  return found;
}

/** cleanIndicator with the word regexes run as regexes. */
function cleanIndicatorByRegex(prefix: string): { text: string; activity: boolean } {
  let p = prefix;
  if (/[年月季期原五目来]/.test(p)) for (const ev of findPeriodEvents(p).reverse()) p = p.slice(0, ev.index) + p.slice(ev.end);
  p = p.replace(/全(?:镇|县|市|区|乡|街道|省|州|旗|局|系统|域|委)|本(?:镇|县|市|区|乡)|我(?:镇|县|市|区|乡|局|委)/g, "");
  let i = p.length;
  const isNameChar = (c: number) => (c >= 0x4e00 && c <= 0x9fa5) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x201c || c === 0x201d || c === 34;
  while (i > 0 && isNameChar(p.charCodeAt(i - 1))) i--;
  p = p.slice(i).replace(/[“”"]/g, "");
  for (let k = 0; k < 6; k++) {
    const before = p;
    p = p.replace(INDICATOR_LEAD, "");
    const t = INDICATOR_TAIL.exec(p.slice(-6));
    if (t) p = p.slice(0, p.length - t[0].length);
    if (p === before) break;
  }
  if (p.length > 14) p = p.slice(-14);
  return { text: p, activity: ACTION_VERBS.test(p) };
}

const pieces = [
  ..."东岭高龙石桥城北清溪各该全本我的和、，。：（）(1２a “”",
  "村", "社区", "居委会", "街道", "公司", "合作社", "镇", "乡", "村委", "镇政府", "社区居", "行政村", "贫困村",
  "一是", "其中", "共有", "已经", "实现", "完成额", "总数", "达到了", "约为", "分别", "开展", "排查", "新开工",
  "2025年", "上半年", "1-10月", "去年同期", "全镇", "本县", "我局", "全系统", "固定资产投资", "农村居民人均可支配收入",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(""));

describe("hand-read matching equals the regexes", () => {
  it("lastNamedScope", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lastNamedScope(s)).toBe(namedScopeByRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("cleanIndicator", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(cleanIndicator(s)).toEqual(cleanIndicatorByRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["东岭村高龙村", "高龙村"],
    ["城北社区", "城北社区"],
    ["城北社区居委会", undefined],
    ["行政村", undefined],
    ["石桥镇政府", undefined],
  ])("lastNamedScope(%s) is %s", (s, expected) => {
    expect(lastNamedScope(s)).toBe(expected);
    expect(namedScopeByRegex(s)).toBe(expected);
  });
});
