// Offline validation of an Office add-in XML manifest against the XSDs in test/schemas/office/,
// with xmllint-wasm (libxml2 compiled to WebAssembly). Never touches the network:
// all schemas are preloaded into xmllint's in-memory file system and --nonet is passed.
// CommonJS on purpose, so both scripts/validate-manifest.mjs (ESM) and Jest (CommonJS) can load it.
"use strict";
const { readFileSync, readdirSync } = require("node:fs");
const { basename, join, resolve } = require("node:path");
const { validateXML } = require("xmllint-wasm");

const SCHEMA_DIR = resolve(__dirname, "..", "..", "test", "schemas", "office");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function loadSchemas(schemaDir) {
  const load = (fileName) => ({ fileName, contents: readFileSync(join(schemaDir, fileName), "utf8") });
  const others = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  return { schema: [load(MAIN_SCHEMA)], preload: others.map(load) };
}

/**
 * Validates manifest XML text.
 * @param {string} xml manifest contents
 * @param {string} [fileName] name used in error messages
 * @param {string} [schemaDir] folder holding OfficeAppManifestV1_1.xsd and the XSDs it imports
 * @returns {Promise<{ valid: boolean, errors: string[] }>}
 */
async function validateManifestXml(xml, fileName = "manifest.xml", schemaDir = SCHEMA_DIR) {
  const { schema, preload } = loadSchemas(schemaDir);
  try {
    const result = await validateXML({
      xml: [{ fileName: basename(fileName), contents: xml }],
      schema,
      preload,
      modifyArguments: (args) => ["--nonet", ...args],
    });
    return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
  } catch (err) {
    // xmllint exit codes other than 0/3/4, e.g. 1 = not well-formed XML
    const message = String((err && err.message) || err).trim();
    return { valid: false, errors: [message || "xmllint failed without a message"] };
  }
}

/**
 * Validates a manifest file on disk.
 * @param {string} path manifest path
 * @param {string} [schemaDir]
 * @returns {Promise<{ valid: boolean, errors: string[] }>}
 */
async function validateManifestFile(path, schemaDir = SCHEMA_DIR) {
  return validateManifestXml(readFileSync(path, "utf8"), path, schemaDir);
}

module.exports = { SCHEMA_DIR, MAIN_SCHEMA, validateManifestXml, validateManifestFile };
