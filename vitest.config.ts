import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The end-to-end tests spawn the bundled action; two cores are all a runner has.
    maxWorkers: 2,
  },
})
