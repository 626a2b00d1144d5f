/** Bundle sizes as shipped: raw bytes and gzip -9 bytes, per script the extension loads. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

/** content.js, provider-page.js, scanner.js, responder.js, background.js, then the popup/options assets, from one browser's build. */
export async function bundleSizes(buildDir: string): Promise<BundleSize[]> {
  const assets = (await readdir(path.join(buildDir, 'assets')).catch(() => [] as string[]))
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => `assets/${f}`);
  const files = ['content.js', 'provider-page.js', 'scanner.js', 'responder.js', 'background.js', ...assets];
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(path.join(buildDir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
}
