import type { PlasmoMessaging } from "@plasmohq/messaging";
import { figureRequestSchema, type FigureResponse } from "~messaging/protocol";
import { broadcastFiguresChanged, figureStore } from "../figure-db";
import { reason } from "../util";
import { t } from "~i18n";

/** The figure database: list, search, save (insert or update) and delete, validated on receipt. */
const handler: PlasmoMessaging.MessageHandler<unknown, FigureResponse> = async (req, res) => {
  const parsed = figureRequestSchema.safeParse(req.body);
  if (!parsed.success) {
    res.send({ ok: false, error: t("err_invalid") });
    return;
  }
  try {
    const store = await figureStore();
    const request = parsed.data;
    switch (request.op) {
      case "list":
        res.send({ ok: true, figures: await store.all() });
        return;
      case "search":
        res.send({ ok: true, figures: request.query.trim() ? await store.search(request.query, { limit: request.limit ?? 50 }) : await store.all() });
        return;
      case "save": {
        const saved = await store.save(request.figure);
        res.send({ ok: true, figures: [saved] });
        await broadcastFiguresChanged();
        return;
      }
      case "delete":
        await store.delete(request.id);
        res.send({ ok: true, figures: [] });
        await broadcastFiguresChanged();
        return;
    }
  } catch (error) {
    res.send({ ok: false, error: reason(error) });
  }
};

export default handler;
