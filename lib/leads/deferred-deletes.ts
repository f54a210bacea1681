// "Delete" with an undo: the DELETE is sent only once the undo window has passed, so an undo is exact
// (re-creating a lead would give it a new id and lose nothing less than its history).

export interface DeferredDeletes {
  /** Starts the undo window for `id`; the delete runs when it ends. */
  schedule(id: number): void;
  /** True when the delete had not been sent yet and is now cancelled. */
  undo(id: number): boolean;
  /** Sends every waiting delete now (the page is closing). */
  flush(): void;
  pending(): number[];
}

export function createDeferredDeletes(delayMs: number, commit: (id: number) => void): DeferredDeletes {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  function run(id: number) {
    timers.delete(id);
    commit(id);
  }
  return {
    schedule(id) {
      if (timers.has(id)) return;
      timers.set(id, setTimeout(() => run(id), delayMs));
    },
    undo(id) {
      const timer = timers.get(id);
      if (timer === undefined) return false;
      clearTimeout(timer);
      timers.delete(id);
      return true;
    },
    flush() {
      for (const [id, timer] of [...timers]) {
        clearTimeout(timer);
        run(id);
      }
    },
    pending: () => [...timers.keys()],
  };
}
