import { useEffect, useState } from 'preact/hooks';
import type { Detection } from '../../detect/types.ts';
import { ext } from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';
import { request } from '../../shared/messaging.ts';
import type { TabView } from '../../shared/protocol.ts';
import type { Verdict } from '../../shared/schemas.ts';
import { DetectionDetails, DetectionTitle } from '../components/DetectionDetails.tsx';
import { BASE_CSS } from '../components/styles.ts';

/** The tab's view, kept fresh: any change to decisions or to what the tab's frames reported reloads it. */
function useTabView(tabId: number | undefined): TabView | null | undefined {
  const [view, setView] = useState<TabView | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return setView(null);
    const load = () => void request('tab/get', { tabId }).then(setView, () => setView(null));
    load();
    // A page too big to read whole at load is read now: what it finds comes in as a change.
    void request('tab/look', { tabId }).catch(() => undefined);
    const onChange = () => load();
    ext.storage.onChanged.addListener(onChange);
    return () => ext.storage.onChanged.removeListener(onChange);
  }, [tabId]);
  return view;
}

export function Popup({ tabId }: { tabId: number | undefined }) {
  const view = useTabView(tabId);
  const [changed, setChanged] = useState(false);
  if (view === undefined) return null;
  const decide = (d: Detection, verdict: Verdict | undefined) => {
    setChanged(true);
    void request('decision/set', { site: view!.sites[d.provider] ?? view!.site, provider: d.provider, ...(verdict ? { verdict } : { clear: true }) });
  };
  return (
    <main class="sg popup">
      <style>{BASE_CSS + POPUP_CSS}</style>
      <h1>{t('popup_heading')}</h1>
      {view === null && <p>{t('popup_unavailable')}</p>}
      {view?.detections.length === 0 && <p class="empty">{t('popup_empty')}</p>}
      <ul class="detections">
        {view?.detections.map((d) => {
          const site = view.sites[d.provider] ?? view.site;
          const verdict = view.verdicts[d.provider];
          return (
            <li
              key={d.provider}
              data-detection=""
              data-provider={d.provider}
              data-kind={d.kind}
              data-categories={d.categories.join(' ')}
              data-risk={d.risk}
              data-verdict={verdict ?? ''}
            >
              <DetectionTitle detection={d} site={site} />
              {verdict && <p class={`state state-${verdict}`}>{t(`decision_${verdict}`)}</p>}
              <DetectionDetails detection={d} site={site} />
              <div class="actions">
                <button class="block" disabled={verdict === 'block'} onClick={() => decide(d, 'block')}>
                  {t('action_block')}
                </button>
                <button class="allow" disabled={verdict === 'allow'} onClick={() => decide(d, 'allow')}>
                  {t('action_allow')}
                </button>
                {verdict && (
                  <button class="forget" onClick={() => decide(d, undefined)}>
                    {t('action_undo')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {changed && <p class="hint">{t('popup_reload')}</p>}
    </main>
  );
}

const POPUP_CSS = `
.popup { width: 380px; padding: 12px; }
h1 { font-size: 16px; margin: 0 0 8px; }
.detections { list-style: none; margin: 0; padding: 0; }
.detections > li { border: 1px solid #dadce0; border-radius: 8px; padding: 10px; margin-bottom: 10px; }
.state { font-weight: 600; margin: 4px 0; }
.state-block { color: #b3261e; }
.state-allow { color: #146c2e; }
button:disabled { opacity: .5; cursor: default; }
.hint, .empty { color: #444; }
`;
