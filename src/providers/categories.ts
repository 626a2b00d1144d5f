/**
 * The data-category vocabulary. Ids are part of the test contract (popup `data-categories`): add ids,
 * never rename. Wording lives in public/_locales/<lang>/messages.json as `cat_<id>` (label) and
 * `cat_<id>_why` (one plain line), so every UI language can say it; risk is an editorial rating.
 */
export const CATEGORY_RISK = {
  'bank-credentials': 'high',
  'account-numbers': 'high',
  balances: 'medium',
  transactions: 'high',
  identity: 'high',
  income: 'high',
  investments: 'medium',
  liabilities: 'medium',
  payments: 'high',
  'card-numbers': 'high',
  profile: 'low',
  email: 'medium',
  phone: 'medium',
  birthday: 'medium',
  location: 'medium',
  friends: 'high',
  contacts: 'high',
  posts: 'medium',
  photos: 'medium',
  likes: 'medium',
  messages: 'high',
  files: 'high',
  calendar: 'medium',
  publish: 'medium',
  manage: 'high',
  'offline-access': 'medium',
} as const satisfies Record<string, Risk>;

export type Risk = 'low' | 'medium' | 'high';
export type CategoryId = keyof typeof CATEGORY_RISK;

export const CATEGORY_IDS = Object.keys(CATEGORY_RISK) as CategoryId[];
const RISK_ORDER: Record<Risk, number> = { low: 0, medium: 1, high: 2 };

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.hasOwn(CATEGORY_RISK, value);
}

export function maxRisk(risks: Iterable<Risk>): Risk {
  let best: Risk = 'low';
  for (const r of risks) if (RISK_ORDER[r] > RISK_ORDER[best]) best = r;
  return best;
}

export function riskOf(categories: readonly CategoryId[]): Risk {
  return maxRisk(categories.map((c) => CATEGORY_RISK[c]));
}

/** Sorts categories riskiest first, then by vocabulary order, so every UI lists them alike. */
export function sortCategories(categories: Iterable<CategoryId>): CategoryId[] {
  const order = (c: CategoryId) => -RISK_ORDER[CATEGORY_RISK[c]] * 100 + CATEGORY_IDS.indexOf(c);
  return [...new Set(categories)].sort((a, b) => order(a) - order(b));
}

/** Message-name form of an id: chrome.i18n names allow only [A-Za-z0-9_@]. */
export const categoryMessageKey = (id: CategoryId): string => `cat_${id.replaceAll('-', '_')}`;
