import type { ProviderDefinition } from '../types.ts';

/**
 * Social and payment apps that ask for bank or card details on their own sites. Their flows have few
 * stable URLs, so they are mostly stand-ins: on their sites, a "Link a bank" / "Add payment method"
 * prompt is theirs, unless an aggregator (Venmo uses Plaid) is seen, which then tells more.
 */
export const paymentAppProviders: ProviderDefinition[] = [
  {
    id: 'meta-pay',
    name: 'Meta Pay',
    kind: 'bank-link',
    possible: ['card-numbers', 'account-numbers', 'payments'],
    // The upsell page; the Meta Pay hub itself is a settings page (where you remove cards).
    frames: [{ host: '*.facebook.com', path: '/facebook_pay/connect_learn_more' }],
    sites: ['facebook.com', 'messenger.com'],
    standIn: true,
    names: ['meta pay', 'facebook pay'],
    block: { domains: ['secure.facebook.com'], urlRegex: '^https://secure\\.facebook\\.com/facebook_pay/', resourceTypes: ['main_frame', 'sub_frame', 'xmlhttprequest'] },
    revokeUrl: 'https://secure.facebook.com/facebook_pay/settings',
  },
  {
    id: 'paypal-link-bank',
    name: 'PayPal',
    kind: 'bank-link',
    // "Link Bank Instantly" logs in to your bank and reads balances and transactions for 90 days.
    possible: ['bank-credentials', 'account-numbers', 'balances', 'transactions', 'offline-access'],
    frames: [{ host: 'www.paypal.com', pathPattern: '^/(\\w\\w/)?myaccount/money/banks/new' }],
    sites: ['paypal.com'],
    standIn: true,
    block: { domains: ['paypal.com'], urlRegex: '^https://www\\.paypal\\.com/(\\w\\w/)?myaccount/money/banks/new', resourceTypes: ['main_frame'] },
    revokeUrl: 'https://www.paypal.com/myaccount/money/',
    aliases: ['paypal'],
  },
  {
    id: 'venmo-link-bank',
    name: 'Venmo',
    kind: 'bank-link',
    possible: ['bank-credentials', 'account-numbers', 'balances'],
    sites: ['venmo.com'],
    standIn: true,
    block: { domains: [] },
    revokeUrl: 'https://my.plaid.com',
    aliases: ['venmo'],
  },
  {
    id: 'cash-app',
    name: 'Cash App',
    kind: 'bank-link',
    possible: ['account-numbers', 'card-numbers'],
    sites: ['cash.app'],
    standIn: true,
    block: { domains: [] },
  },
];
