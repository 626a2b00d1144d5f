import type { DetectionProvider } from '../providers/types.ts';
import type { PackedEntry } from './plan.ts';
import { alternation } from './word-sources.ts';

/**
 * SDK calls in inline page scripts. The content script cannot see the calls run, but the source text
 * of an inline <script> is in the DOM: `Plaid.create(`, `FB.login(cb, {scope: 'user_friends'})`,
 * `TellerConnect.setup({products: ['transactions']})`. Reading is bounded: data blocks (JSON) are
 * skipped, long scripts are read only in part; the code around a call goes to the responder, which
 * reads its options (call-options.ts).
 */
const MAX_SCRIPT_CHARS = 200_000;
const ARGUMENT_WINDOW = 2_000;
/** Options are often built just before the call (`var establishData = {…}; Trustly.establish(establishData)`). */
const LEAD_WINDOW = 1_500;
const IDENTIFIER_CHAR = /[\w$]/;
const CODE_TYPES = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

type SpottedCall = NonNullable<DetectionProvider['calls']>[number];

export interface CallHit {
  provider: Pick<DetectionProvider, 'id' | 'kind'>;
  rule: SpottedCall;
  /** The code just before the call (options are often built there) and its arguments, for the responder (call-options.ts). */
  lead: string;
  args: string;
}

/** The calls an inline script's text makes. */
export type CallScanner = (text: string) => CallHit[];

/** Characters to read from an inline script, 0 when it is not code (a JSON data block, a template). */
export function codeBudget(script: Element): number {
  const type = (script.getAttribute('type') ?? '').trim();
  return CODE_TYPES.test(type) ? MAX_SCRIPT_CHARS : 0;
}

/** The calls to look for, longest callee first, as the plan ships them (packEntry: see detect/plan.ts). */
export type CallPlan = PackedEntry[];

/** The catalog's calls with their provider's index in the plan, longest callee first (at build time). */
export function planCalls(catalog: readonly DetectionProvider[]): (SpottedCall & { provider: number })[] {
  const calls = catalog.flatMap((p, provider) => (p.calls ?? []).map((rule) => ({ ...rule, provider })));
  return calls.sort((a, b) => b.call.length - a.call.length);
}

/** `providers` is called the first time a script names a call: most pages never unpack them for this. */
export function callsFrom(plan: CallPlan, providers: () => readonly Pick<DetectionProvider, 'id' | 'kind'>[]): CallScanner {
  let rules: Map<string, Pick<CallHit, 'provider' | 'rule'>> | undefined;
  // A call or a construction; not a longer identifier that ends the same way (myPlaid.create): the
  // character before is checked by hand, a look-behind at every position costs more.
  let callRe: RegExp | undefined;

  return (text) => {
    const hits: CallHit[] = [];
    // Most pages' scripts call none of them: the regex is compiled for a script that names one.
    if (!plan.some(([call]) => text.includes(call))) return hits;
    if (!rules) {
      const list = providers();
      rules = new Map(
        plan.map(([call, provider, weak, implies]) => {
          const rule: SpottedCall = { call };
          if (weak) rule.weak = true;
          if (implies) rule.implies = implies;
          return [call, { provider: list[provider]!, rule }];
        }),
      );
    }
    callRe ??= new RegExp(String.raw`(${alternation(plan.map(([call]) => call))})\s*\(`, 'g');
    callRe.lastIndex = 0;
    for (let m = callRe.exec(text); m; m = callRe.exec(text)) {
      const known = rules.get(m[1]!);
      if (!known || (m.index > 0 && IDENTIFIER_CHAR.test(text[m.index - 1]!))) continue;
      const after = m.index + m[0].length;
      hits.push({ ...known, lead: text.slice(Math.max(0, m.index - LEAD_WINDOW), m.index), args: text.slice(after, after + ARGUMENT_WINDOW) });
      if (hits.length >= 20) break;
    }
    return hits;
  };
}

