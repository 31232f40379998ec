import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Tests spawn real llama-server processes and decode real images: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Finds Chromium or Chrome for the browser tests, installing Playwright's when there is none.
    globalSetup: ['tests/e2e/helpers/browser-global-setup.ts'],
  },
});
