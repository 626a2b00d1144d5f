/**
 * The one door to the extension APIs. webextension-polyfill hands back the native `browser` where the
 * browser has one (Firefox, Chrome ≥ 148), so it can be dropped here later without touching callers.
 * Unit tests replace this module with an in-memory fake.
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export type MessageSender = browser.Runtime.MessageSender;
export const ext: Browser = browser;
