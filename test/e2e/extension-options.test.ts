/**
 * The options page's own stale phrases and templates as pages: an entry added there reaches an
 * editor page's checker and the side panel's document view; invalid input shows a Chinese error
 * next to its field and is never saved.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { highlightTexts, screenshotPage, storedSettings as readStoredSettings, useExtensionSuite } from "./extension-harness";

const suite = useExtensionSuite();
const { L } = suite;
const extensionPage = suite.openExtensionPage;

/** The settings as stored by the extension. */
const storedSettings = (page: Page) =>
  readStoredSettings(page) as Promise<{ stalePhrases?: { id: string; pattern: string }[]; templates?: unknown[]; template?: string }>;

describe("own stale phrases", () => {
  it("an entry added in the options page is flagged in an editor page", async () => {
    const page = await suite.openFixture("contenteditable");
    // The built-in list flags 十九大; the fixture's 项目储备 is fine until the user says otherwise.
    await expect.poll(() => highlightTexts(page, "tally-stale-phrase"), { timeout: 10_000 }).toContain("党的十九大");
    expect(await highlightTexts(page, "tally-stale-phrase")).not.toContain("项目储备");

    const options = await extensionPage("options");
    await options.getByRole("button", { name: L.action_add_phrase! }).click();
    await options.locator('input[name="phrase-pattern"]').fill("项目储备");
    await options.locator('input[name="phrase-replacement"]').fill("项目谋划储备");
    await options.getByRole("button", { name: L.action_save!, exact: true }).click();
    await expect.poll(() => options.locator("li.phrase").count()).toBe(1);
    expect((await storedSettings(options)).stalePhrases?.map((e) => e.pattern)).toEqual(["项目储备"]);

    await expect.poll(() => highlightTexts(page, "tally-stale-phrase"), { timeout: 10_000 }).toContain("项目储备");
    await page.close();
    await options.close();
  });

  it("an invalid regex shows a Chinese error next to the field and is not saved", async () => {
    const options = await extensionPage("options");
    await options.getByRole("button", { name: L.action_add_phrase! }).click();
    await options.locator('input[name="phrase-pattern"]').fill("项目(储备");
    await options.locator('input[name="phrase-replacement"]').fill("新提法");
    await options.getByRole("button", { name: L.action_save!, exact: true }).click();
    const error = options.locator('[data-error-for="pattern"]');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain("不是有效的正则表达式");
    expect(await options.locator('input[name="phrase-pattern"]').getAttribute("aria-invalid")).toBe("true");
    expect((await storedSettings(options)).stalePhrases?.map((e) => e.pattern)).toEqual(["项目储备"]);
    await screenshotPage(options, "options-phrases", { fullPage: true });
    await options.close();
  });

  it("the side panel's document view uses the user's entries too", async () => {
    const panel = await extensionPage("sidepanel");
    await panel.getByRole("tab", { name: L.panel_tab_document! }).click();
    await panel.locator('textarea[name="document-text"]').fill("2026年工作总结\n一、主要工作\n加强项目储备，推进重点工程。");
    await panel.getByRole("button", { name: L.action_check_text! }).click();
    const stale = panel.locator('li.issue[data-category="stale-phrase"]');
    await expect.poll(() => stale.count(), { timeout: 10_000 }).toBe(1);
    expect(await stale.locator(".excerpt-text").textContent()).toContain("【项目储备】");
    await panel.close();
  });
});

describe("templates", () => {
  it("saves the default template choice; invalid template JSON shows errors and is not saved", async () => {
    const options = await extensionPage("options");
    await options.locator('select[name="default-template"]').selectOption("summary");
    await expect.poll(async () => (await storedSettings(options)).template).toBe("summary");

    await options.locator('textarea[name="templates-json"]').fill('[{"id": "weekly", "name": "周报", "sections": [{"id": "done", "label": "本周完成", "headings": ["(a+)+"], "required": true}]}]');
    await options.getByRole("button", { name: L.action_save_templates! }).click();
    await expect.poll(() => options.locator('[data-error-for="templates"]').count()).toBeGreaterThan(0);
    expect(await options.locator('[data-error-for="templates"]').first().textContent()).toMatch(/^(第 1 个模板：|Template 1: )sections\[1\]\.headings\[1\]/);
    expect((await storedSettings(options)).templates ?? []).toEqual([]);

    await options.locator('textarea[name="templates-json"]').fill('[{"id": "weekly", "name": "周报", "sections": [{"id": "done", "label": "本周完成", "headings": ["本周工作"], "required": true}]}]');
    await options.getByRole("button", { name: L.action_save_templates! }).click();
    await expect.poll(async () => ((await storedSettings(options)).templates ?? []).length).toBe(1);
    expect(await options.locator('select[name="default-template"] option[value="weekly"]').count()).toBe(1);
    await options.close();
  });
});

describe("privacy", () => {
  it("made no request that left this machine", () => {
    expect(suite.remoteRequests()).toEqual([]);
  });
});
