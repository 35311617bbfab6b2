// Only for `bench/run.mjs`: runs bench/requests.bench.ts (vitest compiles the TypeScript fake
// GitLab). Not part of the test suite: vitest.config.ts includes test/** only.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/requests.bench.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
