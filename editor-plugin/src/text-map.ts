import type { Node as PMNode } from "@tiptap/pm/model";
import type { HostBlockHint } from "@tally/shared";

/** One textblock of the document and where its text sits in the checked text. */
export interface TextBlockSpan {
  /** Offset of the block's first character in the checked text. */
  textFrom: number;
  /** Document position of the block's content start (inside the block node). */
  pos: number;
  /** Length of the block's text; equal to its content size, so offsets map linearly. */
  length: number;
}

/** The checked text of a document plus the way back from text offsets to document positions. */
export interface DocumentText {
  text: string;
  blocks: TextBlockSpan[];
  /** Headings, table cells and list items, as the engine's `blocks` hints. */
  hints: HostBlockHint[];
}

/** Inline leaves count as one character so that text offsets and positions stay in step. */
const OBJECT_REPLACEMENT = "\ufffc";

/**
 * Text of one textblock. Each inline leaf (hard break, image, mention …) yields exactly one
 * character, so `pos = contentStart + offset` holds for every offset of the block.
 */
export function textOfBlock(block: PMNode, cache?: WeakMap<PMNode, string>): string {
  const cached = cache?.get(block);
  if (cached !== undefined) return cached;
  let out = "";
  block.forEach((child) => {
    if (child.isText) out += child.text ?? "";
    else if (child.type.name === "hardBreak" || child.type.name === "hard_break") out += "\n";
    else out += OBJECT_REPLACEMENT.repeat(child.nodeSize);
  });
  cache?.set(block, out);
  return out;
}

/**
 * Builds the checked text: textblocks joined with "\n" (table cells included, one per line).
 * Block texts are cached by node identity: ProseMirror shares unchanged nodes between versions,
 * so after an edit only the changed blocks are read again.
 */
export function documentText(doc: PMNode, cache?: WeakMap<PMNode, string>): DocumentText {
  const parts: string[] = [];
  const blocks: TextBlockSpan[] = [];
  const hints: HostBlockHint[] = [];
  let offset = 0;
  doc.descendants((node, pos, parent) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) {
      parts.push("\n");
      offset += 1;
    }
    const text = textOfBlock(node, cache);
    blocks.push({ textFrom: offset, pos: pos + 1, length: text.length });
    if (node.type.name === "heading") {
      hints.push({ from: offset, kind: "heading", level: Number(node.attrs.level) || 1 });
    } else if (parent) {
      const kind = containerKind(parent.type.name);
      if (kind) hints.push({ from: offset, kind });
    }
    parts.push(text);
    offset += text.length;
    return false;
  });
  return { text: parts.join(""), blocks, hints };
}

/** What a text block's container makes it, by the container's node type name (asked per block per check). */
const containerKinds = new Map<string, "table-cell" | "list-item" | undefined>();
function containerKind(typeName: string): "table-cell" | "list-item" | undefined {
  if (containerKinds.has(typeName)) return containerKinds.get(typeName);
  const kind = /^table(Cell|Header)$|^table_(cell|header)$/.test(typeName) ? "table-cell" : /^(listItem|list_item|taskItem)$/.test(typeName) ? "list-item" : undefined;
  containerKinds.set(typeName, kind);
  return kind;
}

/** Index of the last block starting at or before `offset` (binary search). */
export function blockIndexAt(blocks: readonly TextBlockSpan[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.textFrom <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Document position of a text offset. An offset on a separator newline maps to the end of the
 * block before it; offsets past the text clamp to the end of the last block.
 */
export function textOffsetToPos(map: DocumentText, offset: number): number {
  if (map.blocks.length === 0) return 0;
  const block = map.blocks[blockIndexAt(map.blocks, offset)]!;
  return block.pos + Math.max(0, Math.min(offset - block.textFrom, block.length));
}
