import type { PlasmoMessaging } from "@plasmohq/messaging";
import { tabCommandSchema, tabResultSchema, type Broadcast, type TabResult } from "~messaging/protocol";
import { lastEditor } from "../last-tab";
import { reason } from "../util";
import { t } from "~i18n";

/** Relays a side panel command to the page whose editor was focused last, and its answer back. */
const handler: PlasmoMessaging.MessageHandler<unknown, TabResult> = async (req, res) => {
  const parsed = tabCommandSchema.safeParse(req.body);
  if (!parsed.success) {
    res.send({ ok: false, error: t("err_invalid") });
    return;
  }
  const place = await lastEditor();
  if (place === undefined) {
    res.send({ ok: false, error: t("err_no_focus") });
    return;
  }
  try {
    const message: Broadcast = { type: "tally/command", command: parsed.data };
    const answer = tabResultSchema.safeParse(await chrome.tabs.sendMessage(place.tabId, message, { frameId: place.frameId }));
    res.send(answer.success ? answer.data : { ok: false, error: t("err_no_answer") });
  } catch (error) {
    res.send({ ok: false, error: `${t("err_no_answer")}（${reason(error)}）` });
  }
};

export default handler;
