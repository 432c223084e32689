/**
 * The built extension in Chromium on local fixture pages: highlights over the right words that
 * follow edits, fixes and insertions through each editor's own input path with working undo,
 * saved figures from the side panel inserted at the caret, the editor's DOM untouched by checking,
 * and no request leaving the machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { extensionDir, highlightPoint, highlightTexts, isLocal, overlayBoxes, screenshotDir, useExtensionSuite } from "./extension-harness";

const suite = useExtensionSuite();
/** UI strings in the browser's language. */
const { L } = suite;
const open = (name: string): Promise<Page> => suite.openFixture(name);

const MASKED = "tally-masked-number";

async function waitForHighlight(page: Page, name: string, predicate: (texts: string[]) => boolean): Promise<string[]> {
  let texts: string[] = [];
  await expect
    .poll(async () => {
      texts = await highlightTexts(page, name);
      return predicate(texts);
    }, { timeout: 10_000 })
    .toBe(true);
  return texts;
}

/** Hovers the highlighted text and waits for the card in the overlay's shadow root. */
async function openCard(page: Page, name: string, text: string) {
  const point = await highlightPoint(page, name, text);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x - 40, point!.y - 40);
  await page.mouse.move(point!.x, point!.y, { steps: 4 });
  const card = page.locator("tally-overlay .tally-card");
  await card.waitFor({ state: "visible", timeout: 5_000 });
  return card;
}

describe("contenteditable", () => {
  it("highlights the masked number exactly, without touching the editor's DOM", async () => {
    const page = await open("contenteditable");
    expect(await waitForHighlight(page, MASKED, (t) => t.includes("xx"))).toEqual(["xx"]);
    // Let any later idle work run, then compare with the DOM as parsed before the extension started.
    await page.waitForTimeout(800);
    const { initial, now, mutations } = await page.evaluate(() => ({
      initial: (window as any).initialEditorHTML as string,
      now: document.getElementById("editor")!.outerHTML,
      mutations: (window as any).editorMutations as string[],
    }));
    expect(now).toBe(initial);
    expect(mutations).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, "contenteditable-highlights.png") });
    await page.close();
  });

  it("follows edits: new placeholders are flagged, ranges keep covering the flagged text", async () => {
    const page = await open("contenteditable");
    await waitForHighlight(page, MASKED, (t) => t.includes("xx"));
    // Type at the start of the paragraph that holds "xx", shifting it, and add a new placeholder.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll("#editor p")].find((e) => e.textContent!.includes("xx"))!;
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      (document.getElementById("editor") as HTMLElement).focus();
    });
    await page.keyboard.type("上半年");
    await page.keyboard.press("End");
    await page.keyboard.type("带动就业X人。");
    const texts = await waitForHighlight(page, MASKED, (t) => t.length === 2);
    expect(texts.sort()).toEqual(["X", "xx"]);
    await page.close();
  });
});

describe("textarea", () => {
  it("draws boxes in the overlay's shadow root over the flagged text and follows edits", async () => {
    const page = await open("textarea");
    await expect.poll(async () => (await overlayBoxes(page)).map((b) => `${b.category}:${b.text}`), { timeout: 10_000 }).toContain("masked-number:xx");
    const area = await page.locator("#editor").boundingBox();
    const box = (await overlayBoxes(page)).find((b) => b.text === "xx")!;
    expect(box.rects.length).toBe(1);
    const r = box.rects[0]!;
    // Inside the textarea, about two characters wide, on the third line.
    expect(r.x).toBeGreaterThan(area!.x);
    expect(r.x + r.w).toBeLessThan(area!.x + area!.width);
    expect(r.w).toBeGreaterThan(8);
    expect(r.w).toBeLessThan(40);
    expect(r.y).toBeGreaterThan(area!.y + 2 * 20);
    await page.screenshot({ path: join(screenshotDir, "textarea-boxes.png") });

    // Fill the placeholder by typing: the box goes away; a new placeholder gets one.
    const value = await page.inputValue("#editor");
    const at = value.indexOf("xx");
    await page.locator("#editor").focus();
    await page.evaluate((i) => (document.getElementById("editor") as HTMLTextAreaElement).setSelectionRange(i, i + 2), at);
    await page.keyboard.type("3.5");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n全年目标XX亿元。");
    const masked = async () => (await overlayBoxes(page)).filter((b) => b.category === "masked-number");
    await expect.poll(async () => (await masked()).map((b) => b.text), { timeout: 10_000 }).toEqual(["XX"]);

    // Scrolling the page moves the boxes with the text.
    const before = (await masked())[0]!.rects[0]!;
    await page.evaluate(() => {
      document.body.style.height = "3000px";
      window.scrollBy(0, 30);
    });
    await expect.poll(async () => (await masked())[0]?.rects[0]?.y, { timeout: 5_000 }).toBeCloseTo(before.y - 30, 0);
    await page.close();
  });

  it("inserts a card's saved figure through the textarea, and Ctrl+Z restores the text", async () => {
    // Uses the figure saved by the side panel test below when run after it; saves its own otherwise.
    await saveFigureThroughPanel("固定资产投资", "3.2", "亿元");
    const page = await open("textarea");
    await expect.poll(async () => (await overlayBoxes(page)).map((b) => b.text), { timeout: 10_000 }).toContain("xx");
    const original = await page.inputValue("#editor");
    const box = (await overlayBoxes(page)).find((b) => b.text === "xx")!.rects[0]!;
    await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2, { steps: 3 });
    const card = page.locator("tally-overlay .tally-card");
    await card.waitFor({ state: "visible" });
    await card.locator('[data-tally-action="insert-figure"]').first().click();
    expect(await page.inputValue("#editor")).toBe(original.replace("xx", "3.2"));
    await page.locator("#editor").focus();
    await page.keyboard.press("Control+z");
    expect(await page.inputValue("#editor")).toBe(original);
    await page.close();
  });
});

/** Adds a figure through the side panel page's form (the panel opened as a tab). */
async function saveFigureThroughPanel(name: string, value: string, unit: string): Promise<Page> {
  const panel = await suite.openExtensionPage("sidepanel");
  await panel.getByRole("tab", { exact: true, name: L.panel_tab_figures! }).click();
  const existing = panel.locator(`li.figure[data-figure-name="${name}"]`);
  if ((await existing.count()) === 0) {
    await panel.getByRole("button", { exact: true, name: L.action_add! }).click();
    await panel.locator('input[name="name"]').fill(name);
    await panel.locator('input[name="value"]').fill(value);
    await panel.locator('input[name="unit"]').fill(unit);
    await panel.locator('input[name="period"]').fill("2026");
    await panel.getByRole("button", { exact: true, name: L.action_save! }).click();
    await existing.first().waitFor();
  }
  return panel;
}

describe("Tiptap (ProseMirror)", () => {
  it("highlights over the right words and keeps the editor's DOM as it was", async () => {
    const page = await open("tiptap");
    expect(await waitForHighlight(page, MASKED, (t) => t.includes("xx"))).toEqual(["xx"]);
    await page.waitForTimeout(800);
    const { initial, now, mutations } = await page.evaluate(() => ({
      initial: (window as any).initialEditorHTML as string,
      now: (window as any).editor.view.dom.outerHTML as string,
      mutations: (window as any).editorMutations as string[],
    }));
    expect(now).toBe(initial);
    expect(mutations).toEqual([]);
    await page.close();
  });

  it("applies a fix through the editor (its API reads the new text), and Ctrl+Z restores it", async () => {
    const page = await open("tiptap");
    const texts = await waitForHighlight(page, "tally-stale-phrase", (t) => t.length > 0);
    const original: string = await page.evaluate(() => (window as any).editor.getText({ blockSeparator: "\n" }));
    const card = await openCard(page, "tally-stale-phrase", texts[0]!);
    await page.screenshot({ path: join(screenshotDir, "tiptap-card.png") });
    const fix = card.locator('[data-tally-action="fix"]').first();
    await fix.click();
    const fixed: string = await page.evaluate(() => (window as any).editor.getText({ blockSeparator: "\n" }));
    expect(fixed).not.toBe(original);
    expect(fixed).not.toContain(texts[0]!);
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.evaluate(() => (window as any).editor.getText({ blockSeparator: "\n" }))).toBe(original);
    await page.close();
  });

  it("inserts a figure saved through the side panel at the caret", async () => {
    const panel = await saveFigureThroughPanel("招商引资到位资金", "5.6", "亿元");
    const page = await open("tiptap");
    await waitForHighlight(page, MASKED, (t) => t.length > 0);
    // Put the caret at the end of the second paragraph, through the editor's API.
    await page.evaluate(() => {
      const editor = (window as any).editor;
      let end = 0;
      editor.state.doc.forEach((node: any, offset: number, index: number) => {
        if (index === 1) end = offset + node.nodeSize - 1;
      });
      editor.commands.focus();
      editor.commands.setTextSelection(end);
    });
    await panel.bringToFront();
    await panel.locator('li.figure[data-figure-name="招商引资到位资金"]').getByRole("button", { exact: true, name: L.action_insert! }).click();
    await expect.poll(() => panel.locator(".ok, .error").first().textContent()).toContain("5.6亿元");
    await panel.screenshot({ path: join(screenshotDir, "sidepanel-figures.png") });
    const lines: string[] = await page.evaluate(() => (window as any).editor.getText({ blockSeparator: "\n" }).split("\n"));
    expect(lines[1]).toBe("一、工作成效5.6亿元");
    await panel.getByRole("tab", { exact: true, name: L.panel_tab_issues! }).click();
    await panel.getByRole("button", { exact: true, name: L.action_refresh! }).click();
    await panel.locator("li.issue").first().waitFor();
    await panel.screenshot({ path: join(screenshotDir, "sidepanel-issues.png") });

    // The panel's fix goes through the editor too; its ignore removes the highlight.
    const stale = panel.locator('details[data-category="stale-phrase"] li.issue').first();
    await stale.locator("button.primary").first().click();
    await expect.poll(() => page.evaluate(() => (window as any).editor.getText({ blockSeparator: "\n" }) as string)).not.toContain("党的十九大精神");
    await panel.locator('details[data-category="masked-number"] li.issue').first().getByRole("button", { exact: true, name: L.action_ignore! }).click();
    await expect.poll(() => highlightTexts(page, MASKED)).toEqual([]);

    // Search by pinyin initials.
    await panel.getByRole("tab", { exact: true, name: L.panel_tab_figures! }).click();
    await panel.locator("input.search").fill("zsyz");
    await expect.poll(() => panel.locator("li.figure").evaluateAll((els) => els.map((e) => e.getAttribute("data-figure-name")))).toEqual(["招商引资到位资金"]);
    await panel.close();
    await page.close();
  });
});

describe("Quill", () => {
  it("highlights the masked number exactly, without touching the editor's DOM", async () => {
    const page = await open("quill");
    expect(await waitForHighlight(page, MASKED, (t) => t.includes("xx"))).toEqual(["xx"]);
    await page.waitForTimeout(800);
    const { initial, now, mutations } = await page.evaluate(() => ({
      initial: (window as any).initialEditorHTML as string,
      now: (window as any).quill.root.outerHTML as string,
      mutations: (window as any).editorMutations as string[],
    }));
    expect(now).toBe(initial);
    expect(mutations).toEqual([]);
    await page.close();
  });

  it("inserts a card's saved figure through Quill (getText reads it) and Ctrl+Z restores it", async () => {
    const panel = await saveFigureThroughPanel("固定资产投资", "3.2", "亿元");
    const page = await open("quill");
    await waitForHighlight(page, MASKED, (t) => t.includes("xx"));
    // Edit the figure in the panel while the page is open: the change is broadcast to the page.
    await panel.bringToFront();
    await panel.locator('li.figure[data-figure-name="固定资产投资"]').getByRole("button", { exact: true, name: L.action_edit! }).click();
    await panel.locator('input[name="value"]').fill("4.1");
    await panel.getByRole("button", { exact: true, name: L.action_save! }).click();
    await panel.locator('li.figure[data-figure-name="固定资产投资"] .value', { hasText: "4.1亿元" }).waitFor();
    await panel.close();
    await page.bringToFront();
    const original: string = await page.evaluate(() => (window as any).quill.getText());
    const card = await openCard(page, MASKED, "xx");
    await page.screenshot({ path: join(screenshotDir, "quill-card.png") });
    await card.locator('[data-tally-action="insert-figure"]').first().click();
    await expect.poll(() => page.evaluate(() => (window as any).quill.getText())).toBe(original.replace("xx", "4.1"));
    await waitForHighlight(page, MASKED, (t) => t.length === 0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.evaluate(() => (window as any).quill.getText())).toBe(original);
    await page.close();
  });
});

describe("privacy", () => {
  it("made no request that left this machine", () => {
    expect(suite.browser.requests.length).toBeGreaterThan(0);
    expect(suite.browser.requests.filter((u) => !isLocal(u))).toEqual([]);
  });

  it("ships a content script and side panel without any network API", () => {
    const scripts = readdirSync(extensionDir).filter((f) => f.endsWith(".js") && !f.startsWith("exceljs"));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const file of scripts) {
      const code = readFileSync(join(extensionDir, file), "utf8");
      expect([file, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.exec(code)?.[0]]).toEqual([file, undefined]);
    }
  });
});
