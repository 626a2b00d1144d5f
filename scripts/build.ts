/**
 * Builds dist/chrome and dist/firefox. Vite can't emit several classic scripts from one build, so:
 * one ES-module build for the extension pages, then one single-entry IIFE build per script
 * (background, content script, responder). The code is the same for both browsers; the manifests differ.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { minify } from 'terser';
import { build, type InlineConfig, type Plugin } from 'vite';
import { PROVIDER_HOSTS } from '../src/providers/frame-hosts.ts';
import { deriveManifest, type Target } from './lib/manifest.ts';
import { precompute } from './lib/precompute.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TARGETS: Target[] = ['chrome', 'firefox'];
/** The oldest browsers the manifests accept (Firefox strict_min_version; Chrome for the APIs we use). */
const BROWSER_TARGET = ['chrome120', 'firefox140'];

/**
 * Preact's only innerHTML write serves dangerouslySetInnerHTML, which our code never uses (lint forbids
 * it). Turning it into textContent keeps `web-ext lint` clean and leaves no HTML sink in the bundles.
 */
const noInnerHtmlSink: Plugin = {
  name: 'shareguard:no-innerhtml-sink',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]preact[\\/]/.test(id)) return null;
    return code.replace(/\.innerHTML\s*=(?!=)/g, '.textContent=');
  },
};

/**
 * Terser over the minified scripts: it catches what Vite's minifier leaves (it quotes strings as the
 * JSON data does, which gzip then matches), ~200 B gzipped off the content script every page loads.
 */
const terserPass: Plugin = {
  name: 'shareguard:terser-pass',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // ES2022 as the targets run it; RegExp without new, strings joined by +: shorter, and the same
      // for the strings and regexes this code makes. Not unsafe_arrows: a little smaller, but V8 then
      // ran content.js's first load on the bench article slower.
      const { code } = await minify(chunk.code, { ecma: 2022, compress: { passes: 3, unsafe: true } });
      if (code) chunk.code = code;
    }
  },
};

const common: InlineConfig = {
  configFile: false,
  plugins: [noInnerHtmlSink, precompute([{ id: resolve(ROOT, 'src/detect/scanner-plan.ts'), parse: true }, { id: resolve(ROOT, 'src/detect/sieve-plan.ts') }, { id: resolve(ROOT, 'src/providers/detection-catalog.ts'), parse: true }, { id: resolve(ROOT, 'src/detect/cue-words.ts') }, { id: resolve(ROOT, 'src/detect/lexicon.ts') }])],
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: BROWSER_TARGET, minify: true, sourcemap: false, reportCompressedSize: false },
};

const SCRIPTS = {
  background: 'src/background/index.ts',
  /** In the top frame and a provider's frames, and injected into a frame a person comes near: spots prompts. */
  content: 'src/content/index.ts',
  /** Injected into a frame whose content.js has something to read: the detection engine. */
  scanner: 'src/content/scanner.ts',
  /** Just before content.js on a provider's hosts: see src/content/page-address.ts. */
  'provider-page': 'src/content/provider-page.ts',
  /** Injected into a frame once its content script found something: reports and warns. */
  responder: 'src/content/responder/index.ts',
};

/** Builds into `<outDir>/chrome` and `<outDir>/firefox` (default dist/; benchmarks and parallel runs pass their own). */
export async function buildExtension(outDir = resolve(ROOT, 'dist')): Promise<void> {
  const STAGE = resolve(outDir, '.stage');
  await rm(outDir, { recursive: true, force: true });
  await build({
    ...common,
    root: resolve(ROOT, 'src/ui'),
    base: './',
    publicDir: resolve(ROOT, 'public'),
    build: {
      ...common.build,
      outDir: STAGE,
      emptyOutDir: true,
      modulePreload: false,
      rollupOptions: { input: { popup: resolve(ROOT, 'src/ui/popup.html'), options: resolve(ROOT, 'src/ui/options.html') } },
    },
  });
  for (const [name, entry] of Object.entries(SCRIPTS)) {
    await build({
      ...common,
      publicDir: false,
      plugins: [...(common.plugins ?? []), terserPass],
      build: {
        ...common.build,
        outDir: STAGE,
        emptyOutDir: false,
        lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: `shareguard_${name.replace(/-/g, '_')}`, fileName: () => `${name}.js` },
      },
    });
  }
  const source = JSON.parse(await readFile(resolve(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8'));
  for (const target of TARGETS) {
    const out = resolve(outDir, target);
    await mkdir(out, { recursive: true });
    await cp(STAGE, out, { recursive: true });
    await writeFile(resolve(out, 'manifest.json'), `${JSON.stringify(deriveManifest(source, target, version, PROVIDER_HOSTS), null, 2)}\n`);
  }
  await rm(STAGE, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : undefined;
  await buildExtension(outDir);
  console.log(`built ${outDir ?? 'dist'}/chrome and ${outDir ?? 'dist'}/firefox`);
}
