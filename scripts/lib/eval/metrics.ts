// Scores eval runs per kind. A case is positive for a kind when it expects a detection of that kind.
//   recall      positive cases where the engine detects something of that kind
//   precision   of the cases where the engine detects that kind, those that expect it
//   provider    of the detected positive cases, those whose provider ids (of that kind) are exactly the expected ones
//   categories  of the expected detections found with the right provider, those whose categories are exactly the expected ones
import type { Detection } from '../../../src/detect/index.ts';
import type { EvalCase, ExpectedDetection } from './corpus.ts';

export const KINDS = ['bank-link', 'social-share'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindScore {
  kind: Kind;
  positives: number;
  recall: number;
  precision: number;
  providerAccuracy: number;
  categoryExactness: number;
}

export interface Scored {
  perKind: KindScore[];
  negatives: number;
  falsePositives: number;
  failures: { id: string; problems: string[] }[];
}

export function score(runs: { c: EvalCase; detections: Detection[]; error?: string }[]): Scored {
  const failures: Scored['failures'] = [];
  for (const { c, detections, error } of runs) {
    const problems = error ? [`engine error: ${error}`] : diff(c.expect, detections);
    if (problems.length) failures.push({ id: c.id, problems });
  }
  const perKind = KINDS.map((kind) => {
    let positives = 0, detected = 0, flagged = 0, trueFlagged = 0, providerOk = 0, catTotal = 0, catOk = 0;
    for (const { c, detections } of runs) {
      const want = c.expect.filter((e) => e.kind === kind);
      const got = detections.filter((d) => d.kind === kind);
      if (got.length) flagged++;
      if (!want.length) continue;
      positives++;
      if (!got.length) continue;
      detected++;
      trueFlagged++;
      if (sameSet(want.map((e) => e.provider), got.map((d) => d.provider))) providerOk++;
      for (const e of want) {
        const d = got.find((x) => x.provider === e.provider);
        if (!d) continue;
        catTotal++;
        if (sameSet(e.categories, d.categories)) catOk++;
      }
    }
    return {
      kind,
      positives,
      recall: ratio(detected, positives),
      precision: ratio(trueFlagged, flagged),
      providerAccuracy: ratio(providerOk, detected),
      categoryExactness: ratio(catOk, catTotal),
    };
  });
  const negativeRuns = runs.filter((r) => r.c.expect.length === 0);
  return {
    perKind,
    negatives: negativeRuns.length,
    falsePositives: negativeRuns.filter((r) => r.detections.length > 0).length,
    failures,
  };
}

function diff(expect: ExpectedDetection[], detections: Detection[]): string[] {
  const problems: string[] = [];
  for (const e of expect) {
    const d = detections.find((x) => x.provider === e.provider);
    if (!d) problems.push(`missing ${e.provider} (${e.kind})`);
    else {
      if (d.kind !== e.kind) problems.push(`${e.provider}: kind ${d.kind}, expected ${e.kind}`);
      if (!sameSet(e.categories, d.categories)) problems.push(`${e.provider}: categories [${d.categories.join(' ')}], expected [${e.categories.join(' ')}]`);
    }
  }
  for (const d of detections) {
    if (!expect.some((e) => e.provider === d.provider)) problems.push(`unexpected ${d.provider} [${d.categories.join(' ')}] from ${d.evidence.map((x) => `${x.signal}: ${x.detail}`).join(' | ')}`);
  }
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === new Set(b).size && new Set(a).size === a.length && a.every((x) => b.includes(x));
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
