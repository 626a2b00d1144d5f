import type { Detection } from '../../detect/types.ts';
import { providerById } from '../../providers/catalog/index.ts';
import { categoryLabel, categoryWhy, riskLabel, t } from '../../shared/i18n.ts';

/** Who would get what, and why ShareGuard says so: the part the in-page warning and the popup share. */
export function providerName(id: string): string {
  return providerById(id)?.name ?? id;
}

export function DetectionTitle({ detection, site }: { detection: Detection; site: string }) {
  const key = detection.kind === 'bank-link' ? 'warn_title_bank' : 'warn_title_social';
  return (
    <div class="title">
      <span class={`risk risk-${detection.risk}`}>{riskLabel(detection.risk)}</span>
      <strong>{t(key, site, providerName(detection.provider))}</strong>
    </div>
  );
}

export function DetectionDetails({ detection, site }: { detection: Detection; site: string }) {
  const name = providerName(detection.provider);
  const revokeUrl = providerById(detection.provider)?.revokeUrl;
  return (
    <div class="details">
      <p class="lead">
        {detection.certainty === 'requested' ? t('warn_would_get_requested', site) : t('warn_would_get_possible', name, site)}
      </p>
      <ul class="categories">
        {detection.categories.map((c) => (
          <li key={c} data-category={c}>
            <strong>{categoryLabel(c)}</strong> <span class="why">{categoryWhy(c)}</span>
          </li>
        ))}
      </ul>
      <details class="evidence">
        <summary>{t('warn_why')}</summary>
        <ul>
          {detection.evidence.map((e) => (
            <li key={`${e.signal} ${e.detail}`} title={e.detail}>
              {t(`evidence_${e.signal.replace('-', '_')}`, name)}
            </li>
          ))}
        </ul>
      </details>
      {revokeUrl && (
        <a class="revoke" href={revokeUrl} target="_blank" rel="noopener noreferrer">
          {t('revoke_link', name)}
        </a>
      )}
    </div>
  );
}
