// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleScheduler, type IdleHost } from "../../extension/src/lint-framework/scheduler";

/** A fake clock that each unit of work advances. */
let clock = 0;
const now = () => clock;

/** A job of `units` steps of `ms` each, recording which ran. */
function recordingJob(units: number, ms: number, log: number[], done: { value: boolean } = { value: false }) {
  return (function* () {
    try {
      for (let i = 0; i < units; i++) {
        clock += ms;
        log.push(i);
        if (i < units - 1) yield;
      }
      done.value = true;
    } finally {
      log.push(-1); // closed (finished or dropped)
    }
  })();
}

const timerHost = (): IdleHost => ({ setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) });

/** A host with requestIdleCallback, idle periods of `idleMs`, served through fake timers. */
function idleHost(idleMs: number): IdleHost & { requests: number } {
  const host = {
    requests: 0,
    ...timerHost(),
    requestIdleCallback(cb: (d: IdleDeadline) => void, options?: { timeout: number }) {
      host.requests++;
      const start = clock;
      return setTimeout(() => cb({ didTimeout: idleMs === 0, timeRemaining: () => Math.max(0, start + idleMs - clock) }), idleMs === 0 ? options?.timeout ?? 0 : 1) as unknown as number;
    },
    cancelIdleCallback(h: number) {
      clearTimeout(h as unknown as ReturnType<typeof setTimeout>);
    },
  };
  return host;
}

beforeEach(() => {
  clock = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("IdleScheduler", () => {
  it("does nothing synchronously: the job starts in a later slice", () => {
    const log: number[] = [];
    const s = new IdleScheduler(timerHost(), { now, sliceMs: 8 });
    s.run(recordingJob(3, 1, log));
    expect(log).toEqual([]);
    expect(s.busy).toBe(true);
    vi.runAllTimers();
    expect(log).toEqual([0, 1, 2, -1]);
    expect(s.busy).toBe(false);
  });

  it("splits a long job into slices no longer than sliceMs (plus one unit)", () => {
    const log: number[] = [];
    const s = new IdleScheduler(timerHost(), { now, sliceMs: 8 });
    s.run(recordingJob(10, 3, log));
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([0, 1, 2]); // 3 + 3 + 3 ms: the slice is over after the third unit
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
    vi.runAllTimers();
    expect(log.slice(-2)).toEqual([9, -1]);
  });

  it("stops a slice when the browser's idle period ends, and always makes progress", () => {
    const log: number[] = [];
    const host = idleHost(5);
    const s = new IdleScheduler(host, { now, sliceMs: 50 });
    s.run(recordingJob(6, 2, log));
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([0, 1, 2]); // 2 + 2 ms leaves time, 6 ms does not
    vi.runAllTimers();
    expect(log).toEqual([0, 1, 2, 3, 4, 5, -1]);

    // A busy page: idle callbacks only come by timeout with no time left, one unit each.
    const busy = idleHost(0);
    const log2: number[] = [];
    const s2 = new IdleScheduler(busy, { now, sliceMs: 50, idleTimeoutMs: 100 });
    s2.run(recordingJob(3, 1, log2));
    vi.advanceTimersByTime(99);
    expect(log2).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log2.length).toBeGreaterThanOrEqual(1);
    vi.runAllTimers();
    expect(log2).toEqual([0, 1, 2, -1]);
  });

  it("run replaces the current job, which is closed and never resumed", () => {
    const first: number[] = [];
    const second: number[] = [];
    const s = new IdleScheduler(timerHost(), { now, sliceMs: 4 });
    s.run(recordingJob(10, 3, first));
    vi.advanceTimersToNextTimer();
    expect(first).toEqual([0, 1]);
    s.run(recordingJob(2, 1, second));
    expect(first).toEqual([0, 1, -1]);
    vi.runAllTimers();
    expect(first).toEqual([0, 1, -1]);
    expect(second).toEqual([0, 1, -1]);
  });

  it("cancel drops the job and its pending idle request", () => {
    const log: number[] = [];
    const host = idleHost(10);
    const s = new IdleScheduler(host, { now, sliceMs: 2 });
    s.run(recordingJob(5, 1, log));
    vi.advanceTimersToNextTimer();
    expect(log).toEqual([0, 1]);
    expect(host.requests).toBe(2); // the next slice is asked for
    s.cancel();
    expect(s.busy).toBe(false);
    expect(log).toEqual([0, 1, -1]);
    vi.runAllTimers();
    expect(log).toEqual([0, 1, -1]);
  });

  it("a job may cancel itself from inside a step", () => {
    const log: string[] = [];
    const s = new IdleScheduler(timerHost(), { now });
    s.run((function* () {
      log.push("a");
      s.cancel();
      yield;
      log.push("never");
    })());
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(log).toEqual(["a"]);
    expect(s.busy).toBe(false);
  });

  it("flush finishes the current job at once", () => {
    const log: number[] = [];
    const done = { value: false };
    const s = new IdleScheduler(timerHost(), { now, sliceMs: 1 });
    s.run(recordingJob(5, 5, log, done));
    s.flush();
    expect(done.value).toBe(true);
    expect(s.busy).toBe(false);
    vi.runAllTimers();
    expect(log).toEqual([0, 1, 2, 3, 4, -1]);
  });
});
