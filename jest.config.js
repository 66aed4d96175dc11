/**
 * Jest: TypeScript through ts-jest in transpile-only mode (types are checked once by `npm run typecheck`).
 * Two projects: everything in Node (as before, including the task pane's adapter, actions and the end-to-end test in
 * Chromium), and the task pane's React components in jsdom.
 */
const tsJest = ['ts-jest', { tsconfig: 'test/tsconfig.json', diagnostics: false }];
const tsxJest = ['ts-jest', { tsconfig: 'test/taskpane/tsconfig.json', diagnostics: false }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/taskpane/jsdom-setup.ts'],
      transform: { '^.+\\.tsx?$': tsxJest },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    },
  ],
};
