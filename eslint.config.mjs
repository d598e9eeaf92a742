// ESLint flat config: @eslint/js + typescript-eslint recommended + react-hooks, and Microsoft's Office.js rules
// (eslint-plugin-office-addins) on the Excel layer. `npm run lint` also runs tsc --noEmit; `npm test` runs it too.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/", "test/schemas/", "test-artifacts/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js batching rules (load before read, sync after load, no sync in a loop, isNullObject…), with the
    // TypeScript parser of typescript-eslint above. Their formatting (prettier) preset is not used.
    files: ["src/excel/**/*.ts"],
    ignores: ["src/excel/**/*.test.ts"],
    plugins: { "office-addins": officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"])),
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
