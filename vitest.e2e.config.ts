// End-to-end tests: the built extension in Debian's Chromium. One file at a time (each
// launches a browser; these machines have two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
