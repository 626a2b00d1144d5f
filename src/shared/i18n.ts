import { categoryMessageKey, type CategoryId, type Risk } from '../providers/categories.ts';
import { ext } from './browser.ts';

/** A UI string from _locales; the key itself if it is missing, so a gap shows instead of a blank. */
export function t(key: string, ...substitutions: string[]): string {
  return ext.i18n.getMessage(key, substitutions) || key;
}

export const categoryLabel = (id: CategoryId) => t(categoryMessageKey(id));
export const categoryWhy = (id: CategoryId) => t(`${categoryMessageKey(id)}_why`);
export const riskLabel = (risk: Risk) => t(`risk_${risk}`);
