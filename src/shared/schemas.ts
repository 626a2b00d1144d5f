import { isCategoryId, type CategoryId } from '../providers/categories.ts';
import type { Detection } from '../detect/types.ts';
import { arr, int, literal, obj, opt, str, ValidationError, type Check } from './validate.ts';

const category: Check<CategoryId> = (v, path = '') => {
  if (isCategoryId(v)) return v;
  throw new ValidationError(`${path}: unknown data category`);
};

export const providerId = str(64);
export const verdict = literal('block', 'allow');
export type Verdict = 'block' | 'allow';

export const detection: Check<Detection> = obj({
  provider: providerId,
  kind: literal('bank-link', 'social-share'),
  categories: arr(category, 64),
  certainty: literal('requested', 'possible'),
  risk: literal('low', 'medium', 'high'),
  scopes: arr(str(512), 100),
  requester: opt(str(253)),
  evidence: arr(
    obj({
      signal: literal('page-url', 'script', 'frame', 'link', 'form', 'markup', 'text', 'consent-pane'),
      detail: str(400),
    }),
    16,
  ),
});

/** A person's decision for one provider on one site. `until` (ms) makes it temporary. */
export interface Decision {
  site: string;
  provider: string;
  verdict: Verdict;
  at: number;
  until?: number;
}

export const decision: Check<Decision> = obj({
  site: str(253),
  provider: providerId,
  verdict,
  at: int,
  until: opt(int),
});
