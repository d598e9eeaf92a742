// Validates Office add-in XML manifests offline against test/schemas/office/OfficeAppManifestV1_1.xsd.
// Usage: node scripts/validate-manifest.mjs manifest.xml [more.xml ...]   (npm run validate)
// Prints "<file> validates" or the errors; exits 1 if any file is invalid, 2 on bad usage.
import { existsSync } from "node:fs";
import validation from "./lib/validate-manifest.cjs";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/validate-manifest.mjs manifest.xml [more.xml ...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: file not found`);
    failed = true;
    continue;
  }
  const { valid, errors } = await validation.validateManifestFile(file);
  if (valid) {
    console.log(`${file} validates`);
  } else {
    failed = true;
    for (const error of errors) console.error(error);
    console.error(`${file} fails to validate`);
  }
}
process.exitCode = failed ? 1 : 0;
