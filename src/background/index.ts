import { ext, type MessageSender } from '../shared/browser.ts';
import type { FrameView, Push } from '../shared/protocol.ts';
import { CONTENT_GLOBAL, type ContentHost } from '../shared/content-contract.ts';
import { siteOf } from '../shared/site.ts';
import { isActive } from '../shared/verdicts.ts';
import { showBadge } from './badge.ts';
import { syncBlockRules } from './dnr-sync.ts';
import { listen, type Handlers } from './router.ts';
import { loadSettings, setDecision, watchSettings } from './settings-store.ts';
import { getTab, updateTab, withFrameReport } from './tab-state.ts';
import { childFrames } from './child-frames.ts';
import { tabView } from './view.ts';

/** Background entry: wires events to small modules. Listeners are added synchronously, as MV3 requires. */

async function viewOf(tabId: number, tabUrl: string): Promise<FrameView> {
  return tabView(await getTab(tabId), tabUrl, await loadSettings(), Date.now());
}

/** Tells every frame of the tab what changed; a tab without our content script just doesn't answer. */
async function publish(tabId: number, view: FrameView): Promise<void> {
  await showBadge(tabId, view).catch(() => undefined);
  const push: Push = { type: 'view/changed', view };
  await ext.tabs.sendMessage(tabId, push).catch(() => undefined);
}

async function republishAll(): Promise<void> {
  const all = await ext.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = Number(key.slice('tab:'.length));
    if (!key.startsWith('tab:') || !Number.isSafeInteger(tabId)) continue;
    const tab = await ext.tabs.get(tabId).catch(() => undefined);
    if (tab?.url) await publish(tabId, await viewOf(tabId, tab.url));
  }
}

/** Loads one of our scripts into frames of the sender's tab (the router has checked the sender is our content script). */
async function injectInto(sender: MessageSender, frameIds: number[], ...files: string[]): Promise<{ ok: boolean }> {
  if (frameIds.length) await ext.scripting.executeScript({ target: { tabId: sender.tab!.id!, frameIds }, files });
  return { ok: frameIds.length > 0 };
}

const handlers: Handlers = {
  async 'frame/report'(report, sender) {
    const tabId = sender.tab!.id!;
    const tabUrl = sender.tab!.url ?? report.url;
    const rec = await updateTab(tabId, (r) => withFrameReport(r, tabUrl, sender.frameId!, report));
    const view = tabView(rec, tabUrl, await loadSettings(), Date.now());
    // The reporting frame warns from this answer: the badge and the tab's other frames follow.
    void publish(tabId, view);
    return view;
  },
  async 'frame/wake'({ url, frameId }, sender) {
    const frames = frameId !== undefined && frameId >= 0 ? [frameId] : await childFrames(sender.tab!.id!, sender.frameId!, url);
    // provider-page.js too: the frame may be a provider's whose own scripts (the manifest's) have not
    // run yet, and whichever content.js runs first is the frame's (see src/content/page-address.ts).
    return injectInto(sender, frames, 'provider-page.js', 'content.js');
  },
  // The responder first: it is in place by the time the scanner's first findings look for it.
  'scanner/load': ({ responder }, sender) => injectInto(sender, [sender.frameId!], ...(responder ? ['responder.js'] : []), 'scanner.js'),
  'responder/load': (_payload, sender) => injectInto(sender, [sender.frameId!], 'responder.js'),
  async 'site/decisions'(_payload, sender) {
    const site = siteOf(sender.tab!.url ?? '');
    const now = Date.now();
    return { site, decisions: (await loadSettings()).decisions.filter((d) => d.site === site && isActive(d, now)) };
  },
  async 'decision/here'({ provider, verdict }, sender) {
    const tabId = sender.tab!.id!;
    const view = await viewOf(tabId, sender.tab!.url ?? '');
    const site = view.sites[provider];
    if (!site) throw new Error(`no ${provider} prompt in this tab`);
    await setDecision(site, provider, verdict, syncBlockRules);
    return viewOf(tabId, sender.tab!.url ?? '');
  },
  async 'tab/get'({ tabId }) {
    const tab = await ext.tabs.get(tabId).catch(() => undefined);
    if (!tab?.url) return null;
    const view = await viewOf(tabId, tab.url);
    const settings = await loadSettings();
    const decisions = settings.decisions.filter((d) => d.site === view.site || Object.values(view.sites).includes(d.site));
    return { ...view, tabId, url: tab.url, decisions };
  },
  async 'tab/look'({ tabId }) {
    // The top frame's: frames are read whole as they wake. The function runs in the content script's
    // world, where content.js left the look (a page that does not run it has none: nothing happens).
    const done = await ext.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, func: (key: typeof CONTENT_GLOBAL) => void (globalThis as ContentHost)[key]?.(), args: [CONTENT_GLOBAL] })
      .then(() => true, () => false);
    return { ok: done };
  },
  async 'decision/set'({ site, provider, verdict, clear }) {
    await setDecision(site, provider, clear ? undefined : verdict, syncBlockRules);
    return { ok: true };
  },
  async 'decisions/list'() {
    return (await loadSettings()).decisions;
  },
};

listen(handlers);

// Decisions changed (here, in the options page, by an import): rules first, then every open tab's view.
watchSettings(() => {
  void loadSettings()
    .then(syncBlockRules)
    .then(republishAll)
    .catch((e) => console.error('ShareGuard: applying decisions failed', e));
});

ext.tabs.onUpdated.addListener((tabId, change) => {
  // A new document (or, in Chromium, a pushState route) starts: what the tab showed is gone. A reload
  // comes without a url, so any 'loading' counts; frames whose prompts remain report them again.
  if (change.status !== 'loading') return;
  void updateTab(tabId, () => undefined);
  void ext.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
});
ext.tabs.onRemoved.addListener((tabId) => void updateTab(tabId, () => undefined));

// Install, update and browser start: make the rules match the stored decisions (and repair them if damaged).
ext.runtime.onInstalled.addListener(() => void loadSettings().then(syncBlockRules));
ext.runtime.onStartup.addListener(() => void loadSettings().then(syncBlockRules));
