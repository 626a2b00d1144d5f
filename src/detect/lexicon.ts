import type { CategoryId } from '../providers/categories.ts';
import type { PromptKind } from '../providers/types.ts';

/**
 * Words on buttons and in consent panes. Text is only one signal: origins, URLs and markup need no
 * language at all, so a page in a language missing here is still caught by those.
 */
export interface IntentCue {
  kind: PromptKind;
  pattern: RegExp;
}

export const INTENT_CUES: IntentCue[] = [
  {
    kind: 'bank-link',
    pattern:
      /\b(link|connect|add|verify|sync)\b[^.!?]{0,25}\b(bank|checking|savings)\b|\b(bank account|bank)\b[^.!?]{0,10}\b(link|connect)\b/i,
  },
];

/** Phrases a consent pane uses to list data, per category (matched against one list item at a time). */
export const CATEGORY_PHRASES: Partial<Record<CategoryId, RegExp>> = {
  'account-numbers': /routing|account (and|&) routing|account numbers?|\biban\b|sort code/i,
  balances: /balance/i,
  transactions: /transaction/i,
  identity: /account ?holder|owner|name, (postal )?address|contact (details|information)/i,
  income: /income|employ|paystub|payroll/i,
  investments: /investment|holdings|brokerage/i,
  liabilities: /liabilit|loans?\b|mortgage|credit card balance/i,
  friends: /friends? list|\bfriends\b/i,
  likes: /\blikes\b/i,
  photos: /photos/i,
  posts: /\bposts\b/i,
  email: /e-?mail address/i,
  birthday: /birthday|date of birth/i,
  location: /location|hometown/i,
  contacts: /contacts|address book/i,
};

/** Longest text worth reading on a clickable element; longer ones are paragraphs, not prompts. */
export const MAX_CUE_TEXT = 120;
