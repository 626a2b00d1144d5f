import { describe, expect, it } from 'vitest';
import { Churn, CHURN_CALLBACKS, CHURN_WINDOW_MS } from '../../../src/content/churn.ts';

/** Observer callbacks `everyMs` apart from `start`, each adding to `target`: which churned. */
function callbacks(churn: Churn<string>, target: string, opts: { start?: number; count: number; everyMs: number }): boolean[] {
  return Array.from({ length: opts.count }, (_, i) => churn.churns(target, (opts.start ?? 0) + i * opts.everyMs));
}

// The bench's feed: ten callbacks a second.
const FEED = { count: 10, everyMs: CHURN_WINDOW_MS / 10 };

describe('Churn', () => {
  it('reads a container the first few times in a window, then it churns', () => {
    const seen = callbacks(new Churn(), 'feed', FEED);
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => i >= CHURN_CALLBACKS));
  });

  it('counts afresh in each window: a container at the pace churns again within it', () => {
    const churn = new Churn<string>();
    callbacks(churn, 'feed', FEED);
    expect(callbacks(churn, 'feed', { ...FEED, start: CHURN_WINDOW_MS })).toEqual(Array.from({ length: 10 }, (_, i) => i >= CHURN_CALLBACKS));
  });

  it('reads every other container, also between the feed\'s callbacks', () => {
    const churn = new Churn<string>();
    const feed: boolean[] = [];
    for (let i = 0; i < 30; i++) {
      feed.push(churn.churns('feed', i * 100));
      // Every 300 ms, slower than churning: a dialog, a toast.
      if (i % 3 === 0) expect(churn.churns('dialog', i * 100 + 50)).toBe(false);
    }
    // The watcher leaves the feed out at its first churning callback; counted on, it churns in every window.
    expect(feed).toEqual(Array.from({ length: 30 }, (_, i) => i % 10 >= CHURN_CALLBACKS));
    const other = new Churn<string>();
    callbacks(other, 'feed', FEED);
    expect(other.churns('app', FEED.count * FEED.everyMs)).toBe(false);
  });

  it('reads a container again once it slows down, or after a quiet spell', () => {
    const slowing = new Churn<string>();
    callbacks(slowing, 'feed', FEED);
    // Two additions in the next window, then one: all read.
    expect(callbacks(slowing, 'feed', { start: CHURN_WINDOW_MS, count: 3, everyMs: 400 })).toEqual([false, false, false]);

    const quiet = new Churn<string>();
    callbacks(quiet, 'feed', FEED);
    // The feed churned, then nothing for five seconds: what it adds next is read.
    expect(quiet.churns('feed', 5 * CHURN_WINDOW_MS)).toBe(false);
  });

  it('a slow, steady container never churns', () => {
    // A clock or a chat: one addition every 300 ms, for a minute.
    expect(callbacks(new Churn(), 'clock', { count: 200, everyMs: 300 })).not.toContain(true);
  });
});
