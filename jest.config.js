/** Jest: TypeScript through ts-jest in transpile-only mode (types are checked once by `npm run typecheck`). */
const tsJest = ['ts-jest', { tsconfig: 'test/tsconfig.json', isolatedModules: true, diagnostics: false }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
