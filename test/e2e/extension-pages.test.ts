/**
 * The extension's other surfaces as pages: a same-origin iframe editor, fields that opt out, the
 * options page switching a category off and a site off (pages follow), and the popup over a page
 * (its issues per category, the site switch, the reference date) in the default Chinese UI.
 */
import { builtinRules, check } from "@tally/shared";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  chineseUiAvailable,
  EXTENSION_PAGE_PATHS,
  highlightTexts,
  launchWithExtension,
  openPopupOver,
  overlayBoxes,
  patchStoredSettings,
  screenshotPage,
  storedSettings,
  useExtensionSuite,
} from "./extension-harness";

const suite = useExtensionSuite();
const { L } = suite;

const MASKED = "tally-masked-number";
const highlighted = (target: Page | Frame, name: string) => () => highlightTexts(target as Page, name);

describe("where Tally runs", () => {
  it("checks an editor inside a same-origin iframe", async () => {
    const page = await suite.openFixture("iframe");
    const frame = page.frames().find((f) => f.url().endsWith("/contenteditable.html"))!;
    expect(frame).toBeDefined();
    await expect.poll(highlighted(frame, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    await page.close();
  });

  it("leaves opted-out, read-only and search fields alone while checking a normal field", async () => {
    const page = await suite.openFixture("optout");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["XX"]);
    await page.waitForTimeout(800);
    expect(await highlightTexts(page, MASKED)).toEqual(["XX"]);
    expect(await overlayBoxes(page)).toEqual([]);
    await page.close();
  });
});

describe("options page", () => {
  it("switching a category off removes its highlights from open pages, and back on restores them", async () => {
    const page = await suite.openFixture("contenteditable");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    const options = await suite.openExtensionPage("options");
    const select = options.locator('select[name="rule:masked-number"]');
    await select.selectOption("off");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual([]);
    await screenshotPage(options, "options", { fullPage: true });
    await select.selectOption("");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    await options.close();
    await page.close();
  });

  it("lists every rule of the engine under its category (loaded after the page shows); a rule's level is saved", async () => {
    const options = await suite.openExtensionPage("options");
    const ruleIds = builtinRules.map((r) => r.meta).filter((m) => m.id !== m.category).map((m) => m.id);
    const ruleSelects = options.locator("td.rule-desc + td select");
    await expect.poll(() => ruleSelects.count(), { timeout: 10_000 }).toBe(ruleIds.length);
    const names = await ruleSelects.evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).name));
    expect(names.sort()).toEqual(ruleIds.map((id) => `rule:${id}`).sort());
    const [first] = ruleIds;
    await options.locator(`select[name="rule:${first}"]`).selectOption("info");
    await expect.poll(async () => ((await storedSettings(options)).rules as Record<string, string> | undefined)?.[first!]).toBe("info");
    await options.locator(`select[name="rule:${first}"]`).selectOption("");
    await expect.poll(async () => ((await storedSettings(options)).rules as Record<string, string> | undefined)?.[first!]).toBeUndefined();
    await options.close();
  });

  it("a site switched off gets nothing; switched on again it is checked", async () => {
    const page = await suite.openFixture("contenteditable");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    const options = await suite.openExtensionPage("options");
    // The popup adds the page's host to this list; the options page lists it and can re-enable it.
    await patchStoredSettings(options, { disabledSites: ["127.0.0.1"] });
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual([]);
    expect(await page.evaluate(() => document.querySelector("tally-overlay"))).toBeNull();
    await options.reload();
    await options.getByRole("button", { exact: true, name: L.action_reenable! }).click();
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    await options.close();
    await page.close();
  });
});

/** The counts the popup lists, by category id. */
function shownCounts(popup: Page): Promise<Record<string, number>> {
  return popup.locator("ul.counts li").evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset.category, Number(li.querySelector(".count")?.textContent)])),
  );
}

/** What the engine finds in a text, counted by category. */
function engineCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of check(text)) counts[d.category] = (counts[d.category] ?? 0) + 1;
  return counts;
}

describe("popup", () => {
  it("lists the page's issues per category, as the engine counts them, in Chinese", async () => {
    const page = await suite.openFixture("contenteditable");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    const expected = engineCounts(await page.evaluate(() => (window as unknown as { FIXTURE_REPORT: string[] }).FIXTURE_REPORT.join("\n")));
    // The fixture was written with one placeholder and one outdated phrase.
    expect(expected).toMatchObject({ "masked-number": 1, "stale-phrase": 1 });

    const popup = await openPopupOver(suite.browser, page);
    await expect.poll(() => shownCounts(popup), { timeout: 10_000 }).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(await popup.getByTestId("issue-total").textContent()).toBe(L.popup_issue_total!.replace("$1", String(total)));
    expect(await popup.locator('li[data-category="masked-number"] .label').textContent()).toBe(L.cat_masked_number);
    expect(await popup.locator('input[name="site-enabled"]').isChecked()).toBe(true);
    if (chineseUiAvailable) expect(L.cat_masked_number).toBe("数字占位符");
    await screenshotPage(popup, "popup", { fullPage: true });
    await popup.close();
    await page.close();
  });

  it("counts the issues of an editor inside an iframe", async () => {
    const page = await suite.openFixture("iframe");
    const frame = page.frames().find((f) => f.url().endsWith("/contenteditable.html"))!;
    await expect.poll(highlighted(frame, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    const expected = engineCounts(await frame.evaluate(() => (window as unknown as { FIXTURE_REPORT: string[] }).FIXTURE_REPORT.join("\n")));
    const popup = await openPopupOver(suite.browser, page);
    // The top frame has no editor: every count comes from the frame.
    await expect.poll(() => shownCounts(popup), { timeout: 10_000 }).toEqual(expected);
    await popup.close();
    await page.close();
  });

  it("switching the site off clears the page's highlights and is remembered; on again restores them", async () => {
    const page = await suite.openFixture("contenteditable");
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    const popup = await openPopupOver(suite.browser, page);
    const siteSwitch = popup.locator('input[name="site-enabled"]');
    await expect.poll(() => siteSwitch.isChecked(), { timeout: 10_000 }).toBe(true);
    await siteSwitch.click();
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual([]);
    expect((await storedSettings(popup)).disabledSites).toEqual(["127.0.0.1"]);
    await screenshotPage(popup, "popup-site-off", { fullPage: true });

    // Remembered: the page stays unchecked after a reload, and the popup opens switched off.
    await page.reload();
    await page.waitForTimeout(800);
    expect(await highlightTexts(page, MASKED)).toEqual([]);
    await popup.reload();
    await expect.poll(() => popup.getByTestId("site-off").count(), { timeout: 10_000 }).toBe(1);
    expect(await siteSwitch.isChecked()).toBe(false);

    await siteSwitch.click();
    await expect.poll(highlighted(page, MASKED), { timeout: 10_000 }).toEqual(["xx"]);
    await expect.poll(() => shownCounts(popup), { timeout: 10_000 }).toMatchObject({ "masked-number": 1 });
    expect((await storedSettings(popup)).disabledSites).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("shows the reference date in use: automatic by default, the fixed date when one is set", async () => {
    const page = await suite.openFixture("contenteditable");
    const popup = await openPopupOver(suite.browser, page);
    const date = popup.getByTestId("reference-date");
    // Automatic mode names today's date as the fallback reference date.
    await expect.poll(() => date.textContent()).toContain(new Date().toISOString().slice(0, 10));
    expect(await date.textContent()).toContain(L.popup_date_auto);
    await patchStoredSettings(popup, { referenceDate: "2025-12-31" });
    await popup.reload();
    await expect.poll(() => date.textContent()).toContain("2025-12-31");
    expect(await date.textContent()).toContain(L.popup_date_fixed_hint);
    expect(await popup.getByRole("button", { exact: true, name: L.action_open_panel! }).count()).toBe(1);
    await patchStoredSettings(popup, { referenceDate: "auto" });
    await popup.close();
    await page.close();
  });

  it("says when a page cannot be checked", async () => {
    const blank = await suite.browser.context.newPage();
    await blank.goto("about:blank");
    const popup = await openPopupOver(suite.browser, blank);
    await expect.poll(() => popup.getByText(L.popup_cannot_check!).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('input[name="site-enabled"]').count()).toBe(0);
    await screenshotPage(popup, "popup-cannot-check", { fullPage: true });
    await popup.close();
    await blank.close();
  });
});

describe("side panel", () => {
  it("opens on the issues list and loads the other views when their tab is chosen", async () => {
    const panel = await suite.openExtensionPage("sidepanel");
    await panel.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => panel.getByText(L.issues_hint!).count(), { timeout: 10_000 }).toBe(1);
    await screenshotPage(panel, "sidepanel-issues-empty");
    await panel.getByRole("tab", { name: L.panel_tab_figures! }).click();
    await expect.poll(() => panel.getByRole("button", { exact: true, name: L.action_add! }).count(), { timeout: 10_000 }).toBe(1);
    await screenshotPage(panel, "sidepanel-figures-empty");
    await panel.getByRole("tab", { name: L.panel_tab_document! }).click();
    await expect.poll(() => panel.locator('textarea[name="document-text"]').count(), { timeout: 10_000 }).toBe(1);
    await screenshotPage(panel, "sidepanel-document-empty");
    await panel.close();
  });
});

describe("English UI", () => {
  it("shows the English catalogue when the browser runs in English", async () => {
    const english = await launchWithExtension({ lang: "en-US" });
    try {
      const popup = await english.context.newPage();
      await popup.goto(`chrome-extension://${english.extensionId}/${EXTENSION_PAGE_PATHS.popup}`);
      await expect.poll(() => popup.getByRole("button", { exact: true, name: "Open side panel" }).count()).toBe(1);
      const options = await english.context.newPage();
      await options.goto(`chrome-extension://${english.extensionId}/options.html`);
      await expect.poll(() => options.title()).toBe("Tally settings");
    } finally {
      await english.close();
    }
  });
});

describe("privacy", () => {
  it("made no request that left this machine", () => {
    expect(suite.remoteRequests()).toEqual([]);
  });
});
