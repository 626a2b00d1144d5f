import { render } from 'preact';
import type { WarningProps, WarningUi } from '../../shared/warning-contract.ts';
import { BASE_CSS } from '../components/styles.ts';
import { createWarningHost, type WarningHost } from './host.ts';
import { CARD_CSS, WarningCard } from './WarningCard.tsx';

/** The in-page warnings, one host element per provider; the responder (src/content/responder) drives them. */
const hosts = new Map<string, WarningHost>();

export const warningUi: WarningUi = {
  show(key: string, props: WarningProps) {
    let h = hosts.get(key);
    if (!h) {
      h = createWarningHost();
      const style = document.createElement('style');
      style.textContent = BASE_CSS + CARD_CSS;
      h.root.append(style, document.createElement('div'));
      hosts.set(key, h);
    }
    h.host.dataset.provider = props.detection.provider;
    h.host.dataset.state = props.verdict === 'block' ? 'blocked' : 'warn';
    render(<WarningCard {...props} />, h.root.lastElementChild!);
    h.setAnchor(props.anchor);
  },
  hide(key: string) {
    const h = hosts.get(key);
    if (!h) return;
    render(null, h.root.lastElementChild!);
    h.remove();
    hosts.delete(key);
  },
};
