import type { WarningProps } from '../../shared/warning-contract.ts';
import { t } from '../../shared/i18n.ts';
import { DetectionDetails, DetectionTitle, providerName } from '../components/DetectionDetails.tsx';

/** Only a person's own click counts: a page can dispatch synthetic clicks, never trusted ones. */
const trusted = (fn: () => void) => (e: Event) => {
  if (e.isTrusted) fn();
};

export function WarningCard({ detection, site, verdict, onDecide, onDismiss }: WarningProps) {
  const blocked = verdict === 'block';
  const name = providerName(detection.provider);
  return (
    <section class="sg card" role="alertdialog" aria-label={t('extName')} data-state={blocked ? 'blocked' : 'warn'}>
      <header>
        <span class="brand">ShareGuard</span>
        <button class="close" aria-label={t('warn_dismiss')} title={t('warn_dismiss')} onClick={trusted(onDismiss)}>
          ×
        </button>
      </header>
      <DetectionTitle detection={detection} site={site} />
      {blocked ? <p class="note">{t('warn_blocked', name, site)}</p> : <DetectionDetails detection={detection} site={site} />}
      <div class="actions">
        {!blocked && (
          <button class="block" onClick={trusted(() => onDecide('block'))}>
            {t('action_block')}
          </button>
        )}
        <button class="allow" onClick={trusted(() => onDecide('allow'))}>
          {t('action_allow')}
        </button>
      </div>
    </section>
  );
}

export const CARD_CSS = `
.card { background: #fff; border: 2px solid #b3261e; border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card[data-state="blocked"] { border-color: #5f6368; }
header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 4px; }
.brand { font-weight: 700; font-size: 12px; color: #b3261e; }
.close { border: 0; background: transparent; font-size: 18px; padding: 0 4px; line-height: 1; }
`;
