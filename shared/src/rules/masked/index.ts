import type { Rule } from "../types";
import { maskedNumber } from "./masked-number";
import { maskedText } from "./masked-text";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [maskedNumber, maskedText];
