import type { Enumerator } from "./types";

/** Finds inline enumeration items (一是…二是…, 首先/其次/最后, 第一，). (Baseline; refined in the model work.) */
export function findEnumerators(_text: string): Enumerator[] {
  return [];
}
