import type { Detection } from '../detect/types.ts';
import { detection, providerId, verdict, type Decision, type Verdict } from './schemas.ts';
import { arr, bool, int, obj, opt, str, type Check } from './validate.ts';

/**
 * The one message protocol. Each request names who may send it, checks its payload where it enters the
 * background, and types its answer. Adding a message = one entry here + one handler in the background.
 */

/** What a frame needs to know to draw its warnings: the tab's merged view for this site. */
export interface FrameView {
  /** The tab's site (host of the top page, without www.). */
  site: string;
  detections: Detection[];
  /** Per provider: the site a decision applies to. Usually `site`; on a provider's own consent page, the site that asks. */
  sites: Record<string, string>;
  verdicts: Record<string, Verdict>;
}

/** What the popup shows for one tab. */
export interface TabView extends FrameView {
  tabId: number;
  url: string;
  decisions: Decision[];
}

export const requests = {
  /** A content script's current detections for its document (the whole list, not a change). */
  'frame/report': {
    from: 'content',
    payload: obj({ doc: str(64), url: str(8192), detections: arr(detection, 64) }),
  },
  /**
   * A person came near a frame of the sender's document: load the scanner (content.js) in it. Firefox
   * names the frame (frameId: -1 where it has none), else the background finds it by its address.
   */
  'frame/wake': { from: 'content', payload: obj({ url: str(8192), frameId: opt(int) }) },
  /**
   * A content script with something to read asks for the scanner in its frame (src/content/scanner.ts);
   * with `responder` when its markup names a provider, so a likely warning waits for one injection.
   */
  'scanner/load': { from: 'content', payload: obj({ responder: opt(bool) }) },
  /** A content script that found something asks for the responder (and the warning UI) in its frame. */
  'responder/load': { from: 'content', payload: obj({}) },
  /** The responder, as it loads: the decisions in force on its tab's site, to draw its first warning by. */
  'site/decisions': { from: 'content', payload: obj({}) },
  /** In-page Block / Allow: the site is taken from the sender's tab, never from the page. */
  'decision/here': { from: 'content', payload: obj({ provider: providerId, verdict }) },
  'tab/get': { from: 'ui', payload: obj({ tabId: int }) },
  /**
   * The popup opened: the tab's page is read whole if it was not yet (its links and buttons are
   * otherwise read as a person comes near them). What it finds comes as a frame/report.
   */
  'tab/look': { from: 'ui', payload: obj({ tabId: int }) },
  'decision/set': {
    from: 'ui',
    payload: obj({ site: str(253), provider: providerId, verdict: opt(verdict), clear: opt(bool) }),
  },
  'decisions/list': { from: 'ui', payload: obj({}) },
} as const satisfies Record<string, { from: 'content' | 'ui'; payload: Check<unknown> }>;

export interface Responses {
  'frame/report': FrameView;
  'frame/wake': { ok: boolean };
  'scanner/load': { ok: boolean };
  'responder/load': { ok: boolean };
  'site/decisions': { site: string; decisions: Decision[] };
  'decision/here': FrameView;
  'tab/get': TabView | null;
  'tab/look': { ok: boolean };
  'decision/set': { ok: true };
  'decisions/list': Decision[];
}

export type RequestType = keyof typeof requests;
export type Payload<T extends RequestType> = ReturnType<(typeof requests)[T]['payload']>;
export interface Envelope<T extends RequestType = RequestType> {
  type: T;
  payload: Payload<T>;
}

/** Background → content (all frames of a tab): the tab's view changed (a decision, another frame's report). */
export interface Push {
  type: 'view/changed';
  view: FrameView;
}

export const isRequestType = (t: unknown): t is RequestType => typeof t === 'string' && Object.hasOwn(requests, t);
