/**
 * `npm test`: every check CI runs, in order, each a step that must pass. Vitest steps write JSON
 * reports, so the last line counts the tests that ran in all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  /** Where a vitest step writes its JSON report. */
  report?: string;
}

const vitest = (name: string, args: string[]): Step => ({
  name,
  cmd: ['npx', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=artifacts/${name}.json`],
  report: `artifacts/${name}.json`,
});

const steps: Step[] = [
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  vitest('unit', ['--project', 'unit']),
  { name: 'build', cmd: ['npx', 'tsx', 'scripts/build.ts'] },
  { name: 'web-ext lint', cmd: ['npx', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--warnings-as-errors', '--output', 'text'] },
  { name: 'eval', cmd: ['npx', 'tsx', 'scripts/eval.ts'] },
  { name: 'budget', cmd: ['npx', 'tsx', 'scripts/budget.ts'] },
  vitest('e2e', ['--config', 'vitest.e2e.config.ts']),
];

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
const results: string[] = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (!ok) {
    // A failed step without test counts still has to show in the total.
    if (!step.report) failed += 1;
    break;
  }
}
console.log(`\n${results.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => r.startsWith('FAIL')) ? 1 : 0);
