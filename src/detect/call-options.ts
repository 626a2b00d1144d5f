import type { CallRule } from '../providers/types.ts';
import { escapeRegex } from './word-sources.ts';
import { splitScopes } from './scopes.ts';

/**
 * What an SDK call in a page script asks for, read from its options (`FB.login(cb, {scope: 'email,
 * user_friends'})`, `TellerConnect.setup({products: ['transactions']})`) or from the options object
 * built just before it. In the responder: the content script hands over the code around the call.
 */
export function callScopes(rule: CallRule, lead: string, args: string): string[] | undefined {
  return readScopes(args, rule) ?? readScopes(lead, rule, false);
}

/** The values code gives these keys (`scope: 'tweet.read users.read'`), where a script builds a consent URL. */
export function optionScopes(code: string, keys: readonly string[]): string[] | undefined {
  return readScopes(code, { call: '', scopeKeys: [...keys] }, false);
}

function readScopes(args: string, rule: CallRule, atCall = true): string[] | undefined {
  const out: string[] = [];
  let found = false;
  if (rule.firstArgIsScopes && atCall) {
    const list = literalAt(args, 0);
    if (list) {
      found = true;
      out.push(...list);
    }
  }
  for (const key of rule.scopeKeys ?? []) {
    const value = optionValue(args, key);
    if (value) {
      found = true;
      out.push(...value);
    }
  }
  for (const key of rule.flagKeys ?? []) {
    const value = optionValue(args, key);
    if (value?.[0]) {
      found = true;
      out.push(`${key}=${value[0]}`);
    }
  }
  return found ? [...new Set(out)] : undefined;
}

/** The string or list of strings written after `key:` in an options object. */
function optionValue(args: string, key: string): string[] | undefined {
  const re = new RegExp(String.raw`(?:^|[{,\s])['"]?${escapeRegex(key)}['"]?\s*:\s*`);
  const m = re.exec(args);
  return m ? literalAt(args, m.index + m[0].length) : undefined;
}

/** A string literal ('a,b' → [a, b]) or an array of string literals at `at`; undefined for anything else (a variable). */
function literalAt(text: string, at: number): string[] | undefined {
  const rest = text.slice(at, at + 1_000).trimStart();
  const quote = rest[0];
  if (quote === "'" || quote === '"' || quote === '`') {
    const end = rest.indexOf(quote, 1);
    return end > 0 ? splitScopes(rest.slice(1, end)) : undefined;
  }
  if (quote === '[') {
    const end = rest.indexOf(']');
    if (end < 0) return undefined;
    const items = [...rest.slice(1, end).matchAll(/(['"`])([^'"`]{1,200})\1/g)].map((x) => x[2]!);
    return items.length ? splitScopes(items.join(' ')) : undefined;
  }
  return undefined;
}
