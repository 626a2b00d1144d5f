// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadResponder, loadScanner } from '../../../src/content/load-injected.ts';
import { SCANNER_AWAITED, SCANNER_GLOBAL, type ScannerHost } from '../../../src/shared/content-contract.ts';
import { RESPONDER_AWAITED, RESPONDER_GLOBAL, type Responder, type ResponderHost } from '../../../src/shared/responder-contract.ts';

// responder.js's own messages (its first request, its listener) go to a background that never answers.
vi.mock('../../../src/shared/browser.ts', () => ({
  ext: { runtime: { sendMessage: () => new Promise(() => undefined), onMessage: { addListener: () => undefined } } },
}));

const host = globalThis as ResponderHost & ScannerHost & { chrome?: unknown };
const calls: string[] = [];

/** The browser's own runtime as content.js finds it; `inject` stands for the background's work. */
function fakeBrowser(inject: () => Promise<unknown>) {
  host.chrome = {
    runtime: { sendMessage: (m: { type: string; payload: unknown }) => (calls.push(m.type === 'scanner/load' ? `send ${m.type} ${JSON.stringify(m.payload)}` : `send ${m.type}`), inject()) },
    i18n: { getMessage: (key: string) => (calls.push(`message ${key}`), key) },
  };
}

afterEach(() => {
  calls.length = 0;
  delete host.chrome;
  delete host[RESPONDER_AWAITED];
  delete host[RESPONDER_GLOBAL];
  delete host[SCANNER_AWAITED];
  delete host[SCANNER_GLOBAL];
});

const responder: Responder = { update: () => undefined };

describe('loadResponder', () => {
  it('hands the responder back as it loads, before the background answers', async () => {
    fakeBrowser(() => {
      host[RESPONDER_AWAITED]?.(responder);
      return new Promise(() => undefined); // the answer is still on its way
    });
    await expect(loadResponder()).resolves.toBe(responder);
  });

  it('reads the UI messages while the background injects', async () => {
    fakeBrowser(async () => host[RESPONDER_AWAITED]?.(responder));
    await loadResponder();
    expect(calls).toEqual(['send responder/load', 'message extName']);
  });

  it('fails clearly when the background answers and no responder came', async () => {
    fakeBrowser(async () => ({ result: { ok: true } }));
    await expect(loadResponder()).rejects.toThrow('ShareGuard: no responder');
  });

  it('fails when the message does', async () => {
    fakeBrowser(() => Promise.reject(new Error('no background')));
    await expect(loadResponder()).rejects.toThrow('no background');
  });

  it('is answered by responder.js itself, once per world', async () => {
    let injections = 0;
    fakeBrowser(async () => {
      injections++;
      vi.resetModules(); // each injection runs the script again
      await import('../../../src/content/responder/index.ts');
    });
    const first = await loadResponder();
    expect(typeof first.update).toBe('function');
    expect(host[RESPONDER_GLOBAL]).toBe(first);
    await expect(loadResponder()).resolves.toBe(first); // already here: not injected again
    expect(injections).toBe(1);
  });
});

describe('loadScanner', () => {
  it('asks for scanner.js and is answered by it, once per world', async () => {
    let injections = 0;
    fakeBrowser(async () => {
      injections++;
      vi.resetModules();
      await import('../../../src/content/scanner.ts');
    });
    const first = await loadScanner(false);
    expect(calls).toEqual(['send scanner/load {}']);
    expect(first.scanUrl('https://www.facebook.com/v19.0/dialog/oauth?client_id=1').map((f) => f.provider)).toEqual(['facebook']);
    expect(host[SCANNER_GLOBAL]).toBe(first);
    await expect(loadScanner(false)).resolves.toBe(first);
    expect(injections).toBe(2);
  });

  it('fails clearly when the background answers and no scanner came', async () => {
    fakeBrowser(async () => ({ result: { ok: true } }));
    await expect(loadScanner(false)).rejects.toThrow('ShareGuard: no scanner');
  });

  it('brings the responder along when a warning is likely: the findings then need no second injection', async () => {
    fakeBrowser(async () => {
      vi.resetModules();
      await import('../../../src/content/responder/index.ts');
      await import('../../../src/content/scanner.ts');
    });
    await loadScanner(true);
    const responder = await loadResponder();
    expect(calls).toEqual(['send scanner/load {"responder":true}']);
    expect(responder).toBe(host[RESPONDER_GLOBAL]);
  });
});
