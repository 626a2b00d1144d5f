/** What frames.js and content.js share about a page: kept apart so frames.js takes only these lines. */

/** Set on the isolated world's global once content.js runs in a frame: it runs once, frames.js asks for it once. */
export const SCANNER_RUNNING = '__shareguardContent';

/** What a person can point at or focus: what can be clicked, and fields (a bank login is typed into). */
export const APPROACHABLE = 'a,area,button,[role="button"],[role="link"],input,select,textarea';

/** A person coming near something, before any click. */
export const APPROACH_EVENTS = ['pointerover', 'focusin'] as const;
