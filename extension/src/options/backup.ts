import { sendToBackground } from "@plasmohq/messaging";
import * as z from "zod/mini";
import type { BackupResponse } from "~messaging/protocol";
import { settingsSchema } from "~settings/settings";
import { loadSettings, saveSettings } from "~settings/storage";
import { t } from "~i18n";

const backupSchema = z.object({
  app: z.literal("tally"),
  version: z.literal(1),
  settings: settingsSchema,
  /** The figure store's own JSON export, so the store validates it on import. */
  figures: z.string(),
});

/** Downloads one file with all settings and saved figures (a local file; nothing is uploaded). */
export async function exportBackup(): Promise<void> {
  const answer = (await sendToBackground({ name: "backup", body: { op: "export" } })) as BackupResponse;
  if (!answer.ok) throw new Error(answer.error);
  const backup = { app: "tally", version: 1, settings: await loadSettings(), figures: answer.text ?? "[]" };
  const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `tally-backup-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Restores settings and figures from a backup file; says what was restored. */
export async function restoreBackup(file: Blob): Promise<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    throw new Error(t("backup_not_json"));
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw new Error(t("backup_bad_format", `${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`));
  const answer = (await sendToBackground({ name: "backup", body: { op: "import", text: parsed.data.figures } })) as BackupResponse;
  if (!answer.ok) throw new Error(answer.error);
  await saveSettings(parsed.data.settings);
  return t("backup_restored", answer.imported ?? 0);
}
