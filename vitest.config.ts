import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'sandbox/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'entrypoints/**/*.test.ts'],
    restoreMocks: true,
  },
});
