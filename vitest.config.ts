import { defineConfig } from 'vitest/config';

// Generous limits: a busy 2-core machine runs the suite many times slower than an idle one. They only
// catch hangs; no test measures time (timings live in npm run bench).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
