import { anchorsByProvider, combine, createScanner, type Detection, type Finding } from '../detect/index.ts';
import { CATALOG, providerById } from '../providers/catalog/index.ts';
import type { FrameView, Push } from '../shared/protocol.ts';
import { setBlockedAnchors } from './click-guard.ts';
import { PageWatcher } from './page-watcher.ts';

/**
 * Content script entry, in every frame. It stays silent on pages with nothing to warn about: no
 * message, no UI, no listener beyond the observer. What talking to the background takes (the
 * extension-API wrapper, the warning driver) is set up on the first detection: setting up the wrapper
 * alone cost every frame ~0.7 ms in Chromium. The build inlines these imports; nothing loads from a URL.
 */
const RUNNING = '__shareguardContent';
const scope = globalThis as { [RUNNING]?: boolean };

if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  const doc = Math.random().toString(36).slice(2);
  const isTop = window.top === window;
  let findings: Finding[] = [];
  let local: Detection[] = [];
  let sent = '[]';
  let view: FrameView | undefined;

  // A provider's own widget frame only reports; the page that embeds it shows the warning.
  const showsWarningFor = (d: Detection) =>
    local.some((l) => l.provider === d.provider && (isTop || l.evidence.some((e) => e.signal !== 'page-url' && e.signal !== 'consent-pane')));

  let channel: ReturnType<typeof connect> | undefined;
  // Views arrive only after a report, so the channel is open by the time apply runs.
  const apply = (next: FrameView) => {
    view = next;
    const anchors = anchorsByProvider(findings);
    const blocked = new Set<Element>();
    for (const d of local) if (next.verdicts[d.provider] === 'block') for (const a of anchors.get(d.provider) ?? []) blocked.add(a);
    setBlockedAnchors(blocked);
    void channel!.then(({ warnings }) => warnings.render(next, anchors, showsWarningFor)).catch(console.error);
  };

  /** Opens the way to the background: its replies and pushes matter only once this frame has reported. */
  async function connect() {
    const [{ ext }, { request }, { Warnings }] = await Promise.all([import('../shared/browser.ts'), import('../shared/messaging.ts'), import('./warnings.ts')]);
    ext.runtime.onMessage.addListener((message: unknown) => {
      const push = message as Push;
      if (push?.type === 'view/changed' && local.length) apply(push.view);
      return undefined;
    });
    return { request, warnings: new Warnings() };
  }

  const watcher = new PageWatcher({
    scanner: createScanner(CATALOG),
    onChange(next) {
      findings = next;
      local = combine(next, providerById);
      const json = JSON.stringify(local);
      if (json === sent) {
        if (view) apply(view); // same detections, maybe new anchors
        return;
      }
      sent = json;
      channel ??= connect();
      channel.then(({ request }) => request('frame/report', { doc, url: location.href, detections: local })).then(apply, console.error);
    },
  });

  watcher.start();
}
