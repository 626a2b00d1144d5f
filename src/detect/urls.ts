import { parseUrl } from './url-rules.ts';

const REQUESTER_PARAMS = ['redirect_uri', 'redirect_url', 'return_to'];
/** Written out in code, JSON-escaped slashes too ("https:\/\/…", "\u0026"). */
const URL_IN_CODE = /https?:(?:\/\/|\\\/\\\/)[^\s'"`)<>]+/g;
/** A quoted site path in code: location.href = '/auth/google'. */
const PATH_IN_CODE = /['"](\/(?!\/)[^'"\s<>]{1,300})['"]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The host a raw URL names, read without parsing it: '' for a relative URL (the page's own host),
 * null for what is not an http(s) URL at all (javascript:, mailto:, data:).
 */
export function hostOfRaw(raw: string): string | null {
  const first = raw.charCodeAt(0);
  // The common cases first: '/path', '#x', '?q' (relative), 'https://…'.
  if (first === 47 /* / */ && raw.charCodeAt(1) !== 47) return '';
  if (first === 35 /* # */ || first === 63 /* ? */) return '';
  let rest: string;
  if (raw.startsWith('https://')) rest = raw.slice(8);
  else if (raw.startsWith('http://')) rest = raw.slice(7);
  else if (raw.startsWith('//')) rest = raw.slice(2);
  else {
    const s = raw.trimStart();
    const scheme = SCHEME.exec(s);
    if (!scheme) return ''; // relative ('page.html')
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return null; // mailto:, javascript:, data:
    rest = s.slice(scheme[0].length).replace(/^[/\\]+/, '');
  }
  let end = 0;
  while (end < rest.length) {
    const c = rest.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35 || c === 92) break; // / ? # \
    end++;
  }
  let host = rest.slice(0, end);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  const port = host.lastIndexOf(':');
  if (port >= 0 && !host.endsWith(']')) host = host.slice(0, port);
  return host.toLowerCase();
}

/** URLs written in code (an onclick, a javascript: link, a page script): window.open('https://…/dialog/oauth?…'). */
export function urlsInCode(code: string, max = 3): string[] {
  return urlsInCodeAt(code, max).map((u) => u.url);
}

/** The first `max` matches of a global regex in a text. */
function matchesIn(re: RegExp, text: string, max: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) out.push(m);
  return out;
}

/** The same, with where each stands in the code. */
export function urlsInCodeAt(code: string, max: number): { url: string; at: number }[] {
  return matchesIn(URL_IN_CODE, code, max).map((m) => ({ url: m[0].replaceAll('\\/', '/').replaceAll('\\u0026', '&').replace(/\\+$/, ''), at: m.index }));
}

const PARAM_IN_CODE = /[?&]([A-Za-z_][\w.[\]-]*)=|['"]?([A-Za-z_]\w*)['"]?\s*:/g;

/**
 * Parameter names code writes around a URL it builds ('…/authorize?' + params with client_id: …,
 * '&client_id=' + id): the URL's own query may not hold them yet.
 */
export function paramNamesIn(code: string): Set<string> {
  return new Set(matchesIn(PARAM_IN_CODE, code, 200).map((m) => (m[1] ?? m[2])!));
}

/** Site paths written in code (an onclick): '/auth/google' in location.href = '/auth/google'. */
export function pathsInCode(code: string, max = 3): string[] {
  return matchesIn(PATH_IN_CODE, code, max).map((m) => m[1]!);
}

/** Host of the site that asks, when the consent URL names where to return. */
export function requesterOf(url: URL): string | undefined {
  for (const p of REQUESTER_PARAMS) {
    const target = url.searchParams.get(p);
    if (!target) continue;
    const parsed = parseUrl(target);
    if (parsed && parsed.hostname !== url.hostname) return parsed.hostname;
  }
  return undefined;
}

export function shorten(href: string): string {
  return href.length > 200 ? `${href.slice(0, 199)}…` : href;
}
