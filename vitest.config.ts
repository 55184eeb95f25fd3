import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The end-to-end tests spawn the bundled action; two cores are all a runner has.
    maxWorkers: 2,
    server: {
      deps: {
        // Bundled by vite rather than loaded by Node, so that a test's mock of @actions/core
        // reaches it: the search tests compare against its walk, which logs each of its
        // options as a `::debug::` command on stdout.
        inline: ['@actions/glob'],
      },
    },
  },
})
