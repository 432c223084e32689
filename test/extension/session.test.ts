// @vitest-environment jsdom
import type { Checker, Diagnostic } from "@tally/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RichTextAdapter } from "../../extension/src/lint-framework/adapters";
import { Overlay } from "../../extension/src/lint-framework/overlay";
import { EditorSession } from "../../extension/src/lint-framework/session";

// What a keystroke costs: the session may only note the change; reading and checking wait for a
// pause and then run from a timer or idle callback, never inside the input event.

function setup(paragraphs: string[]) {
  const el = document.createElement("div");
  el.setAttribute("contenteditable", "true");
  for (const text of paragraphs) {
    const p = document.createElement("p");
    p.textContent = text;
    el.append(p);
  }
  document.body.append(el);
  const adapter = new RichTextAdapter("contenteditable", el);
  const reads = vi.spyOn(adapter, "readTextInSteps");
  const checked: string[] = [];
  const checker: Checker = {
    check: (text: string): Diagnostic[] => {
      checked.push(text);
      const at = text.indexOf("xx");
      return at < 0 ? [] : [{ ruleId: "masked-number", category: "masked-number", severity: "warning", message: "数字被遮挡", from: at, to: at + 2, text: "xx" } as Diagnostic];
    },
  };
  const changed = vi.fn();
  const session = new EditorSession(adapter, { checker: () => checker, painter: null, overlay: new Overlay(document), ignored: new Set(), changed });
  return { el, session, reads, checked, changed };
}

function type(el: HTMLElement, text: string): void {
  el.lastElementChild!.append(text);
  el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
  // Idle periods with no time to spare: one unit of work per slice, so jobs visibly run in steps.
  Object.assign(document.defaultView!, {
    requestIdleCallback: (cb: (d: IdleDeadline) => void) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 0 }), 1),
    cancelIdleCallback: (h: number) => clearTimeout(h),
  });
  // jsdom ranges have no geometry.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  // jsdom has no ResizeObserver (the overlay drawing of editors without CSS highlights uses one).
  vi.stubGlobal("ResizeObserver", class { observe() {} disconnect() {} });
  vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 16));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("EditorSession: typing only marks the editor changed", () => {
  it("reads and checks nothing inside input events, then checks once after the pause", async () => {
    const { el, session, reads, checked } = setup(["第一段。", "第二段"]);
    await vi.runAllTimersAsync(); // the first check of the page
    reads.mockClear();
    checked.length = 0;
    for (const ch of "投资xx亿元") {
      type(el, ch);
      await Promise.resolve(); // mutation observer callbacks
      expect(reads).not.toHaveBeenCalled();
      expect(checked).toEqual([]);
      vi.advanceTimersByTime(50); // typing faster than the pause
    }
    expect(checked).toEqual([]);
    await vi.runAllTimersAsync();
    expect(checked).toEqual(["第一段。\n第二段投资xx亿元"]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(session.issues.map((i) => i.diagnostic.text)).toEqual(["xx"]);
    session.dispose();
  });

  it("does not check while an IME composition is open", async () => {
    const { el, session, checked } = setup(["第一段"]);
    await vi.runAllTimersAsync();
    checked.length = 0;
    el.dispatchEvent(new CompositionEvent("compositionstart"));
    type(el, "ｔｏｕｚｉ");
    await vi.runAllTimersAsync();
    expect(checked).toEqual([]);
    el.dispatchEvent(new CompositionEvent("compositionend"));
    await vi.runAllTimersAsync();
    expect(checked).toHaveLength(1);
    session.dispose();
  });

  it("drops a check in progress when the editor changes, and checks the new text", async () => {
    // Long enough that reading takes several steps.
    const { el, session, checked, reads } = setup(Array.from({ length: 3000 }, (_, i) => `第${i}段`));
    await vi.runAllTimersAsync();
    checked.length = 0;
    reads.mockClear();
    type(el, "甲");
    await Promise.resolve();
    vi.advanceTimersByTime(360); // the pause is over: reading starts, one step per idle slice
    vi.advanceTimersByTime(5);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(checked).toEqual([]);
    type(el, "xx"); // …and the editor changes under it
    await vi.runAllTimersAsync();
    expect(reads).toHaveBeenCalledTimes(2); // the first reading was dropped
    expect(checked).toHaveLength(1);
    expect(checked[0]!.endsWith("甲xx")).toBe(true);
    expect(session.issues).toHaveLength(1);
    session.dispose();
  });
});
