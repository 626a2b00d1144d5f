import type { CategoryId, Risk } from '../providers/categories.ts';
import type { PromptKind } from '../providers/types.ts';

/** Where a finding came from; shown to people as "why this warning". */
export type Signal = 'page-url' | 'script' | 'frame' | 'link' | 'form' | 'markup' | 'text' | 'consent-pane';

export interface Evidence {
  signal: Signal;
  /** A URL, selector or the text that matched, short. */
  detail: string;
}

/** One clue in one document. `provider` is null for a cue that names no provider (a "Link your bank" button). */
export interface Finding extends Evidence {
  provider: string | null;
  kind: PromptKind;
  /** Scope / product identifiers read from a URL, markup or an SDK call, as written (by the responder). */
  scopes?: string[];
  /** An authorize URL the finding came from, for the responder to read its scopes and who asks. */
  url?: string;
  /** The page script around a URL it builds ('…/authorize?' + params): its parameters may stand there. */
  code?: string;
  /** An SDK call the finding came from, and the code around it, for the responder to read its options. */
  call?: { name: string; lead: string; args: string };
  /** Categories read from a consent pane that lists them. */
  categories?: CategoryId[];
  /** Host of the site that asks, when the URL names it (an OAuth redirect_uri). */
  requester?: string;
  /**
   * For a provider-less finding: the stand-in provider it names when no real provider of its flow is
   * seen ('bank-link-prompt', or 'paypal-link-bank' on paypal.com).
   */
  fallback?: string;
  /** A signature that also serves other purposes: it counts only next to a prompt of the same flow. */
  weak?: boolean;
  /**
   * Spotted by the content script, read by the responder (read.ts): a label or a form whose words
   * decide what it is. Such a finding never leaves the frame.
   */
  unread?: { label: true } | { form: true; context: string; password: boolean };
  /**
   * The element the clue was read from. When it is clickable it is what a person would click: the
   * warning sits next to it and a block disables it.
   */
  anchor?: Element;
}

/** What one provider would get through prompts in one document (or, merged, in one tab). Serialisable. */
export interface Detection {
  provider: string;
  kind: PromptKind;
  categories: CategoryId[];
  /** 'requested': read from the scopes or the consent pane. 'possible': what the provider can hand over. */
  certainty: 'requested' | 'possible';
  risk: Risk;
  scopes: string[];
  requester?: string;
  evidence: Evidence[];
}
