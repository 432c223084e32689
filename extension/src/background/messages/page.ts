import type { PlasmoMessaging } from "@plasmohq/messaging";
import { pageReportSchema, type Broadcast } from "~messaging/protocol";
import { setLastEditor } from "../last-tab";

/** Reports from content scripts: which tab has the focused editor, and its issues for the side panel. */
const handler: PlasmoMessaging.MessageHandler<unknown, { ok: boolean }> = async (req, res) => {
  const parsed = pageReportSchema.safeParse(req.body);
  const tabId = req.sender?.tab?.id;
  if (!parsed.success || tabId === undefined) {
    res.send({ ok: false });
    return;
  }
  await setLastEditor({ tabId, frameId: req.sender?.frameId ?? 0 });
  if (parsed.data.op === "issues") {
    const message: Broadcast = { type: "tally/issues", tabId, issues: parsed.data.issues };
    // No side panel open means no receiver, which is fine.
    await chrome.runtime.sendMessage(message).catch(() => undefined);
  }
  res.send({ ok: true });
};

export default handler;
