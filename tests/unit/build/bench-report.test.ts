// The bench's table from its samples: what the traced rows make of several traced loads.
import { describe, expect, it } from 'vitest';
import { longTasksCaused, type ExtensionTrace } from '../../../scripts/lib/bench/chromium.ts';
import { timeRows } from '../../../scripts/lib/bench/report.ts';
import type { BrowserRun } from '../../../scripts/lib/bench/run.ts';

const load = (taskMs: number) => ({ taskMs, scriptMs: 1, loadMs: 100 });
const trace = (extensionMs: number, longestTaskMs: number, tasks: ExtensionTrace['tasks'] = []): ExtensionTrace => ({ extensionMs, longestTaskMs, tasks });

function framesRows(traces: ExtensionTrace[]) {
  const run: BrowserRun = {
    kind: 'chromium',
    version: 'test',
    rounds: 3,
    frames: { with: [load(1000), load(1000), load(1000)], without: [load(900), load(1000), load(1100)] },
    traces: { frames: traces },
  };
  return timeRows([run]).filter((r) => r.metric.includes('traced'));
}

describe('bench report: traced rows', () => {
  it("takes the median of the traced loads as the extension's time, and the worst load's longest task", () => {
    const [time, longest] = framesRows([trace(30, 12), trace(10, 55), trace(18, 9)]);
    expect(time).toMatchObject({ with: 18, added: { unit: '%' }, ok: true });
    expect(time!.added!.value).toBeCloseTo(1.8);
    expect(time!.metric).toContain('median of 3 traced loads');
    expect(longest).toMatchObject({ with: 55, ok: false });
  });

  it('counts the tasks the extension took over 50 ms, not those long without it', () => {
    const made = [{ taskMs: 60, extensionMs: 20 }];
    const longAnyway = [{ taskMs: 120, extensionMs: 20 }];
    const short = [{ taskMs: 45, extensionMs: 30 }];
    expect(framesRows([trace(20, 20, made), trace(20, 20, short)])[2]).toMatchObject({ with: 1, ok: false });
    expect(framesRows([trace(20, 20, longAnyway), trace(20, 20, short)])[2]).toMatchObject({ with: 0, ok: true });
    // The budget applies its own limit, scaled by how slow the machine is.
    expect(longTasksCaused({ tasks: made }, 90)).toBe(0);
  });

  it('holds the median to the target', () => {
    const [time] = framesRows([trace(25, 25), trace(21, 21), trace(10, 10)]);
    expect(time).toMatchObject({ with: 21, ok: false });
  });
});

describe('bench report: the ordinary page', () => {
  it('holds the story page to the 2% target by its traced share', () => {
    const run: BrowserRun = {
      kind: 'chromium',
      version: 'test',
      rounds: 3,
      page: { with: [load(130), load(130), load(130)], without: [load(100), load(100), load(100)] },
      traces: { page: [trace(2, 2), trace(1.5, 2), trace(12, 12)] },
    };
    const rows = timeRows([run]).filter((r) => r.page.includes('story page'));
    expect(rows.map((r) => r.metric)).toEqual(expect.arrayContaining(['script time (ms)', 'main-thread time (ms)']));
    const share = rows.find((r) => r.metric.includes('traced'))!;
    expect(share).toMatchObject({ with: 2, ok: true, target: '≤ 2%' });
    expect(rows.find((r) => r.metric === 'main-thread time (ms)')).toMatchObject({ ok: false });
  });
});
