#!/usr/bin/env node
/**
 * `thidua` command (package.json "bin"): registers tsx's CommonJS loader so the TypeScript
 * sources run without a build step, then runs the CLI entry src/cli/main.ts.
 */
"use strict";
const path = require("node:path");

require("tsx/cjs");
require(path.join(__dirname, "..", "src", "cli", "main.ts"));
