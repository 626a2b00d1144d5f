// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isProviderPage } from '../../../src/content/page-address.ts';
import { PageWatcher } from '../../../src/content/page-watcher.ts';
import type { Scanner } from '../../../src/detect/index.ts';
import { scanner } from '../detect/helpers.ts';

globalThis.requestIdleCallback ??= () => 0;

/** Starts a watcher over the current document; returns the addresses it asked the scanner about. */
function addressesChecked(checkAddress?: boolean): string[] {
  const asked: string[] = [];
  const counting: Scanner = { ...scanner, scanUrl: (url) => (asked.push(url), scanner.scanUrl(url)) };
  new PageWatcher({ scanner: counting, checkAddress, onChange: () => undefined, onFrameApproach: () => undefined }).start();
  return asked;
}

describe("the document's own address", () => {
  it('is checked by default', () => {
    expect(addressesChecked()).toEqual([location.href]);
  });

  it('is not checked where the manifest says the page is no provider’s', () => {
    expect(addressesChecked(false)).toEqual([]);
  });

  it("is a provider's page only once provider-page.js has run in this world", async () => {
    expect(isProviderPage()).toBe(false);
    await import('../../../src/content/provider-page.ts');
    expect(isProviderPage()).toBe(true);
  });
});
