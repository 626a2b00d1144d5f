import type { Detection } from '../detect/types.ts';
import type { Verdict } from './schemas.ts';

/**
 * How the content script talks to the warning UI, which the background injects into the same isolated
 * world only when a frame has something to warn about (so pages without a warning never load it, and
 * nothing is web-accessible for a page to probe).
 */
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

export const WARNING_UI_GLOBAL = '__shareguardWarningUi';
export type WarningUiHost = { [WARNING_UI_GLOBAL]?: WarningUi };
