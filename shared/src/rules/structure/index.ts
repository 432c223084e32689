import type { Rule } from "../types";
import { missingSection } from "./missing-section";
import { numbering } from "./numbering";
import { tableSerialRule } from "./table-serial";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [numbering, missingSection, tableSerialRule];
