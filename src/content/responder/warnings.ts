import type { Detection } from '../../detect/types.ts';
import { request } from '../../shared/messaging.ts';
import type { FrameView } from '../../shared/protocol.ts';
import type { WarningUi } from '../../shared/warning-contract.ts';

/**
 * Decides which warnings this frame shows and drives the warning UI. Low-risk prompts (a name and a
 * picture) stay in the popup and the badge, not on the page.
 */
export class Warnings {
  private readonly shown = new Set<string>();
  private readonly dismissed = new Set<string>();

  constructor(private readonly ui: WarningUi) {}

  render(view: FrameView, anchors: Map<string, Element[]>, mine: (d: Detection) => boolean): void {
    const want = new Map<string, Detection>();
    for (const d of view.detections) {
      if (!mine(d) || this.dismissed.has(d.provider)) continue;
      const verdict = view.verdicts[d.provider];
      if (verdict === 'allow' || (d.risk === 'low' && verdict !== 'block')) continue;
      want.set(d.provider, d);
    }
    for (const key of this.shown) if (!want.has(key)) this.ui.hide(key);
    this.shown.clear();
    for (const [provider, detection] of want) {
      this.shown.add(provider);
      this.ui.show(provider, {
        detection,
        site: view.sites[provider] ?? view.site,
        verdict: view.verdicts[provider],
        anchor: anchors.get(provider)?.find((a) => a.isConnected) ?? null,
        onDecide: (verdict) => void request('decision/here', { provider, verdict }).catch(console.error),
        onDismiss: () => {
          this.dismissed.add(provider);
          this.shown.delete(provider);
          this.ui.hide(provider);
        },
      });
    }
  }
}
