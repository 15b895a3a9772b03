import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/generators/**/*.test.ts'],
    globalSetup: ['test/support/shared-specs-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
