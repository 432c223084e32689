/**
 * Runs page-facing work so that nothing ever throws into the host page: errors are logged with a
 * prefix and swallowed.
 */
export function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      logError(error);
      return undefined;
    }
  };
}

/** Logs an error of the extension without disturbing the page. */
export function logError(error: unknown): void {
  try {
    console.warn("[tally]", error);
  } catch {
    // Console replaced by the page: nothing more to do.
  }
}
