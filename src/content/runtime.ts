/**
 * The browser's own promise-based runtime, as content.js uses it. content.js runs in every top page,
 * so it takes these two calls straight from the browser and leaves the polyfill
 * (src/shared/browser.ts) to the scripts that load on demand.
 */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  /** Firefox only: the frame id of an iframe element, or -1. */
  getFrameId?(target: Element): number;
}

export function runtime(): ContentRuntime {
  const scope = globalThis as { browser?: { runtime: ContentRuntime }; chrome?: { runtime: ContentRuntime } };
  return (scope.browser ?? scope.chrome)!.runtime;
}
