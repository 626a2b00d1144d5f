import type { Detection } from '../detect/types.ts';
import type { Verdict } from './schemas.ts';

/** How the responder drives the in-page warning UI (src/ui/warning), which ships in the same bundle. */
export interface WarningProps {
  detection: Detection;
  /** The site a decision applies to. */
  site: string;
  verdict: Verdict | undefined;
  /** What the warning sits next to; null places it in the corner of the frame. */
  anchor: Element | null;
  onDecide(verdict: Verdict): void;
  onDismiss(): void;
}

export interface WarningUi {
  show(key: string, props: WarningProps): void;
  hide(key: string): void;
}
