/**
 * Finds the containers a page keeps adding to (a live feed, a ticker, a chat) so the watcher can skim
 * what lands in them instead of reading it. Reading one addition from an isolated world costs tens of
 * microseconds in Chromium (its record, its text, a query for frames); a feed adding 50 posts a second
 * pays that fifty times a second. What lands in a churning container is left to the check when a
 * person points at it or tabs to it (PageWatcher), and a provider's frame in it still gets its own
 * content.js (the manifest's); everything else on the page is read as before.
 *
 * A container churns once more than CHURN_CALLBACKS observer callbacks within CHURN_WINDOW_MS have
 * added to it, and stays so while it keeps that pace. One render, however big, is one callback, so an
 * app drawing a view is read whole. Pure: the caller passes the time, so it is unit-tested without a DOM.
 */
export const CHURN_WINDOW_MS = 1_000;
/** The bench's feed adds to its container in 10 callbacks a second; an app's view renders in one or two. */
export const CHURN_CALLBACKS = 4;

export class Churn<T> {
  /** Callbacks per container in the current window. */
  #counts = new Map<T, number>();
  /** The containers that kept the pace through the window before. */
  #churning = new Set<T>();
  #windowStart = -Infinity;

  /** Counts an observer callback at `now` that adds to `target`; true when it is to be skimmed, not read. */
  skims(target: T, now: number): boolean {
    const elapsed = now - this.#windowStart;
    if (elapsed >= CHURN_WINDOW_MS) {
      // After a quiet window nothing churns, whatever came before it.
      this.#churning = new Set();
      if (elapsed < 2 * CHURN_WINDOW_MS) for (const [t, n] of this.#counts) if (n > CHURN_CALLBACKS) this.#churning.add(t);
      this.#counts.clear();
      this.#windowStart = now;
    }
    const n = (this.#counts.get(target) ?? 0) + 1;
    this.#counts.set(target, n);
    return n > CHURN_CALLBACKS || this.#churning.has(target);
  }
}
