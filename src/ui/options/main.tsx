import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';
import { request } from '../../shared/messaging.ts';
import type { Decision } from '../../shared/schemas.ts';
import { providerName } from '../components/DetectionDetails.tsx';
import { BASE_CSS } from '../components/styles.ts';

/** Options shell: every decision, with a way to forget it. Import/export and the rest come later. */
function Options() {
  const [decisions, setDecisions] = useState<Decision[]>([]);
  useEffect(() => {
    const load = () => void request('decisions/list', {}).then(setDecisions);
    load();
    ext.storage.onChanged.addListener(load);
    return () => ext.storage.onChanged.removeListener(load);
  }, []);
  return (
    <main class="sg" style={{ padding: '16px', maxWidth: '720px' }}>
      <style>{BASE_CSS}</style>
      <h1>{t('options_title')}</h1>
      <h2>{t('options_decisions')}</h2>
      {decisions.length === 0 && <p>{t('options_none')}</p>}
      <table>
        <tbody>
          {decisions.map((d) => (
            <tr key={`${d.site} ${d.provider}`} data-site={d.site} data-provider={d.provider} data-verdict={d.verdict}>
              <td>{d.site}</td>
              <td>{providerName(d.provider)}</td>
              <td>{t(`decision_${d.verdict}`)}</td>
              <td>
                <button onClick={() => void request('decision/set', { site: d.site, provider: d.provider, clear: true })}>
                  {t('action_undo')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
