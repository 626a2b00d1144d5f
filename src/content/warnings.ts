import type { Detection } from '../detect/types.ts';
import { request } from '../shared/messaging.ts';
import type { FrameView } from '../shared/protocol.ts';
import { WARNING_UI_GLOBAL, type WarningUi, type WarningUiHost } from '../shared/warning-contract.ts';

/**
 * Decides which warnings this frame shows and drives the warning UI, loading it the first time one is
 * needed. Low-risk prompts (a name and a picture) stay in the popup and the badge, not on the page.
 */
export class Warnings {
  private ui: Promise<WarningUi> | undefined;
  private readonly shown = new Set<string>();
  private readonly dismissed = new Set<string>();

  async render(view: FrameView, anchors: Map<string, Element[]>, mine: (d: Detection) => boolean): Promise<void> {
    const want = new Map<string, Detection>();
    for (const d of view.detections) {
      if (!mine(d) || this.dismissed.has(d.provider)) continue;
      const verdict = view.verdicts[d.provider];
      if (verdict === 'allow' || (d.risk === 'low' && verdict !== 'block')) continue;
      want.set(d.provider, d);
    }
    if (!want.size && !this.shown.size) return;
    const ui = await this.loadUi();
    for (const key of this.shown) if (!want.has(key)) ui.hide(key);
    this.shown.clear();
    for (const [provider, detection] of want) {
      this.shown.add(provider);
      ui.show(provider, {
        detection,
        site: view.sites[provider] ?? view.site,
        verdict: view.verdicts[provider],
        anchor: anchors.get(provider)?.find((a) => a.isConnected) ?? null,
        onDecide: (verdict) => void request('decision/here', { provider, verdict }).catch(console.error),
        onDismiss: () => {
          this.dismissed.add(provider);
          this.shown.delete(provider);
          ui.hide(provider);
        },
      });
    }
  }

  private loadUi(): Promise<WarningUi> {
    this.ui ??= (async () => {
      const host = globalThis as WarningUiHost;
      if (!host[WARNING_UI_GLOBAL]) await request('warning/load', {});
      const ui = host[WARNING_UI_GLOBAL];
      if (!ui) throw new Error('ShareGuard: the warning UI did not load');
      return ui;
    })();
    return this.ui;
  }
}
