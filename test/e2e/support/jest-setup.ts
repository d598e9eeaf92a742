// setupFilesAfterEnv of the Jest "e2e" project: browser tests need more than Jest's 5 s default
// (a project-level `testTimeout` in jest.config.js is not applied by Jest 30, hence this file).
jest.setTimeout(60_000);
