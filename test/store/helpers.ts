import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { openFigureStore, type FigureStore } from "@tally/shared/store";

let counter = 0;

/** A store on a fresh in-memory IndexedDB, so tests never share data. */
export async function openTestStore(): Promise<FigureStore> {
  return openFigureStore({ name: `test-${++counter}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Waits until `check` passes (for live-query notifications that arrive asynchronously). */
export async function eventually(check: () => void, attempts = 100): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
