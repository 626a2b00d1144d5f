import type { ProviderDefinition } from '../types.ts';

/**
 * Prompts with no known provider behind them, named by what they ask. They stand in only while no
 * real provider of the same flow is seen: the "Link your bank" button that opens Plaid is Plaid's.
 * Nothing to cut off on the network, so a block disables the element in the page.
 */
export const standInProviders: ProviderDefinition[] = [
  {
    id: 'bank-login-form',
    name: 'a form asking for your online-banking login',
    kind: 'bank-link',
    // Whoever holds the login sees everything; the category's own explanation says so.
    possible: ['bank-credentials'],
    asks: ['bank-credentials'],
    standIn: true,
    block: { domains: [] },
  },
  {
    id: 'bank-account-form',
    name: 'a form asking for your bank account number',
    kind: 'bank-link',
    possible: ['account-numbers'],
    asks: ['account-numbers'],
    standIn: true,
    block: { domains: [] },
  },
  {
    id: 'bank-link-prompt',
    name: 'an unnamed bank-linking service',
    kind: 'bank-link',
    // The core every aggregator hands over.
    possible: ['account-numbers', 'balances', 'transactions', 'identity'],
    standIn: true,
    generic: true,
    block: { domains: [] },
  },
  {
    id: 'contact-upload-prompt',
    name: 'your address book',
    kind: 'social-share',
    flow: 'contact-upload',
    possible: ['contacts'],
    asks: ['contacts'],
    standIn: true,
    generic: true,
    block: { domains: [] },
  },
];

/** The stand-in a provider-less prompt of each shape names, wherever no provider's site claims it. */
export const STAND_IN = {
  bankLogin: 'bank-login-form',
  bankAccount: 'bank-account-form',
  bankLink: 'bank-link-prompt',
  contactUpload: 'contact-upload-prompt',
} as const;
