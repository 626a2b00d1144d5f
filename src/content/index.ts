import type { Finding } from '../detect/types.ts';
import { SIEVE } from '../detect/sieve-plan.ts';
import { CONTENT_GLOBAL, type ContentHost } from '../shared/content-contract.ts';
import type { Responder } from '../shared/responder-contract.ts';
import { loadResponder, loadScanner } from './load-injected.ts';
import { PageWatcher } from './page-watcher.ts';
import { runtime } from './runtime.ts';
import { frameAddress } from './frame-address.ts';
import { isProviderPage } from './page-address.ts';

/**
 * content.js, in the top frame, a provider's frames and any frame a person comes near (PageWatcher's
 * onFrameApproach): spots prompts and nothing more. On a page with nothing to warn about it asks the
 * engine the sieve's questions, sends no message and loads nothing. Once the page has something to
 * read (the sieve names a provider, a person comes near a link, the popup opens), the background
 * injects the scanner (src/content/scanner.ts); once that finds something, the responder
 * (src/content/responder), which works out what the findings mean, reports them and warns.
 */
const scope = globalThis as ContentHost;

if (!scope[CONTENT_GLOBAL]) {
  let responder: Promise<Responder> | undefined;
  let latest: readonly Finding[] = [];

  const watcher = new PageWatcher({
    scanner: loadScanner,
    sieve: SIEVE,
    checkAddress: isProviderPage(),
    // The runtime is looked up when first needed: Chromium builds its bindings on first touch.
    onFrameApproach(frame) {
      const rt = runtime();
      rt.sendMessage({ type: 'frame/wake', payload: frameAddress(frame, rt) }).catch(() => undefined);
    },
    onChange(findings) {
      latest = findings;
      if (!findings.length && !responder) return;
      responder ??= loadResponder();
      responder.then(
        (r) => r.update(latest),
        (error: unknown) => {
          responder = undefined; // the next change tries again
          console.error(error);
        },
      );
    },
  });
  scope[CONTENT_GLOBAL] = watcher.start();
}
