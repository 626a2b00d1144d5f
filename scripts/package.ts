/** `npm run package`: builds, then zips each browser's build into artifacts/ as the stores take them. */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { buildExtension } from './build.ts';

await buildExtension();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  const out = `artifacts/${target}`;
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', out, '--overwrite-dest', '--filename', `shareguard-${target}-${version}.zip`], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  renameSync(`${out}/shareguard-${target}-${version}.zip`, `artifacts/shareguard-${target}-${version}.zip`);
  rmSync(out, { recursive: true, force: true });
  console.log(`artifacts/shareguard-${target}-${version}.zip`);
}
