/**
 * Shared setup of the extension's browser tests: fixture pages served from 127.0.0.1 (Tiptap and
 * Quill pages bundled from their npm packages with esbuild), Chromium with the built extension
 * loaded, and a record of every request the browser makes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "test/e2e/fixtures/extension");
/** Where `npm run build` leaves the unpacked Chromium extension (DESIGN.md "Extension build"); `TALLY_EXTENSION_DIR` points at another build. */
export const extensionDir = process.env.TALLY_EXTENSION_DIR ?? join(root, "extension/build/chrome-mv3-prod");

const TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

function lexicalDir(): string {
  const candidates = [join(root, "node_modules/lexical"), join(root, "extension/node_modules/lexical"), join(root, "node_modules/@lexical/rich-text/node_modules/lexical")];
  return candidates.find((d) => existsSync(join(d, "package.json"))) ?? "lexical";
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Bundles the editor fixtures and serves the fixture folder on an ephemeral localhost port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const bundles = mkdtempSync(join(tmpdir(), "tally-ext-fixtures-"));
  await build({
    entryPoints: {
      "tiptap.bundle": join(fixtures, "tiptap.ts"),
      "quill.bundle": join(fixtures, "quill.ts"),
      "lexical.bundle": join(fixtures, "lexical.ts"),
      "slate.bundle": join(fixtures, "slate.tsx"),
      "draft.bundle": join(fixtures, "draft.tsx"),
      "ckeditor.bundle": join(fixtures, "ckeditor.ts"),
    },
    bundle: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"', global: "window" },
    // npm left nested copies of lexical under each @lexical package; Lexical needs exactly one.
    alias: { lexical: lexicalDir() },
    loader: { ".svg": "text" },
    format: "iife",
    platform: "browser",
    target: "es2022",
    outdir: bundles,
    logLevel: "error",
    absWorkingDir: root,
  });
  const files: Record<string, string> = { "/quill.snow.css": join(root, "node_modules/quill/dist/quill.snow.css") };
  const server: Server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? "/", "http://localhost").pathname);
    const name = path.replace(/^\/+/, "");
    const file = files[path] ?? [join(bundles, name), join(fixtures, name)].find((f) => !name.includes("..") && existsSync(f));
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(bundles, { recursive: true, force: true });
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL the browser requested from pages and extension pages. */
  requests: string[];
  close(): Promise<void>;
}

/** A browser UI language the extension has a catalogue for. */
export type UiLanguage = "zh-CN" | "en-US";

/** True when this Chromium ships the Chinese UI (Debian: package chromium-l10n); without it every language falls back to en-US. */
export const chineseUiAvailable = existsSync("/usr/lib/chromium/locales/zh-CN.pak");

/**
 * Starts Chromium with the built extension loaded (headless=new runs MV3 extensions), in Chinese
 * by default like the extension itself. On Linux, chrome.i18n follows the LANGUAGE environment
 * variable; `--lang` is passed too for other systems.
 */
export async function launchWithExtension(options: { lang?: UiLanguage } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const lang = options.lang ?? "zh-CN";
  const posixLocale = lang.replace("-", "_");
  const userDataDir = mkdtempSync(join(tmpdir(), "tally-ext-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: false,
    viewport: { width: 900, height: 640 },
    locale: lang,
    env: { ...process.env, LANGUAGE: posixLocale, LANG: `${posixLocale}.UTF-8` },
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** True for URLs that stay on this machine or inside the browser. */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (["chrome-extension:", "data:", "blob:", "about:", "chrome:"].includes(u.protocol)) return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
}

/** The texts of the ranges of a CSS Custom Highlight, read from the page's main world. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}

/** The overlay boxes (textarea highlights) in the `<tally-overlay>` shadow root. */
export function overlayBoxes(page: Page): Promise<{ category: string; text: string; rects: { x: number; y: number; w: number; h: number }[] }[]> {
  return page.evaluate(() => {
    const root = document.querySelector("tally-overlay")?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>("[data-tally-category]")].map((el) => ({
      category: el.dataset.tallyCategory ?? "",
      text: el.dataset.tallyText ?? "",
      rects: [...el.children].map((c) => {
        const r = c.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    }));
  });
}

/** The centre of the first client rect of a highlight range whose text is `text`. */
export function highlightPoint(page: Page, name: string, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([n, t]) => {
      const h = CSS.highlights.get(n!);
      const range = h ? ([...h] as Range[]).find((r) => r.toString() === t) : undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    },
    [name, text],
  );
}

/** Directory for screenshots a person looks at (ignored by git). */
export const screenshotDir = join(root, "test-results/extension");

/**
 * The extension's UI strings as this browser shows them (chrome.i18n picks zh_CN or en by the
 * browser's language), so tests find buttons by their visible names in either language.
 * Substitutions stay as `$1`, `$2`….
 */
export async function uiMessages(browser: ExtensionBrowser): Promise<Record<string, string>> {
  const keys = Object.keys(JSON.parse(readFileSync(join(root, "extension/locales/zh_CN/messages.json"), "utf8")) as Record<string, unknown>);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${EXTENSION_PAGE_PATHS.popup}`);
  const messages = await page.evaluate((ks) => {
    const chrome = (globalThis as any).chrome;
    // Placeholders come back as $1, $2… so tests can fill them in.
    return Object.fromEntries(ks.map((k) => [k, chrome.i18n.getMessage(k, ["$1", "$2", "$3", "$4"]) as string]));
  }, keys);
  await page.close();
  return messages;
}

/** Where the extension pages' screenshots go for a person to look at (ignored by git). */
export const pageScreenshotDir = join(root, "test/e2e/screenshots");

/** Saves a screenshot of an extension page as test/e2e/screenshots/extension-<name>.png. */
export async function screenshotPage(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(pageScreenshotDir, { recursive: true });
  await page.screenshot({ path: join(pageScreenshotDir, `extension-${name}.png`), fullPage: options.fullPage ?? false, animations: "disabled" });
}

/** The extension's own pages, by name. */
export type ExtensionPageName = "popup" | "options" | "sidepanel";

/** Where each page is in the build (the popup is a plain-DOM page, see extension/src/tabs/popup.ts). */
export const EXTENSION_PAGE_PATHS: Record<ExtensionPageName, string> = { popup: "tabs/popup.html", options: "options.html", sidepanel: "sidepanel.html" };

/** One test file's browser with the extension, its fixture server, and helpers bound to them. */
export interface ExtensionSuite {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  /** UI strings in the browser's language, filled before the first test (same object throughout). */
  readonly L: Record<string, string>;
  /** Opens a fixture page (`<name>.html`) in a new tab. */
  openFixture(name: string): Promise<Page>;
  /** Opens one of the extension's pages in a new tab. */
  openExtensionPage(name: ExtensionPageName): Promise<Page>;
  /** Requests that left this machine so far (should stay empty). */
  remoteRequests(): string[];
}

/**
 * Registers the hooks that start the browser with the extension (and the fixture server unless
 * `fixtures: false`) before a test file's tests and stop them after, and returns the file's handle.
 */
export function useExtensionSuite(options: { fixtures?: boolean; lang?: UiLanguage } = {}): ExtensionSuite {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  const L: Record<string, string> = {};
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    if (options.fixtures !== false) server = await startFixtureServer();
    browser = await launchWithExtension({ lang: options.lang });
    Object.assign(L, await uiMessages(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get browser() {
      return need(browser, "The browser");
    },
    get server() {
      return need(server, "The fixture server");
    },
    L,
    async openFixture(name) {
      const page = await need(browser, "The browser").context.newPage();
      page.on("pageerror", (e) => console.warn(`[${name}] page error:`, e.message));
      await page.goto(`${need(server, "The fixture server").origin}/${name}.html`);
      return page;
    },
    async openExtensionPage(name) {
      const b = need(browser, "The browser");
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/${EXTENSION_PAGE_PATHS[name]}`);
      return page;
    },
    remoteRequests: () => (browser?.requests ?? []).filter((u) => !isLocal(u)),
  };
}

/** The settings object as the extension stored it (chrome.storage.local), read from an extension page. */
export function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    return (await chrome.storage.local.get("tally:settings"))["tally:settings"] ?? {};
  });
}

/** Merges fields into the stored settings from an extension page, as the options page would save them. */
export async function patchStoredSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p) => {
    const chrome = (globalThis as any).chrome;
    const key = "tally:settings";
    const current = (await chrome.storage.local.get(key))[key] ?? {};
    await chrome.storage.local.set({ [key]: { ...current, ...p } });
  }, patch);
}

/**
 * Opens the popup as the toolbar button would over `page`: in its own small window, with `page`
 * the active tab of the last focused browser window (which the popup reads to find its page).
 */
export async function openPopupOver(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const helper = await browser.context.newPage();
  const path = EXTENSION_PAGE_PATHS.popup;
  await helper.goto(`chrome-extension://${browser.extensionId}/${path}`);
  const [popup] = await Promise.all([
    browser.context.waitForEvent("page", { predicate: (p) => p !== helper && p.url().endsWith(`/${path}`) }),
    helper.evaluate((url) => (globalThis as any).chrome.windows.create({ url, type: "popup", width: 320, height: 480 }), path),
  ]);
  await helper.close();
  await page.bringToFront();
  // Read the target again now that `page` is the active tab of the browser window.
  await popup.reload();
  // Narrower than its content is tall, so a full-page screenshot is just the popup.
  await popup.setViewportSize({ width: 300, height: 120 });
  return popup;
}
