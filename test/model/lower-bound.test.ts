import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerBound } from "../../shared/src/model/lower-bound";

describe("lowerBound", () => {
  it("finds the first element not below the value in a sorted list, as a linear search would", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted.length, (i) => sorted[i]! < value)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
