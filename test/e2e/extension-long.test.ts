/**
 * A very long document (about 300,000 characters in a contenteditable) with the built extension:
 * issues on screen get their highlights, issues elsewhere only when scrolled to, and typing is
 * never held up by checking (the check waits for a pause, then flags what was typed).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from "./extension-harness";

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

const MASKED = "tally-masked-number";

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => console.warn("[long-document] page error:", e.message));
  await page.goto(`${server.origin}/long-document.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The masked-number highlights: the paragraph number (第N项) each lies in, and whether it is on screen. */
function maskedHighlights(): Promise<{ paragraph: number; onScreen: boolean; text: string }[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    if (!h) return [];
    return ([...h] as Range[]).map((r) => {
      const box = r.getBoundingClientRect();
      const paragraph = Number(/第(\d+)项/.exec(r.startContainer.textContent ?? "")?.[1] ?? -1);
      return { paragraph, onScreen: box.bottom > 0 && box.top < innerHeight && box.height > 0, text: r.toString() };
    });
  }, MASKED);
}

const checksSoFar = () => page.evaluate(() => performance.getEntriesByName("tally-check").length);

describe("a 300,000-character contenteditable", () => {
  it("is long enough to matter", async () => {
    const length = await page.evaluate(() => document.getElementById("editor")!.textContent!.length);
    expect(length).toBeGreaterThan(300_000);
  });

  it("highlights the issues on screen, and only those near the screen", async () => {
    await expect.poll(async () => (await maskedHighlights()).some((h) => h.onScreen && h.text === "xx"), { timeout: 60_000 }).toBe(true);
    const paragraphs = await page.evaluate(() => (window as unknown as { FIXTURE_PARAGRAPHS: number }).FIXTURE_PARAGRAPHS);
    const painted = await maskedHighlights();
    // Every paragraph masks a number, but only those around the screen are registered.
    expect(painted.length).toBeLessThan(paragraphs / 4);
    expect(Math.max(...painted.map((h) => h.paragraph))).toBeLessThan(paragraphs / 4);
  });

  it("highlights the issues at the end once they are scrolled to", async () => {
    await page.locator("#editor p").last().scrollIntoViewIfNeeded();
    const paragraphs = await page.evaluate(() => (window as unknown as { FIXTURE_PARAGRAPHS: number }).FIXTURE_PARAGRAPHS);
    await expect
      .poll(async () => (await maskedHighlights()).some((h) => h.onScreen && h.paragraph > paragraphs - 100), { timeout: 30_000 })
      .toBe(true);
  });

  it("lets typing through at once and checks after the pause", async () => {
    const target = page.locator("#editor p").nth(-10);
    const paragraph = Number(/第(\d+)项/.exec((await target.textContent()) ?? "")?.[1]);
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height - 6);
    await page.keyboard.press("End");
    const before = await checksSoFar();
    const typed = "另有投资xx亿元";
    await page.keyboard.type(typed, { delay: 15 });
    // The editor shows every typed character, and no check has run between the keystrokes.
    expect(await target.textContent()).toContain(typed);
    expect(await checksSoFar()).toBe(before);
    // After the pause the new placeholder in that paragraph is flagged too.
    await expect
      .poll(async () => (await maskedHighlights()).filter((h) => h.paragraph === paragraph && h.text === "xx").length, { timeout: 30_000 })
      .toBe(2);
    expect(await checksSoFar()).toBeGreaterThan(before);
  });
});
