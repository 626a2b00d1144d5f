// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isProviderPage } from '../../../src/content/page-address.ts';
import { PageWatcher } from '../../../src/content/page-watcher.ts';
import type { Scanner } from '../../../src/detect/index.ts';
import { SIEVE } from '../../../src/detect/sieve-plan.ts';
import { scanner } from '../detect/helpers.ts';

globalThis.requestIdleCallback ??= () => 0;

/** Starts a watcher over the current document; returns the addresses it asked the scanner about. */
async function addressesChecked(checkAddress?: boolean): Promise<string[]> {
  const asked: string[] = [];
  const counting: Scanner = { ...scanner, scanUrl: (url) => (asked.push(url), scanner.scanUrl(url)) };
  new PageWatcher({ scanner: async () => counting, sieve: SIEVE, checkAddress, onChange: () => undefined, onFrameApproach: () => undefined }).start();
  await new Promise((r) => setTimeout(r, 0));
  return asked;
}

describe("the document's own address", () => {
  it('is checked by default', async () => {
    expect(await addressesChecked()).toEqual([location.href]);
  });

  it('is not checked where the manifest says the page is no provider’s', async () => {
    expect(await addressesChecked(false)).toEqual([]);
  });

  it("is a provider's page only once provider-page.js has run in this world", async () => {
    expect(isProviderPage()).toBe(false);
    await import('../../../src/content/provider-page.ts');
    expect(isProviderPage()).toBe(true);
  });
});
