import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Replaces the named modules with their exported values, computed at build time, as plain literals:
 * the content script then ships data (the detection catalog) instead of the code and the larger data
 * it is derived from, and an export nobody imports is dropped (a String.raw tag is a call, which a
 * bundler must keep). Each module must export only JSON-serialisable constants.
 */
export function precompute(modules: { id: string; parse?: boolean }[]): Plugin {
  const wanted = new Map(modules.map((m) => [m.id, m]));
  return {
    name: 'shareguard:precompute',
    enforce: 'pre',
    async load(id) {
      const module = wanted.get(id);
      if (!module) return null;
      const exports = (await import(pathToFileURL(id).href)) as Record<string, unknown>;
      // `parse`: for large data used whole, JSON.parse of one string literal is faster for V8 to take in
      // than the same object literal (it has no use for tree-shaking then).
      const literal = (value: unknown) => (module.parse ? `JSON.parse(${JSON.stringify(JSON.stringify(value))})` : JSON.stringify(value));
      return Object.entries(exports)
        .map(([name, value]) => `export const ${name} = ${literal(value)};`)
        .join('\n');
    },
  };
}
