import type { Rule } from "../types";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [];
