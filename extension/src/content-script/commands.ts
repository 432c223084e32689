/**
 * Reads the messages the background worker sends to a tab, without a schema library (the content
 * script is injected into every page and must stay small). Accepts exactly what `broadcastSchema`
 * in `messaging/protocol` accepts for the two messages a page acts on; anything else is refused.
 */
import type { TabCommand } from "../messaging/protocol";

/** The broadcasts a content script acts on. */
export type PageBroadcast = { type: "tally/figures-changed" } | { type: "tally/command"; command: TabCommand };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A side panel or popup command, or null when malformed. */
export function readTabCommand(raw: unknown): TabCommand | null {
  if (!isRecord(raw)) return null;
  switch (raw.op) {
    case "issues":
    case "selection":
    case "status":
      return { op: raw.op };
    case "reveal":
    case "ignore":
      return typeof raw.id === "string" ? { op: raw.op, id: raw.id } : null;
    case "fix": {
      if (typeof raw.id !== "string") return null;
      const fixIndex = raw.fixIndex ?? 0;
      return typeof fixIndex === "number" && Number.isInteger(fixIndex) && fixIndex >= 0 ? { op: "fix", id: raw.id, fixIndex } : null;
    }
    case "insert":
      return typeof raw.text === "string" && raw.text.length >= 1 && raw.text.length <= 200 ? { op: "insert", text: raw.text } : null;
    default:
      return null;
  }
}

/** A broadcast this page should act on, or null. */
export function readBroadcast(raw: unknown): PageBroadcast | null {
  if (!isRecord(raw)) return null;
  if (raw.type === "tally/figures-changed") return { type: raw.type };
  if (raw.type === "tally/command") {
    const command = readTabCommand(raw.command);
    return command ? { type: raw.type, command } : null;
  }
  return null;
}
