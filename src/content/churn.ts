/**
 * Finds the containers a page keeps adding to (a live feed, a ticker, a chat) so the watcher can leave
 * them out of its observer instead of reading what lands in them. Reading one addition from an
 * isolated world costs tens of microseconds in Chromium (its record, its text, a query for frames); a
 * feed adding 50 posts a second pays that fifty times a second. What lands in a left-out container is
 * left to the check when a person points at it or tabs to it (PageWatcher), and a provider's frame in
 * it still gets its own content.js (the manifest's); everything else on the page is read as before.
 *
 * A container churns once more than CHURN_CALLBACKS observer callbacks within CHURN_WINDOW_MS have
 * added to it. One render, however big, is one callback, so an app drawing a view is read whole.
 * Pure: the caller passes the time, so it is unit-tested without a DOM.
 */
export const CHURN_WINDOW_MS = 1_000;
/** The bench's feed adds to its container in 10 callbacks a second; an app's view renders in one or two. */
export const CHURN_CALLBACKS = 4;

export class Churn<T> {
  /** Callbacks per container in the current window. */
  #counts = new Map<T, number>();
  #windowStart = -Infinity;

  /** Counts an observer callback at `now` that adds to `target`; true once the target churns. */
  churns(target: T, now: number): boolean {
    if (now - this.#windowStart >= CHURN_WINDOW_MS) {
      this.#counts.clear();
      this.#windowStart = now;
    }
    const n = (this.#counts.get(target) ?? 0) + 1;
    this.#counts.set(target, n);
    return n > CHURN_CALLBACKS;
  }
}
