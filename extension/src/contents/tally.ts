/**
 * The content script: a thin host for the DOM layer. Gets saved figures from the background
 * worker, reports the focused editor's issues, and runs the side panel's commands.
 */
import { sendToBackground } from "@plasmohq/messaging";
import type { SavedFigure } from "@tally/shared";
import type { PlasmoCSConfig } from "plasmo";
import { logError, TallyController } from "~lint-framework";
import { broadcastSchema, type FigureResponse, type PageReport, type TabCommand, type TabResult } from "~messaging/protocol";

export const config: PlasmoCSConfig = { matches: ["<all_urls>"], run_at: "document_idle" };

function report(body: PageReport): void {
  sendToBackground({ name: "page", body }).catch(logError);
}

async function loadFigures(controller: TallyController): Promise<void> {
  const answer = (await sendToBackground({ name: "figures", body: { op: "list" } })) as FigureResponse | undefined;
  if (answer?.ok) controller.setFigures(answer.figures as SavedFigure[]);
}

function run(controller: TallyController, command: TabCommand): TabResult {
  switch (command.op) {
    case "issues":
      return { ok: true, issues: controller.activeIssues() };
    case "reveal":
      return controller.reveal(command.id) ? { ok: true } : { ok: false, error: "找不到这条提示" };
    case "fix":
      return controller.fix(command.id, command.fixIndex) ? { ok: true } : { ok: false, error: "无法修改，请重新检查" };
    case "ignore":
      return controller.ignore(command.id) ? { ok: true } : { ok: false, error: "找不到这条提示" };
    case "insert":
      return controller.insertAtCaret(command.text) ? { ok: true } : { ok: false, error: "没有可插入的编辑框" };
    case "selection":
      return { ok: true, text: controller.selectedText() };
  }
}

function main(): void {
  if (document.documentElement?.getAttribute("data-tally") === "off") return;
  let issuesTimer: ReturnType<typeof setTimeout> | undefined;
  const controller = new TallyController(document, {
    onIssues: (issues) => {
      clearTimeout(issuesTimer);
      issuesTimer = setTimeout(() => report({ op: "issues", issues }), 100);
    },
    onFocusEditor: () => report({ op: "focus" }),
  });
  controller.start();
  loadFigures(controller).catch(logError);
  chrome.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
    const parsed = broadcastSchema.safeParse(raw);
    if (!parsed.success) return false;
    const message = parsed.data;
    if (message.type === "tally/figures-changed") loadFigures(controller).catch(logError);
    if (message.type === "tally/command") {
      try {
        sendResponse(run(controller, message.command));
      } catch (error) {
        logError(error);
        sendResponse({ ok: false, error: "页面出错" });
      }
    }
    return false;
  });
}

try {
  main();
} catch (error) {
  logError(error);
}
