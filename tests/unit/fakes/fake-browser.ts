// An in-memory stand-in for the slice of the extension API ShareGuard uses. Tests swap it in for
// src/shared/browser.ts with vi.mock; it keeps state across calls like the real thing does.
import { readFileSync } from 'node:fs';

type Listener<A extends unknown[]> = (...args: A) => unknown;

class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<Listener<A>>();
  addListener(l: Listener<A>) {
    this.listeners.add(l);
  }
  removeListener(l: Listener<A>) {
    this.listeners.delete(l);
  }
  hasListener(l: Listener<A>) {
    return this.listeners.has(l);
  }
  /** Calls every listener; returns their results (the router answers with a promise). */
  emit(...args: A): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

const onChanged = new FakeEvent<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>();

function storageArea(name: string) {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | null) {
      const copy = structuredClone(data);
      if (keys === null || keys === undefined) return copy;
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in copy).map((k) => [k, copy[k]]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      onChanged.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
    async clear() {
      data = {};
    },
  };
}

const messages = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

let dynamicRules: unknown[] = [];
const badges = new Map<number, string>();

export const fakeBrowser = {
  runtime: {
    id: 'shareguard-test',
    getURL: (path: string) => `chrome-extension://shareguard-test/${path}`,
    onMessage: new FakeEvent<[unknown, unknown]>(),
    onInstalled: new FakeEvent<[]>(),
    onStartup: new FakeEvent<[]>(),
    sendMessage: async (_message: unknown) => undefined as unknown,
  },
  storage: { local: storageArea('local'), session: storageArea('session'), onChanged },
  declarativeNetRequest: {
    async getDynamicRules() {
      return structuredClone(dynamicRules);
    },
    async updateDynamicRules({ removeRuleIds, addRules }: { removeRuleIds: number[]; addRules: { id: number }[] }) {
      dynamicRules = [...dynamicRules.filter((r) => !removeRuleIds.includes((r as { id: number }).id)), ...addRules];
    },
  },
  action: {
    async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
      badges.set(tabId, text);
    },
    async setBadgeBackgroundColor() {},
    async getBadgeText({ tabId }: { tabId: number }) {
      return badges.get(tabId) ?? '';
    },
  },
  tabs: {
    onUpdated: new FakeEvent<[number, { status?: string; url?: string }]>(),
    onRemoved: new FakeEvent<[number]>(),
    sent: [] as { tabId: number; message: unknown }[],
    known: new Map<number, { id: number; url: string }>(),
    async get(tabId: number) {
      const tab = fakeBrowser.tabs.known.get(tabId);
      if (!tab) throw new Error(`no tab ${tabId}`);
      return tab;
    },
    async sendMessage(tabId: number, message: unknown) {
      fakeBrowser.tabs.sent.push({ tabId, message });
    },
    async query() {
      return [...fakeBrowser.tabs.known.values()];
    },
  },
  scripting: {
    injected: [] as unknown[],
    async executeScript(details: unknown) {
      fakeBrowser.scripting.injected.push(details);
      return [];
    },
  },
  webNavigation: {
    /** The tab's frames, as Chrome's webNavigation lists them. */
    frames: [] as { frameId: number; parentFrameId: number; url: string }[],
    async getAllFrames() {
      return fakeBrowser.webNavigation.frames;
    },
  },
  i18n: {
    getMessage(key: string, subs: string[] = []) {
      const entry = messages[key];
      if (!entry) return '';
      let text = entry.message;
      for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
        const value = subs[Number(content.slice(1)) - 1] ?? '';
        text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), value);
      }
      return text;
    },
  },
};

export async function resetFakeBrowser(): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
  dynamicRules = [];
  badges.clear();
  fakeBrowser.tabs.sent.length = 0;
  fakeBrowser.tabs.known.clear();
  fakeBrowser.scripting.injected.length = 0;
  fakeBrowser.webNavigation.frames = [];
}
