/** The key decisions are stored under: the host, lower-case, without a leading "www.". '' when there is none. */
export function siteOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return '';
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
