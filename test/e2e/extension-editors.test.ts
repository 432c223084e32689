/**
 * The built extension on the other common editors, each bundled from its npm package: CKEditor 5,
 * Lexical, Slate and Draft.js. For each: highlights over the right words with the editor's DOM
 * untouched, a fix through the editor (its own model reads the new text) undone by Ctrl+Z, and a
 * saved figure inserted at the caret from the side panel.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { highlightPoint, highlightTexts, isLocal, screenshotDir, useExtensionSuite } from "./extension-harness";

const suite = useExtensionSuite();
/** UI strings in the browser's language. */
const { L } = suite;
let panel: Page;

beforeAll(async () => {
  panel = await suite.openExtensionPage("sidepanel");
  await panel.getByRole("tab", { exact: true, name: L.panel_tab_figures! }).click();
  await panel.getByRole("button", { exact: true, name: L.action_add! }).click();
  await panel.locator('input[name="name"]').fill("招商引资到位资金");
  await panel.locator('input[name="value"]').fill("5.6");
  await panel.locator('input[name="unit"]').fill("亿元");
  await panel.getByRole("button", { exact: true, name: L.action_save! }).click();
  await panel.locator('li.figure[data-figure-name="招商引资到位资金"]').waitFor();
});

const MASKED = "tally-masked-number";
const STALE = "tally-stale-phrase";

async function open(editor: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  page.on("pageerror", (e) => console.warn(`[${editor}] page error:`, e.message));
  await page.goto(`${suite.server.origin}/editor-page.html?editor=${editor}`);
  await page.waitForFunction(() => (window as any).editorReady === true, undefined, { timeout: 20_000 });
  return page;
}

const editorText = (page: Page) => page.evaluate(() => (window as any).getEditorText() as string);

describe.each(["ckeditor", "lexical", "slate", "draft"])("%s", (editor) => {
  it("highlights over the right words and leaves the editor's DOM as it was", async () => {
    const page = await open(editor);
    await expect.poll(() => highlightTexts(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    await expect.poll(() => highlightTexts(page, STALE), { timeout: 10_000 }).toEqual(["党的十九大"]);
    await page.waitForTimeout(600);
    const { initial, now, mutations } = await page.evaluate(() => {
      const w = window as any;
      const root = document.querySelector("#mount [contenteditable]")!;
      return { initial: w.initialEditorHTML as string, now: root.outerHTML, mutations: w.editorMutations as string[] };
    });
    expect(now).toBe(initial);
    expect(mutations).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, `${editor}-highlights.png`) });
    await page.close();
  });

  it("applies a fix through the editor's model, and Ctrl+Z restores the text", async () => {
    const page = await open(editor);
    await expect.poll(() => highlightTexts(page, STALE), { timeout: 10_000 }).toEqual(["党的十九大"]);
    const original = await editorText(page);
    const point = await highlightPoint(page, STALE, "党的十九大");
    await page.mouse.move(point!.x - 30, point!.y - 30);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    const card = page.locator("tally-overlay .tally-card");
    await card.waitFor({ state: "visible" });
    await card.locator('[data-tally-action="fix"]').first().click();
    await expect.poll(() => editorText(page)).not.toContain("党的十九大精神");
    const fixed = await editorText(page);
    expect(fixed.split("\n").length).toBe(original.split("\n").length);
    expect(fixed.replace(/党的二十大[^，]*精神/, "")).toBe(original.replace("党的十九大精神", ""));
    await page.keyboard.press("Control+z");
    await expect.poll(() => editorText(page)).toBe(original);
    await page.close();
  });

  it("inserts a saved figure from the side panel at the caret", async () => {
    const page = await open(editor);
    await expect.poll(() => highlightTexts(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    // Click at the end of the second line, as a writer would, to put the caret there.
    const box = await page.locator("#mount [contenteditable]").getByText("一、工作成效", { exact: true }).boundingBox();
    await page.mouse.click(box!.x + box!.width - 2, box!.y + box!.height / 2);
    await page.keyboard.press("End");
    await page.waitForTimeout(200);
    await panel.bringToFront();
    await panel.locator('li.figure[data-figure-name="招商引资到位资金"]').getByRole("button", { exact: true, name: L.action_insert! }).click();
    await expect.poll(async () => (await editorText(page)).split("\n")[1]).toBe("一、工作成效5.6亿元");
    await page.close();
  });
});

describe("privacy", () => {
  it("made no request that left this machine", () => {
    expect(suite.browser.requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
