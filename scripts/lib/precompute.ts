import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Replaces the named modules with their exported values, computed at build time, as plain literals:
 * the content script then ships data (the detection catalog) instead of the code and the larger data
 * it is derived from, and an export nobody imports is dropped (a String.raw tag is a call, which a
 * bundler must keep). Each module must export only JSON-serialisable constants.
 */
export function precompute(modules: string[]): Plugin {
  const wanted = new Set(modules);
  return {
    name: 'shareguard:precompute',
    enforce: 'pre',
    async load(id) {
      if (!wanted.has(id)) return null;
      const exports = (await import(pathToFileURL(id).href)) as Record<string, unknown>;
      return Object.entries(exports)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
    },
  };
}
