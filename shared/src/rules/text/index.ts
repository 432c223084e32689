import type { Rule } from "../types";
import { boilerplate } from "./boilerplate";
import { duplicate } from "./duplicate";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [duplicate, boilerplate];
