/**
 * The content script: a thin host for the DOM layer. Gets saved figures from the background
 * worker and settings from extension storage, reports the focused editor's issues, and runs the
 * side panel's and popup's commands. Runs in every frame, so same-origin editor iframes work too.
 * Injected into every page, so it imports no schema library (see ~content-script).
 */
import { sendToBackground } from "@plasmohq/messaging";
import type { SavedFigure } from "@tally/shared";
import type { PlasmoCSConfig } from "plasmo";
import { logError, TallyController } from "~lint-framework";
import type { FigureResponse, PageReport, TabCommand, TabResult } from "~messaging/protocol";
import { t } from "~i18n";
import { readBroadcast } from "~content-script/commands";
import { loadPageSettings, onPageSettingsChanged, type PageSettings } from "~content-script/page-settings";

export const config: PlasmoCSConfig = { matches: ["<all_urls>"], all_frames: true, run_at: "document_idle" };

let controller: TallyController | null = null;
let enabled = false;
let issuesTimer: ReturnType<typeof setTimeout> | undefined;

function report(body: PageReport): void {
  sendToBackground({ name: "page", body }).catch(logError);
}

async function loadFigures(): Promise<void> {
  const answer = (await sendToBackground({ name: "figures", body: { op: "list" } })) as FigureResponse | undefined;
  if (answer?.ok) controller?.setFigures(answer.figures as SavedFigure[]);
}

/** Starts or stops Tally in this frame to match the settings. */
function apply(settings: PageSettings): void {
  const pageOptOut = document.documentElement?.getAttribute("data-tally") === "off";
  enabled = !pageOptOut && !settings.disabledSites.includes(location.hostname);
  if (!enabled) {
    controller?.stop();
    controller = null;
    return;
  }
  if (controller) {
    controller.setCheckOptions(settings.checkOptions);
    return;
  }
  controller = new TallyController(document, {
    checkOptions: settings.checkOptions,
    onIssues: (issues) => {
      clearTimeout(issuesTimer);
      issuesTimer = setTimeout(() => report({ op: "issues", issues }), 100);
    },
    onFocusEditor: () => report({ op: "focus" }),
    onFirstEditor: () => report({ op: "editor-found" }),
  });
  controller.start();
  loadFigures().catch(logError);
}

async function run(command: TabCommand): Promise<TabResult> {
  if (command.op === "status") {
    return { ok: true, status: { host: location.hostname, enabled, counts: controller?.pageCounts() ?? {} } };
  }
  const c = controller;
  if (!c) return { ok: false, error: t("err_site_off") };
  switch (command.op) {
    case "issues":
      return { ok: true, issues: c.activeIssues() };
    case "reveal":
      return c.reveal(command.id) ? { ok: true } : { ok: false, error: t("err_not_found") };
    case "fix":
      return (await c.fix(command.id, command.fixIndex)) ? { ok: true } : { ok: false, error: t("err_fix_failed") };
    case "ignore":
      return c.ignore(command.id) ? { ok: true } : { ok: false, error: t("err_not_found") };
    case "insert":
      return (await c.insertAtCaret(command.text)) ? { ok: true } : { ok: false, error: t("err_no_editor") };
    case "selection":
      return { ok: true, text: c.selectedText() };
  }
}

function main(): void {
  chrome.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
    const message = readBroadcast(raw);
    if (!message) return false;
    if (message.type === "tally/figures-changed") loadFigures().catch(logError);
    if (message.type === "tally/command") {
      // The popup asks the top frame and each frame that reported an editor; commands for an
      // editor go to the frame that reported it.
      run(message.command)
        .then(sendResponse)
        .catch((error: unknown) => {
          logError(error);
          sendResponse({ ok: false, error: t("err_page") });
        });
      return true; // answered asynchronously
    }
    return false;
  });
  loadPageSettings().then(apply).catch(logError);
  onPageSettingsChanged((settings) => {
    try {
      apply(settings);
    } catch (error) {
      logError(error);
    }
  });
}

try {
  main();
} catch (error) {
  logError(error);
}
