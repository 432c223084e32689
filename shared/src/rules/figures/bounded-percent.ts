import { defineRule, type Finding } from "../types";
import { memoSlot, paragraphFindings, scanFigures, type PlacedFigure } from "./figure-facts";

/** Rates whose count can never exceed its base (a completion rate can, so it is not here). Shared with rate-counts. */
export const BOUNDED_RATE =
  /(参保|覆盖|就业|合格|达标|入学|巩固|参合|满意|知晓|普及|成功|结案|整改|办结|到位|出勤|入园|治愈|接种|签约|处置|销号|回复|化解|破案|清零|通过|及格|优良|好评|录取|升学|审结|执结|调解|完好|利用|回收|清运|无害化处理|认可|接通|核实|建档|标准化|规范化|兑现|公开|持证|参检|受理|处理|覆盖|开工|复工|竣工)率$|满意度$|占比$|比重$/;

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/**
 * A bounded percentage out of range: 参保率 103%, a negative share. Over 100% of something that
 * cannot exceed its whole is a hard contradiction, hence an error.
 */
export const boundedPercentRule = defineRule({
  meta: {
    id: "figure-consistency/bounded-percent",
    category: "figure-consistency",
    severity: "error",
    description: "覆盖率、参保率等不可能超过100%的比率超过100%，或占比为负",
  },
  scan: scanFigures,
  report(report, facts) {
    return paragraphFindings(report, facts, SLOT, boundedFindings);
  },
});

/** Out-of-range shares among one paragraph's figures. */
function boundedFindings(figures: PlacedFigure[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of figures) {
    if (f.normalized.unit !== "%" || f.target || f.inPlans) continue;
    const bounded = f.role === "share" || (f.role === "level" && f.indicator !== undefined && BOUNDED_RATE.test(f.indicator));
    if (!bounded) continue;
    const name = f.indicator ?? "占比";
    if (f.low > 100) {
      findings.push({ from: f.start, to: f.end, message: `${name}为${f.raw}，超过了100%，不可能成立，请核实` });
    } else if (f.high < 0) {
      findings.push({ from: f.start, to: f.end, message: `${name}为${f.raw}，比例不可能为负数，请核实` });
    }
  }
  return findings;
}
