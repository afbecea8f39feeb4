import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium (playwright-core) against the real API + built SPA at E2E_BASE_URL.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
