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
      // than the same object literal (it has no use for tree-shaking then). An object is parsed section
      // by section, each when first read: a page that needs only the URL rules parses only those.
      // Template literals, as they need no escaping of JSON's quotes.
      const json = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : `JSON.parse(\`${templateText(JSON.stringify(value))}\`)`);
      const literal = (value: unknown) => {
        if (!module.parse) return JSON.stringify(value);
        if (!isPlainObject(value)) return json(value);
        const texts = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: \`${templateText(JSON.stringify(v))}\``);
        return `(() => { const texts = { ${texts.join(', ')} }; return new Proxy({}, { get: (cache, key) => (cache[key] ??= JSON.parse(texts[key])) }); })()`;
      };
      return Object.entries(exports)
        .map(([name, value]) => `export const ${name} = ${literal(value)};`)
        .join('\n');
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as the body of a template literal that evaluates to it. */
function templateText(text: string): string {
  return text.replace(/[\\`]|\$\{/g, (m) => `\\${m}`);
}
