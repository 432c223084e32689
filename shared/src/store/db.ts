/**
 * The Dexie database behind the figure store and its schema history. Each version is kept here so
 * that an old database on a user's machine upgrades step by step; the migration test opens a
 * version-1 database with data and checks that nothing is lost.
 */
import { Dexie, type EntityTable, type Transaction } from "dexie";
import type { SavedFigure } from "../types";
import { figureIdentity } from "./figure-input";
import { parsePeriodInput } from "./period-input";
import { pinyinIndexKeys } from "./pinyin-keys";

/** A figure as stored: the saved figure plus the keys the indexes need. */
export interface StoredFigure extends SavedFigure {
  id?: number;
  /** name + period + region, folded: `save` upserts on it. */
  identity: string;
  /** Full pinyin of the name and aliases (multi-entry). */
  pinyin: string[];
  /** Pinyin initials of the name and aliases (multi-entry). */
  initials: string[];
}

export const DEFAULT_DB_NAME = "tally-figures";

/** Version 1 (first release): plain figures, no pinyin, no upsert identity. */
export const schemaV1 = { figures: "++id, name, period, updatedAt" } as const;

/** Version 2: aliases and pinyin indexes for search, identity for upsert. */
export const schemaV2 = { figures: "++id, name, *aliases, period, region, identity, *pinyin, *initials, updatedAt" } as const;

export const CURRENT_DB_VERSION = 2;

export type FigureDatabase = Dexie & { figures: EntityTable<StoredFigure, "id"> };

/** Adds the derived keys to a figure about to be written. */
export function toStored(figure: SavedFigure): StoredFigure {
  const keys = pinyinIndexKeys(figure.name, figure.aliases);
  return { ...figure, identity: figureIdentity(figure), pinyin: keys.pinyin, initials: keys.initials };
}

/** The saved figure without the index keys, as the API returns it. */
export function fromStored(stored: StoredFigure): SavedFigure {
  const { identity: _identity, pinyin: _pinyin, initials: _initials, ...figure } = stored;
  return figure;
}

/** v1 → v2: typed periods become keys where they can, and every record gets its keys. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table("figures")
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const figure = record as unknown as SavedFigure;
      // Keep a period that cannot be read as it was: never drop a user's data in an upgrade.
      const period = typeof figure.period === "string" ? (parsePeriodInput(figure.period) ?? figure.period) : String(figure.period ?? "");
      figure.period = period;
      if (!Array.isArray(figure.aliases)) delete figure.aliases;
      Object.assign(record, toStored(figure));
    });
}

/** Declares every schema version on a Dexie instance, oldest first. */
export function declareSchema(db: Dexie): FigureDatabase {
  db.version(1).stores(schemaV1);
  db.version(2).stores(schemaV2).upgrade(upgradeToV2);
  return db as FigureDatabase;
}
