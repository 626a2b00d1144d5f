import { describe, expect, it, vi } from 'vitest';
import { framesToWake } from '../../../src/background/child-frames.ts';

// framesToWake is pure; the module's other export reaches the browser, which a unit test has not.
vi.mock('../../../src/shared/browser.ts', () => ({ ext: {} }));

const TOP = { frameId: 0, parentFrameId: -1, url: 'https://news.example/' };

describe('framesToWake', () => {
  it("picks the parent's child at the address, not a frame elsewhere at the same address", () => {
    const frames = [TOP, { frameId: 1, parentFrameId: 0, url: 'https://a.example/' }, { frameId: 2, parentFrameId: 0, url: 'https://b.example/x' }, { frameId: 3, parentFrameId: 1, url: 'https://b.example/x' }];
    expect(framesToWake(frames, 0, 'https://b.example/x#frag')).toEqual([2]);
  });

  it('finds an inline frame (no address to give) among the children at about:', () => {
    const frames = [TOP, { frameId: 1, parentFrameId: 0, url: 'https://a.example/' }, { frameId: 2, parentFrameId: 0, url: 'about:srcdoc' }];
    expect(framesToWake(frames, 0, '')).toEqual([2]);
  });

  it('wakes every child when none is at the address (a redirected frame), and the frames inside, listed in any order', () => {
    const frames = [{ frameId: 4, parentFrameId: 2, url: 'https://c.example/' }, TOP, { frameId: 2, parentFrameId: 0, url: 'https://redirected.example/' }, { frameId: 5, parentFrameId: 4, url: 'about:blank' }];
    expect(framesToWake(frames, 0, 'https://ads.example/').sort()).toEqual([2, 4, 5]);
  });

  it('wakes nothing under a frame without children', () => {
    expect(framesToWake([TOP], 0, 'https://a.example/')).toEqual([]);
  });
});
