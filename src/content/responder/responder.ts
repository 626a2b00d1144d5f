import { anchorsByProvider, combine, createReader, readConsentPane, type Detection, type Finding } from '../../detect/index.ts';
import { CATALOG, providerById } from '../../providers/catalog/index.ts';
import { ext } from '../../shared/browser.ts';
import { request } from '../../shared/messaging.ts';
import type { FrameView, Push } from '../../shared/protocol.ts';
import type { Responder } from '../../shared/responder-contract.ts';
import { provisionalView } from '../../shared/verdicts.ts';
import type { WarningUi } from '../../shared/warning-contract.ts';
import { setBlockedAnchors } from './click-guard.ts';
import { Warnings } from './warnings.ts';

/** A provider's consent pane fills in as the person goes; re-read at most this often. */
const CONSENT_MS = 150;

/**
 * The frame's second half, loaded once the content script has found something: works out what the
 * findings mean (combine), tells the background, and applies the tab's view (warnings, blocked
 * prompts). In a provider's own widget frame it also reads what the consent pane lists.
 */
export function createResponder(ui: WarningUi): Responder {
  const doc = Math.random().toString(36).slice(2);
  const isTop = window.top === window;
  const warnings = new Warnings(ui);
  const read = createReader(CATALOG);
  /** What the content script found, read (labels and forms matched against the phrasebooks). */
  let findings: readonly Finding[] = [];
  let consent: Finding | null = null;
  let consentWatch: MutationObserver | undefined;
  let local: Detection[] = [];
  let sent = '[]';
  /** The background's answer to the last report, or a push: the tab's view, merged across its frames. */
  let view: FrameView | undefined;
  // Asked as the responder loads, while the content script hands over its findings: the first warning
  // is drawn from these before the background has filed the report, and redrawn from its answer.
  const early = request('site/decisions', {}).catch(() => undefined);

  // A provider's own widget frame only reports; the page that embeds it shows the warning.
  const showsWarningFor = (d: Detection) =>
    local.some((l) => l.provider === d.provider && (isTop || l.evidence.some((e) => e.signal !== 'page-url' && e.signal !== 'consent-pane')));

  const apply = (next: FrameView, final = true) => {
    if (final) view = next;
    const anchors = anchorsByProvider(findings);
    const blocked = new Set<Element>();
    for (const d of local) if (next.verdicts[d.provider] === 'block') for (const a of anchors.get(d.provider) ?? []) blocked.add(a);
    setBlockedAnchors(blocked);
    warnings.render(next, anchors, showsWarningFor);
  };

  ext.runtime.onMessage.addListener((message: unknown) => {
    const push = message as Push;
    if (push?.type === 'view/changed' && local.length) apply(push.view);
    return undefined;
  });

  const recompute = () => {
    local = combine(consent ? [...findings, consent] : findings, providerById);
    const json = JSON.stringify(local);
    if (json === sent) {
      if (view) apply(view); // same detections, maybe new anchors
      return;
    }
    sent = json;
    if (!view) void early.then((decided) => decided?.site && !view && apply(provisionalView(local, decided), false));
    request('frame/report', { doc, url: location.href, detections: local }).then(apply, console.error);
  };

  /** In the provider's own frame (its URL says so), what its pane lists makes the detection exact. */
  const readConsent = (): boolean => {
    const widget = findings.find((f) => f.signal === 'page-url' && f.provider)?.provider;
    const provider = widget ? providerById(widget) : undefined;
    let next: Finding | null = null;
    try {
      next = provider ? readConsentPane(document, provider) : null;
    } catch (error) {
      console.error('ShareGuard: reading the consent pane failed', error);
    }
    const changed = next?.detail !== consent?.detail;
    consent = next;
    if (provider && !consentWatch) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      consentWatch = new MutationObserver(() => {
        timer ??= setTimeout(() => {
          timer = undefined;
          if (readConsent()) recompute();
        }, CONSENT_MS);
      });
      consentWatch.observe(document, { childList: true, subtree: true, characterData: true });
    }
    return changed;
  };

  return {
    update(next) {
      findings = read(next, location.href);
      readConsent();
      recompute();
    },
  };
}
