/**
 * npm run compare: ShareGuard's own main-thread time on the bench pages, this working tree against
 * another revision, in one Chromium, the two builds taking turns. On this kind of machine a change of
 * a millisecond or two is lost between two bench runs (the machine itself changes speed); side by
 * side, a round at a time, it shows.
 *
 *   npm run compare -- --base <git revision> [--pages page,frames,article] [--rounds 8]
 *
 * Each sample is a traced load of the page in a fresh tab (see traceExtension), right after the
 * build was installed and a warm-up page loaded. The base revision is built from a temporary git
 * worktree with this checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension } from './build.ts';
import { startFixtureServer } from './lib/fixture-server.ts';
import { launchWithExtension } from './lib/launch.ts';
import { traceExtension } from './lib/bench/chromium.ts';
import { URLS, writeBenchSites } from './lib/bench/pages.ts';
import { settle } from './lib/bench/session.ts';
import { median } from './lib/bench/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = ['article', 'page', 'frames', 'prompt'] as const;
type BenchPage = (typeof PAGES)[number];

const { values } = parseArgs({ options: { base: { type: 'string' }, pages: { type: 'string', default: 'page,frames,article' }, rounds: { type: 'string', default: '8' } } });
if (!values.base) throw new Error('compare: name the revision to compare with: --base <git revision>');
const pages = values.pages.split(',').map((p) => {
  if (!(PAGES as readonly string[]).includes(p)) throw new Error(`compare: unknown page '${p}' (use ${PAGES.join(', ')})`);
  return p as BenchPage;
});
const rounds = Number(values.rounds);
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const baseRev = git('rev-parse', '--short', values.base);

const work = await mkdtemp(path.join(os.tmpdir(), 'shareguard-compare-'));
const tree = path.join(work, 'base-tree');
try {
  log(`building ${baseRev} and this working tree`);
  git('worktree', 'add', '--detach', tree, baseRev);
  await symlink(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--out', path.join(work, 'base')], { cwd: tree, stdio: 'ignore' });
  await buildExtension(path.join(work, 'this'));
  const builds = [
    { name: baseRev, dir: path.join(work, 'base', 'chrome') },
    { name: 'this tree', dir: path.join(work, 'this', 'chrome') },
  ];
  const sitesDir = path.join(work, 'sites');
  const hosts = await writeBenchSites(sitesDir);
  const server = await startFixtureServer({ sitesDir, hosts });
  const launched = await launchWithExtension({ browser: 'chromium', extensionDir: builds[0]!.dir, server, hosts });
  const samples = new Map<string, number[]>();
  const version = await launched.browser.version();
  try {
    let id = launched.extensionId;
    for (let round = 0; round < rounds; round++) {
      log(`round ${round + 1}/${rounds}`);
      for (const build of round % 2 ? [...builds].reverse() : builds) {
        await launched.browser.uninstallExtension(id);
        id = await launched.browser.installExtension(build.dir);
        await withPage(async (page) => {
          await page.goto(URLS.warmup, { waitUntil: 'load' });
          await settle(page);
        });
        for (const name of pages) {
          const trace = await withPage((page) =>
            traceExtension(page, `chrome-extension://${id}`, async () => {
              await page.goto(URLS[name], { waitUntil: 'load' });
              await settle(page);
            }),
          );
          const key = `${name}\t${build.name}`;
          samples.set(key, [...(samples.get(key) ?? []), trace.extensionMs]);
        }
      }
    }
  } finally {
    await launched.close();
    await server.close();
  }
  console.log(`\nShareGuard's own main-thread time per load (ms, traced), median of ${rounds} rounds taking turns; ${version}.\n`);
  console.log(`| Page | ${builds.map((b) => b.name).join(' | ')} | Change |`);
  console.log('|---|---:|---:|---:|');
  for (const name of pages) {
    const [base, mine] = builds.map((b) => median(samples.get(`${name}\t${b.name}`)!));
    console.log(`| ${name} | ${base!.toFixed(1)} | ${mine!.toFixed(1)} | ${(((mine! - base!) / base!) * 100).toFixed(0)}% |`);
  }
  console.log(`\nEvery sample (ms):`);
  for (const [key, list] of samples) console.log(`  ${key.replace('\t', ', ')}: ${list.map((v) => v.toFixed(1)).join(' ')}`);

  async function withPage<T>(use: (page: import('puppeteer-core').Page) => Promise<T>): Promise<T> {
    const page = await launched.browser.newPage();
    try {
      return await use(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
} finally {
  try {
    git('worktree', 'remove', '--force', tree);
  } catch {
    // the worktree was never made
  }
  await rm(work, { recursive: true, force: true });
}

function log(line: string): void {
  process.stderr.write(`[compare ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}
