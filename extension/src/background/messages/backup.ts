import type { PlasmoMessaging } from "@plasmohq/messaging";
import { backupRequestSchema, type BackupResponse } from "~messaging/protocol";
import { broadcastFiguresChanged, figureStore } from "../figure-db";
import { reason } from "../util";
import { t } from "~i18n";

/** Export and import of all saved figures for the options page's backup and restore. */
const handler: PlasmoMessaging.MessageHandler<unknown, BackupResponse> = async (req, res) => {
  const parsed = backupRequestSchema.safeParse(req.body);
  if (!parsed.success) {
    res.send({ ok: false, error: t("err_invalid") });
    return;
  }
  try {
    const store = await figureStore();
    if (parsed.data.op === "export") {
      res.send({ ok: true, text: await store.exportText("json") });
      return;
    }
    const result = await store.importText(parsed.data.text, { format: "json" });
    if (result.rejected.length) {
      const first = result.rejected[0]!;
      res.send({ ok: false, error: t("backup_bad_rows", first.row, first.reason) });
      return;
    }
    res.send({ ok: true, imported: result.imported });
    await broadcastFiguresChanged();
  } catch (error) {
    res.send({ ok: false, error: reason(error) });
  }
};

export default handler;
