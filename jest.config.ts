/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only: `npm run typecheck` is the type gate, so tests stay fast.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  moduleNameMapper: { '^@kit$': '<rootDir>/src/kit/index.ts', '^@spec$': '<rootDir>/src/spec/index.ts' },
  // Kata suites run their exploration in worker threads with their own watchdog, and judge a fixed number of
  // schedules whatever the time: a slow but correct learner solution (polling) may take a minute or two.
  testTimeout: 600_000,
};

export default config;
