/**
 * Runs work in the page's idle time, in slices: a job is a generator that yields between bounded
 * units of work, and the scheduler advances it only while the current idle period lasts (and never
 * longer than one slice), then asks for the next idle period. So a long document is read, checked
 * and drawn without holding up a keystroke for more than one unit of work.
 */

/** What a slice needs of the browser: `requestIdleCallback` where it exists, timers otherwise. */
export interface IdleHost {
  requestIdleCallback?(callback: (deadline: IdleDeadline) => void, options?: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A job: yields between units of work; returns when done. */
export type SlicedJob = Generator<void, void, void>;

export interface SchedulerOptions {
  /** Longest run of one slice, ms, even when the browser offers a longer idle period. */
  sliceMs?: number;
  /** Where idle callbacks exist: run a slice anyway after this long without an idle period. */
  idleTimeoutMs?: number;
  /** The clock (tests pass a fake one). */
  now?: () => number;
}

/**
 * One job at a time: `run` replaces the current job, `cancel` drops it. Each slice does at least
 * one unit of work, so a job always finishes on a busy page (idle callbacks time out).
 */
export class IdleScheduler {
  private job: SlicedJob | null = null;
  /** The job whose step is executing (a generator cannot be closed from inside itself). */
  private running: SlicedJob | null = null;
  private handle: { idle?: number; timer?: unknown } | null = null;
  private readonly sliceMs: number;
  private readonly idleTimeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly host: IdleHost, options: SchedulerOptions = {}) {
    this.sliceMs = options.sliceMs ?? 8;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
  }

  /** True while a job waits for or runs in a slice. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Starts a job in the next idle period, dropping the current one. */
  run(job: SlicedJob): void {
    this.cancel();
    this.job = job;
    this.request();
  }

  /** Drops the current job (it is not resumed). */
  cancel(): void {
    this.release();
    const job = this.job;
    this.job = null;
    if (job && job !== this.running) job.return();
  }

  /** Runs the current job to its end now (a command needs fresh results). */
  flush(): void {
    const job = this.job;
    if (!job) return;
    this.release();
    this.job = null;
    while (!job.next().done);
  }

  private request(): void {
    const host = this.host;
    if (typeof host.requestIdleCallback === "function") {
      this.handle = { idle: host.requestIdleCallback((deadline) => this.slice(deadline), { timeout: this.idleTimeoutMs }) };
    } else {
      this.handle = { timer: host.setTimeout(() => this.slice(null), 0) };
    }
  }

  private release(): void {
    const h = this.handle;
    this.handle = null;
    if (!h) return;
    if (h.idle !== undefined) this.host.cancelIdleCallback?.(h.idle);
    if (h.timer !== undefined) this.host.clearTimeout(h.timer);
  }

  private slice(deadline: IdleDeadline | null): void {
    this.handle = null;
    const job = this.job;
    if (!job) return;
    const end = this.now() + this.sliceMs;
    const hasTime = () => this.now() < end && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 0);
    let done = false;
    this.running = job;
    try {
      do {
        done = Boolean(job.next().done);
      } while (!done && this.job === job && hasTime());
    } catch (error) {
      done = true;
      if (this.job === job) this.job = null;
      throw error;
    } finally {
      this.running = null;
    }
    if (this.job !== job) return; // replaced or cancelled from inside the job
    if (done) this.job = null;
    else this.request();
  }
}
