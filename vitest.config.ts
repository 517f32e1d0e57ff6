import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const browserTest = { environment: 'node', testTimeout: 60_000, hookTimeout: 90_000 } as const;

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    maxWorkers: 2,
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        // A unit test that imports modules fresh (the storage migrations) pays their first transform; with the
        // browsers running beside it on two cores that has taken over 5 s, so the limit is 20 s.
        test: { name: 'unit', environment: 'happy-dom', include: ['tests/unit/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
      },
      { test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'chromium', include: ['tests/browser/chromium/**/*.test.ts'], ...browserTest } },
      { test: { name: 'firefox', include: ['tests/browser/firefox/**/*.test.ts'], ...browserTest } },
    ],
  },
});
