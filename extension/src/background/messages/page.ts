import type { PlasmoMessaging } from "@plasmohq/messaging";
import { pageReportSchema, type Broadcast } from "~messaging/protocol";
import { setLastEditor } from "../last-tab";
import { noteEditorFrame } from "../editor-frames";

/**
 * Reports from content scripts: which frames have editors (for the popup's counts), which tab has
 * the focused editor, and its issues for the side panel.
 */
const handler: PlasmoMessaging.MessageHandler<unknown, { ok: boolean }> = async (req, res) => {
  const parsed = pageReportSchema.safeParse(req.body);
  const tabId = req.sender?.tab?.id;
  if (!parsed.success || tabId === undefined) {
    res.send({ ok: false });
    return;
  }
  const frameId = req.sender?.frameId ?? 0;
  await noteEditorFrame(tabId, frameId);
  if (parsed.data.op === "editor-found") {
    // Found is not focused: the side panel keeps talking to the editor the user last wrote in.
    res.send({ ok: true });
    return;
  }
  await setLastEditor({ tabId, frameId });
  if (parsed.data.op === "issues") {
    const message: Broadcast = { type: "tally/issues", tabId, issues: parsed.data.issues };
    // No side panel open means no receiver, which is fine.
    await chrome.runtime.sendMessage(message).catch(() => undefined);
  }
  res.send({ ok: true });
};

export default handler;
