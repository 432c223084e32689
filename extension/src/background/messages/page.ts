import type { PlasmoMessaging } from "@plasmohq/messaging";
import { pageReportSchema, type Broadcast } from "~messaging/protocol";
import { setLastEditorTab } from "../last-tab";
import { guardAsync } from "../util";

/** Reports from content scripts: which tab has the focused editor, and its issues for the side panel. */
const handler: PlasmoMessaging.MessageHandler<unknown, { ok: boolean }> = async (req, res) => {
  const parsed = pageReportSchema.safeParse(req.body);
  const tabId = req.sender?.tab?.id;
  if (!parsed.success || tabId === undefined) {
    res.send({ ok: false });
    return;
  }
  await setLastEditorTab(tabId);
  if (parsed.data.op === "issues") {
    const message: Broadcast = { type: "tally/issues", tabId, issues: parsed.data.issues };
    await guardAsync(() => chrome.runtime.sendMessage(message));
  }
  res.send({ ok: true });
};

export default handler;
