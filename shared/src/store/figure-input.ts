/**
 * The one place a figure is validated and normalised before it is kept: trimmed name, period key,
 * clean number, de-duplicated aliases. Save, import and the upgrade all go through it, so stored
 * data has a single shape.
 */
// zod/mini: the same validation as classic zod at a fraction of the size in the extension's
// service worker; the messages are never shown (reasons below are our own, in Chinese).
import * as z from "zod/mini";
import type { SavedFigure } from "../types";
import { FigureStoreError } from "./errors";
import { parsePeriodInput } from "./period-input";
import { foldText } from "./pinyin-keys";
import { cleanNumber } from "./units";

/**
 * What a caller gives to `save`: a figure without id; the period may be typed (2026年1-10月).
 * createdAt/updatedAt are kept when given (import of an export); otherwise the store sets them.
 */
export type FigureInput = Omit<SavedFigure, "id">;

const optionalText = z.nullable(z.optional(z.string().check(z.maxLength(200))));

const figureInputSchema = z.object({
  name: z.string().check(z.maxLength(100)),
  value: z.number(),
  unit: z.string().check(z.maxLength(20)),
  period: z.string().check(z.maxLength(40)),
  region: optionalText,
  source: optionalText,
  aliases: z.nullable(z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)))),
  note: z.nullable(z.optional(z.string().check(z.maxLength(2000)))),
  createdAt: z.nullable(z.optional(z.number())),
  updatedAt: z.nullable(z.optional(z.number())),
});

/** A figure ready to store, or the Chinese reason it is not. */
export type NormalizedFigure = { ok: true; figure: SavedFigure } | { ok: false; field: keyof FigureInput; reason: string };

const FIELD_LABELS: Record<string, string> = {
  name: "指标名称",
  value: "数值",
  unit: "单位",
  period: "期间",
  region: "地区",
  source: "来源",
  aliases: "别名",
  note: "备注",
  createdAt: "创建时间",
  updatedAt: "更新时间",
};

/** The Chinese column label of a figure field, for messages. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const cleanText = (text: string | null | undefined) => (text ?? "").normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Validates and normalises a figure; `year` completes periods typed without a year; `stampTimes`
 * (default true) fills missing created/updated times with `now`.
 */
export function normalizeFigure(input: unknown, options: { now?: number; year?: number; stampTimes?: boolean } = {}): NormalizedFigure {
  const parsed = figureInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "name") as keyof FigureInput;
    return { ok: false, field, reason: `${fieldLabel(field)}格式不正确` };
  }
  const raw = parsed.data;
  const name = cleanText(raw.name);
  if (!name) return { ok: false, field: "name", reason: "指标名称为空" };
  if (!Number.isFinite(raw.value)) return { ok: false, field: "value", reason: "数值不是有限的数字" };
  const periodText = cleanText(raw.period);
  if (!periodText) return { ok: false, field: "period", reason: "期间为空" };
  const period = parsePeriodInput(periodText, options.year === undefined ? {} : { year: options.year });
  if (!period) {
    const lacksYear = options.year === undefined && parsePeriodInput(periodText, { year: 2000 }) !== undefined;
    const reason = lacksYear
      ? `期间“${periodText}”缺少年份，请写成如“2026年${periodText}”`
      : `无法识别期间“${periodText}”（例：2026年、2026年上半年、2026年1-10月、2026年第三季度）`;
    return { ok: false, field: "period", reason };
  }

  const aliasSeen = new Set([foldText(name)]);
  const aliases: string[] = [];
  for (const alias of raw.aliases ?? []) {
    const clean = cleanText(alias);
    const key = foldText(clean);
    if (!clean || aliasSeen.has(key)) continue;
    aliasSeen.add(key);
    aliases.push(clean);
  }
  const now = options.now ?? Date.now();
  const figure: SavedFigure = {
    name,
    value: cleanNumber(raw.value),
    unit: raw.unit.normalize("NFKC").trim(),
    period,
  };
  const region = cleanText(raw.region);
  const source = cleanText(raw.source);
  const note = (raw.note ?? "").trim();
  if (region) figure.region = region;
  if (source) figure.source = source;
  if (aliases.length) figure.aliases = aliases;
  if (note) figure.note = note;
  // Import leaves missing times to the writer, which keeps an existing record's creation time.
  const stamp = options.stampTimes ?? true;
  const createdAt = raw.createdAt ?? (stamp ? now : undefined);
  const updatedAt = raw.updatedAt ?? (stamp ? now : undefined);
  if (createdAt !== undefined) figure.createdAt = createdAt;
  if (updatedAt !== undefined) figure.updatedAt = updatedAt;
  return { ok: true, figure };
}

/** Validates like `normalizeFigure` but throws a `FigureStoreError` (code "invalid") on failure. */
export function normalizeFigureOrThrow(input: unknown, options: { now?: number; year?: number } = {}): SavedFigure {
  const result = normalizeFigure(input, options);
  if (!result.ok) throw new FigureStoreError("invalid", `无法保存指标：${result.reason}`);
  return result.figure;
}

/** The upsert identity: same name, period and region means the same figure (a new value replaces it). */
export function figureIdentity(figure: Pick<SavedFigure, "name" | "period" | "region">): string {
  return `${foldText(figure.name)}\u0001${figure.period}\u0001${foldText(figure.region ?? "")}`;
}
