// Real-browser e2e suite (tests/e2e/**/*.e2e.ts). Browsers are heavy on 2-core machines, so files
// and tests run strictly one at a time. SHAREGUARD_BROWSERS=chromium,firefox (the default) picks the
// browsers; a selected browser whose binary is missing fails its tests rather than skipping them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A flaky browser step should be fixed, not hidden by retries.
    retry: 0,
  },
});
