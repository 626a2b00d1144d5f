/**
 * npm run bench: what ShareGuard costs a page, measured in the real browsers with the extension on
 * and off, interleaved. Builds its own copy of the extension (never dist/), serves generated pages,
 * prints markdown tables for the README and writes every sample to artifacts/bench.json.
 *
 *   npm run bench -- [--rounds 5] [--browsers chromium,firefox] [--scenarios article,frames,feed,prompt] [--floor]
 *
 * --floor swaps content.js for a mutation observer that does nothing: what any watch of a page's DOM
 * from an isolated world costs before it does any work (writes artifacts/bench-floor.json).
 *
 * SHAREGUARD_BROWSERS picks the browsers too, as for the e2e suite.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension } from './build.ts';
import { startFixtureServer } from './lib/fixture-server.ts';
import { selectedBrowsers, type BrowserKind } from './lib/launch.ts';
import { writeBenchSites } from './lib/bench/pages.ts';
import { markdownTable, memoryRows, sizeRows, timeRows } from './lib/bench/report.ts';
import { ALL_SCENARIOS, runBrowser, type BrowserRun, type Scenario } from './lib/bench/run.ts';
import { bundleSizes } from './lib/bench/sizes.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** --floor's stand-in: the same file, in the same frames, doing nothing. */
const FLOOR_SCRIPTS = {
  'content.js': 'new MutationObserver(() => {}).observe(document, { childList: true, subtree: true });\n',
};
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    browsers: { type: 'string' },
    scenarios: { type: 'string', default: ALL_SCENARIOS.join(',') },
    floor: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const browsers = values.browsers ? selectedBrowsers({ SHAREGUARD_BROWSERS: values.browsers }) : selectedBrowsers();
const scenarios = values.scenarios.split(',').filter((s): s is Scenario => (ALL_SCENARIOS as string[]).includes(s));

const work = await mkdtemp(path.join(os.tmpdir(), 'shareguard-bench-'));
try {
  const buildDir = path.join(work, 'build');
  const sitesDir = path.join(work, 'sites');
  log(`building into ${buildDir}`);
  await buildExtension(buildDir);
  if (values.floor) for (const target of ['chrome', 'firefox']) for (const [file, code] of Object.entries(FLOOR_SCRIPTS)) await writeFile(path.join(buildDir, target, file), code);
  const hosts = await writeBenchSites(sitesDir);
  const server = await startFixtureServer({ sitesDir, hosts });
  const runs: BrowserRun[] = [];
  try {
    for (const kind of browsers) {
      const extensionDir = path.join(buildDir, kind === 'chromium' ? 'chrome' : 'firefox');
      runs.push(await runBrowser({ kind, extensionDir, server, hosts, rounds, scenarios, trace: true, log }));
    }
  } finally {
    await server.close();
  }
  const sizes = await bundleSizes(path.join(buildDir, 'chrome'));
  const versions = Object.fromEntries(runs.map((r) => [r.kind, r.version])) as Partial<Record<BrowserKind, string>>;
  const header = `${values.floor ? 'FLOOR (content.js only observes mutations). ' : ''}Medians of ${rounds} interleaved rounds (extension on / off in one browser), ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}; ${Object.values(versions).join(', ')}.`;
  const markdown = [
    header,
    '',
    markdownTable(timeRows(runs)),
    '',
    sizeRows(sizes),
    '',
    markdownTable(memoryRows(runs), false),
  ].join('\n');
  console.log(`\n${markdown}\n`);
  await mkdir(path.join(ROOT, 'artifacts'), { recursive: true });
  const out = path.join(ROOT, 'artifacts', values.floor ? 'bench-floor.json' : 'bench.json');
  await writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGb: os.totalmem() / 2 ** 30 }, rounds, sizes, runs, markdown }, null, 1)}\n`);
  log(`wrote ${path.relative(ROOT, out)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}
