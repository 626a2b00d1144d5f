import type { CallRule, DetectionProvider } from '../providers/types.ts';
import { escapeRegex } from './cues.ts';
import { splitScopes } from './scopes.ts';

/**
 * SDK calls in inline page scripts. The content script cannot see the calls run, but the source text
 * of an inline <script> is in the DOM: `Plaid.create(`, `FB.login(cb, {scope: 'user_friends'})`,
 * `TellerConnect.setup({products: ['transactions']})`. Reading is bounded: data blocks (JSON) are
 * skipped, long scripts are read only in part, and the arguments only a short way past the call.
 */
const MAX_SCRIPT_CHARS = 200_000;
const ARGUMENT_WINDOW = 2_000;
/** Options are often built just before the call (`var establishData = {…}; Trustly.establish(establishData)`). */
const LEAD_WINDOW = 1_500;
const IDENTIFIER_CHAR = /[\w$]/;
const CODE_TYPES = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

export interface CallHit {
  provider: DetectionProvider;
  rule: CallRule;
  /** Scopes read from the call's arguments; undefined when none are written there. */
  scopes?: string[];
}

export interface CallScanner {
  /** Characters it will read from this script, 0 when the script is not code. */
  budget(script: Element): number;
  scan(text: string): CallHit[];
}

export function compileCalls(catalog: readonly DetectionProvider[]): CallScanner {
  const rules = new Map<string, { provider: DetectionProvider; rule: CallRule }>();
  for (const provider of catalog) for (const rule of provider.calls ?? []) rules.set(rule.call, { provider, rule });
  if (rules.size === 0) return { budget: () => 0, scan: () => [] };
  const names = [...rules.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  // A call or a construction; not a longer identifier that ends the same way (myPlaid.create): the
  // character before is checked by hand, a look-behind at every position costs more.
  const callRe = new RegExp(String.raw`(${names})\s*\(`, 'g');

  return {
    budget(script) {
      const type = (script.getAttribute('type') ?? '').trim();
      return CODE_TYPES.test(type) ? MAX_SCRIPT_CHARS : 0;
    },
    scan(text) {
      const hits: CallHit[] = [];
      callRe.lastIndex = 0;
      for (let m = callRe.exec(text); m; m = callRe.exec(text)) {
        const known = rules.get(m[1]!);
        if (!known || (m.index > 0 && IDENTIFIER_CHAR.test(text[m.index - 1]!))) continue;
        const after = m.index + m[0].length;
        const args = text.slice(after, after + ARGUMENT_WINDOW);
        const scopes = readScopes(args, known.rule) ?? readScopes(text.slice(Math.max(0, m.index - LEAD_WINDOW), m.index), known.rule, false);
        hits.push({ ...known, ...(scopes ? { scopes } : {}) });
        if (hits.length >= 20) break;
      }
      return hits;
    },
  };
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
