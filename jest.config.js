/** Jest: one project for Node (domain, workbook, CLI, integration), one for Chromium e2e (test/e2e), one for the DOM (React components). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];

/** @type {import('jest').Config} */
module.exports = {
  // CI has 2 cores and runs LibreOffice and Chromium beside these: exceljs round trips can pass 5 s there.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // Chromium end-to-end tests (docs/e2e.md). globalSetup builds dist/ once per run, only when one is selected.
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/jest-setup.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
  ],
};
