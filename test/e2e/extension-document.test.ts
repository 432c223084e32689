/**
 * The side panel's "check a document" view as a page: pasted text and a .docx file (built here
 * with JSZip) each get their issues with line numbers and corrected lines; nothing leaves the machine.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotPage, useExtensionSuite } from "./extension-harness";

const suite = useExtensionSuite({ fixtures: false });
const { L } = suite;
let panel: Page;

beforeAll(async () => {
  panel = await suite.openExtensionPage("sidepanel");
  // The width Chromium gives a side panel by default.
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByRole("tab", { name: L.panel_tab_document! }).click();
});

/** A minimal Word file: one paragraph per line. */
async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

const issuesOf = (name: string) => panel.locator(`details.document[data-document="${name}"] li.issue`);
const categoriesOf = (name: string) => () => issuesOf(name).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category));

describe("check a document", () => {
  it("checks pasted text: a placeholder and a stale phrase, with line numbers and corrected lines", async () => {
    const report = ["2026年工作总结", "一、主要工作", "全年完成投资XX亿元，同比增长8%。", "我们决胜全面建成小康社会，推动各项工作落实。", "（一）抓好生产", "（三）抓好安全"].join("\n");
    await panel.locator('textarea[name="document-text"]').fill(report);
    await panel.getByRole("button", { name: L.action_check_text! }).click();
    const pasted = L.doc_pasted_name!;
    await expect.poll(categoriesOf(pasted), { timeout: 10_000 }).toEqual(expect.arrayContaining(["masked-number", "stale-phrase"]));
    const masked = panel.locator(`details.document[data-document="${pasted}"] li.issue[data-category="masked-number"]`).first();
    expect(await masked.locator(".line-ref").textContent()).toContain("3");
    expect(await masked.locator(".excerpt-text").textContent()).toContain("【XX】");
    const stale = panel.locator(`details.document[data-document="${pasted}"] li.issue[data-category="stale-phrase"]`).first();
    expect(await stale.locator(".line-ref").textContent()).toContain("4");
    // A fix is shown as the corrected line, with a button to copy it.
    const numbering = panel.locator(`details.document[data-document="${pasted}"] li.issue[data-category="numbering"]`).first();
    expect(await numbering.locator(".corrected code").first().textContent()).toBe("（二）抓好安全");
    // Headless Chromium has no system clipboard: record what the page writes to it.
    await panel.evaluate(() => {
      const w = window as unknown as { copiedTexts: string[] };
      w.copiedTexts = [];
      navigator.clipboard.writeText = async (text: string) => void w.copiedTexts.push(text);
    });
    await numbering.getByRole("button", { name: L.action_copy! }).click();
    await expect.poll(() => panel.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts)).toEqual(["（二）抓好安全"]);
    expect(await numbering.getByRole("button", { name: L.doc_copied! }).count()).toBe(1);
    await screenshotPage(panel, "sidepanel-document", { fullPage: true });
  });

  it("reads a .docx set on the file input and lists its issues", async () => {
    const file = await docx(["2026年上半年工作总结", "一、工作情况", "新增就业XX人，完成全年目标。"]);
    await panel.locator('input[name="document-files"]').setInputFiles({ name: "半年总结.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: file });
    await expect.poll(categoriesOf("半年总结.docx"), { timeout: 15_000 }).toContain("masked-number");
    const masked = panel.locator('details.document[data-document="半年总结.docx"] li.issue[data-category="masked-number"]').first();
    expect(await masked.locator(".line-ref").textContent()).toContain("3");
  });

  it("exports the list as CSV through a local download", async () => {
    const [download] = await Promise.all([panel.waitForEvent("download"), panel.getByRole("button", { name: L.action_export_csv! }).click()]);
    expect(download.url().startsWith("blob:")).toBe(true);
    const path = await download.path();
    const csv = readFileSync(path, "utf8");
    expect(csv).toContain("半年总结.docx");
    expect(csv).toContain(L.doc_pasted_name!);
  });

  it("made no request that left this machine", () => {
    expect(suite.remoteRequests()).toEqual([]);
  });
});
