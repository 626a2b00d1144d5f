/**
 * The browser's own promise-based runtime, as content.js uses it. content.js runs in every top page,
 * so it takes these calls straight from the browser and leaves the polyfill (src/shared/browser.ts)
 * to the scripts that load on demand. Each is looked up when first needed: the browser builds its
 * bindings on first touch (Firefox: tens of ms), which a page with nothing to warn about never pays.
 */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  /** Firefox only: the frame id of an iframe element, or -1. */
  getFrameId?(target: Element): number;
}

interface ContentApi {
  runtime: ContentRuntime;
  i18n: { getMessage(key: string): string };
}

const api = (): ContentApi => {
  const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  return (scope.browser ?? scope.chrome)!;
};

export const runtime = (): ContentRuntime => api().runtime;

/** The first message read loads the UI language's messages (Firefox: several ms): done while waiting. */
export const loadMessages = (): unknown => api().i18n.getMessage('extName');
