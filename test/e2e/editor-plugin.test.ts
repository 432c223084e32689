/**
 * The demo app end to end: Vite builds it, `vite preview` serves the build on a free port, and
 * Debian's Chromium drives it. Screenshots go to test/e2e/screenshots/editor-plugin-*.png.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";

const configFile = fileURLToPath(new URL("../../editor-plugin/demo/vite.config.ts", import.meta.url));
const shots = fileURLToPath(new URL("./screenshots/", import.meta.url));

let server: PreviewServer;
let browser: Browser;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The editor's text, paragraphs joined with newlines. */
function editorText(): Promise<string> {
  return page.locator(".report").evaluate((el) => [...el.querySelectorAll("p, h1, h2, h3")].map((p) => p.textContent).join("\n"));
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  await build({ configFile, logLevel: "error" });
  const port = await freePort();
  server = await preview({ configFile, logLevel: "error", preview: { port, strictPort: true, open: false, host: "127.0.0.1" } });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector(".report .tally-issue");
  expect(errors).toEqual([]);
}, 300_000); // a cold Vite build of the demo takes a minute or two on a busy machine

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

describe("editor-plugin demo", () => {
  it("shows the sample report with highlights and both panels", async () => {
    await page.waitForSelector(".tally-figure");
    expect(await page.locator(".report .tally-issue--masked-number").count()).toBeGreaterThan(0);
    expect(await page.locator(".report .tally-widget.tally-issue--missing-section").count()).toBe(1);
    const total = Number(await page.getByTestId("tally-total").textContent());
    expect(total).toBe(await page.locator(".tally-issues .tally-item").count());
    await page.screenshot({ path: `${shots}editor-plugin-overview.png` });
  });

  it("highlights a placeholder as it is typed", async () => {
    const last = page.locator(".report > p").last();
    await last.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("全年新增造林XX亩。");
    const flagged = last.locator(".tally-issue--masked-number", { hasText: "XX" });
    await flagged.waitFor();
    expect(await flagged.textContent()).toBe("XX");
    await last.screenshot({ path: `${shots}editor-plugin-typed-placeholder.png` });
  });

  it("applies a fix from the card and undoes it with Ctrl+Z", async () => {
    const before = await editorText();
    const target = page.locator(".report .tally-issue--numbering", { hasText: "四是" });
    await target.click();
    const card = page.locator(".tally-card");
    await card.waitFor({ state: "visible" });
    expect(await card.textContent()).toContain("三是");
    await page.screenshot({ path: `${shots}editor-plugin-card.png` });
    await card.locator(".tally-card__fix").first().click();
    await expect.poll(editorText).toContain("三是抓人才");
    expect(await editorText()).not.toContain("四是抓人才");
    await page.locator(".report").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(editorText).toBe(before);
  });

  it("inserts a saved figure from the panel at the caret", async () => {
    const last = page.locator(".report > p").last();
    await last.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("全镇户籍人口");
    await page.getByLabel("搜索常用数据").fill("hjrk");
    const row = page.locator(".tally-figure", { hasText: "户籍人口" });
    await row.waitFor();
    expect(await page.locator(".tally-figure").first().getAttribute("data-figure-name")).toBe("户籍人口");
    await page.screenshot({ path: `${shots}editor-plugin-figures.png` });
    await row.getByRole("button", { name: "插入" }).click();
    await expect.poll(() => last.textContent()).toMatch(/全镇户籍人口38625人$/);
  });
});
