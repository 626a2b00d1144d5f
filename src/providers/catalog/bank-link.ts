import type { ProviderDefinition } from '../types.ts';

/** Bank-link aggregators. Facts: shared/reference/providers.md (sources there); wording is ours. */
export const bankLinkProviders: ProviderDefinition[] = [
  {
    id: 'plaid',
    name: 'Plaid',
    kind: 'bank-link',
    // Products are chosen on Plaid's server (link token), so the page only shows what Plaid *can* hand over.
    possible: ['account-numbers', 'balances', 'transactions', 'identity', 'investments', 'liabilities', 'income'],
    scopes: {
      auth: ['account-numbers'],
      balance: ['balances'],
      transactions: ['transactions'],
      identity: ['identity'],
      investments: ['investments'],
      liabilities: ['liabilities'],
      income: ['income'],
      income_verification: ['income'],
      assets: ['balances', 'transactions', 'identity'],
      payment_initiation: ['payments'],
      deposit_switch: ['income', 'payments'],
    },
    scripts: [{ host: 'cdn.plaid.com', path: '/link/' }],
    frames: [{ host: 'cdn.plaid.com', path: '/link/' }],
    authorize: [{ host: 'cdn.plaid.com', path: '/link/', scopeParams: ['product'] }],
    selectors: ["iframe[id^='plaid-link-iframe-']", "iframe[title='Plaid Link']"],
    names: ['plaid'],
    block: { domains: ['plaid.com'] },
    revokeUrl: 'https://my.plaid.com',
  },
];
