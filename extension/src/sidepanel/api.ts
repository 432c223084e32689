import { sendToBackground } from "@plasmohq/messaging";
import type { SavedFigure } from "@tally/shared";
import type { FigureInputMessage, FigureRequest, FigureResponse, TabCommand, TabResult } from "~messaging/protocol";
import { readTabResult } from "~messaging/readers";
import { t } from "~i18n";

/** Asks the figure database in the background worker. */
export async function figures(body: FigureRequest): Promise<SavedFigure[]> {
  const answer = (await sendToBackground({ name: "figures", body })) as FigureResponse | undefined;
  if (!answer) throw new Error(t("err_no_answer"));
  if (!answer.ok) throw new Error(answer.error);
  return answer.figures as SavedFigure[];
}

/** Saves a figure (with an id: updates it). */
export function saveFigure(figure: FigureInputMessage & { id?: number }): Promise<SavedFigure[]> {
  return figures({ op: "save", figure });
}

/** Sends a command to the page the user last wrote in. */
export async function toPage(command: TabCommand): Promise<TabResult> {
  return readTabResult(await sendToBackground({ name: "tab", body: command })) ?? { ok: false, error: t("err_no_answer") };
}
