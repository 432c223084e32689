/**
 * The extension's other surfaces as pages: a same-origin iframe editor, fields that opt out, the
 * options page switching a category off and a site off (pages follow), and the popup.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightTexts, isLocal, launchWithExtension, overlayBoxes, screenshotDir, startFixtureServer, type ExtensionBrowser, type FixtureServer, uiMessages } from "./extension-harness";

let server: FixtureServer;
let browser: ExtensionBrowser;
/** UI strings in the browser's language. */
let L: Record<string, string>;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension();
  L = await uiMessages(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${name}.html`);
  return page;
}

async function extensionPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
  return page;
}

const highlighted = (target: Page | Frame, name: string) => () => highlightTexts(target as Page, name);

describe("where Tally runs", () => {
  it("checks an editor inside a same-origin iframe", async () => {
    const page = await open("iframe");
    const frame = page.frames().find((f) => f.url().endsWith("/contenteditable.html"))!;
    expect(frame).toBeDefined();
    await expect.poll(highlighted(frame, "tally-masked-number"), { timeout: 10_000 }).toEqual(["xx"]);
    await page.close();
  });

  it("leaves opted-out, read-only and search fields alone while checking a normal field", async () => {
    const page = await open("optout");
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual(["XX"]);
    await page.waitForTimeout(800);
    expect(await highlightTexts(page, "tally-masked-number")).toEqual(["XX"]);
    expect(await overlayBoxes(page)).toEqual([]);
    await page.close();
  });
});

describe("options page", () => {
  it("switching a category off removes its highlights from open pages, and back on restores them", async () => {
    const page = await open("contenteditable");
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual(["xx"]);
    const options = await extensionPage("options");
    const select = options.locator('select[name="rule:masked-number"]');
    await select.selectOption("off");
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual([]);
    await options.screenshot({ path: join(screenshotDir, "options.png"), fullPage: true });
    await select.selectOption("");
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual(["xx"]);
    await options.close();
    await page.close();
  });

  it("a site switched off gets nothing; switched on again it is checked", async () => {
    const page = await open("contenteditable");
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual(["xx"]);
    const options = await extensionPage("options");
    // The popup adds the page's host to this list; the options page lists it and can re-enable it.
    await options.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const key = "tally:settings";
      const current = (await chrome.storage.local.get(key))[key] ?? {};
      await chrome.storage.local.set({ [key]: { ...current, disabledSites: ["127.0.0.1"] } });
    });
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual([]);
    expect(await page.evaluate(() => document.querySelector("tally-overlay"))).toBeNull();
    await options.reload();
    await options.getByRole("button", { exact: true, name: L.action_reenable! }).click();
    await expect.poll(highlighted(page, "tally-masked-number"), { timeout: 10_000 }).toEqual(["xx"]);
    await options.close();
    await page.close();
  });
});

describe("popup", () => {
  it("shows the reference date in use and the button to open the side panel", async () => {
    const popup = await extensionPage("popup");
    // Automatic mode shows today's date as the fallback reference date.
    await expect.poll(() => popup.locator('[data-testid="reference-date"]').textContent()).toContain(new Date().toISOString().slice(0, 10));
    expect(await popup.getByRole("button", { exact: true, name: L.action_open_panel! }).count()).toBe(1);
    await popup.screenshot({ path: join(screenshotDir, "popup.png") });
    await popup.close();
  });
});

describe("privacy", () => {
  it("made no request that left this machine", () => {
    expect(browser.requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
