// End-to-end tests: the built extension in Debian's Chromium. One file at a time (each
// launches a browser; these machines have two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits on the extension reacting (a re-annotated page, a badge): one second, the
    // default, is too short on a loaded two-core machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
