/** Runs async work in the worker, logging instead of leaving an unhandled rejection. */
export async function guardAsync<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    console.warn("[tally]", error);
    return undefined;
  }
}

/** A readable reason for an error, for answers to messages. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
