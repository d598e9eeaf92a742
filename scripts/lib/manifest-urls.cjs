// The add-in's public address in the manifest: manifest.xml names the development server
// (https://localhost:3000); a production build (`ADDIN_BASE_URL=https://… npm run build`) rewrites every URL
// to where the organisation hosts dist/. CommonJS so webpack.config.js and Jest can both load it.
"use strict";

const DEV_BASE_URL = "https://localhost:3000";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Checks a public base URL: https, absolute, no query or fragment, not this machine. A path is allowed
 * (https://intranet.example.gov.vn/thidua). Returns the URL without its trailing slash, or why it is refused.
 */
function parseBaseUrl(raw) {
  const text = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not a web address. Give the full address, e.g. https://thidua.example.gov.vn` };
  }
  if (url.protocol !== "https:") return { ok: false, reason: `"${text}" must start with https:// (Office loads add-ins only over HTTPS).` };
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, reason: `"${text}" must be a plain address without ?query, #fragment or user name.` };
  }
  if (LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, reason: `"${text}" names this computer; other computers cannot load the add-in from it.` };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, "")}` };
}

/** The base URL the build was asked for: webpack's --env ADDIN_BASE_URL=…, else $ADDIN_BASE_URL, else none. */
function requestedBaseUrl(webpackEnv = {}, env = process.env) {
  const v = webpackEnv.ADDIN_BASE_URL ?? env.ADDIN_BASE_URL;
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** Every development URL in the manifest, rewritten to `baseUrl`; throws if a local address would remain. */
function rewriteManifestUrls(xml, baseUrl) {
  const out = xml.split(DEV_BASE_URL).join(baseUrl);
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/.exec(out);
  if (left) throw new Error(`manifest.xml still names ${left[0]} after rewriting to ${baseUrl}`);
  return out;
}

/** The message a production build prints when no base URL was given. */
const NO_BASE_URL_NOTICE =
  "[thidua] No ADDIN_BASE_URL given: dist/manifest.xml points at https://localhost:3000 and works only on this\n" +
  "[thidua] computer, for development. To build for your organisation, give the HTTPS address that will serve dist/:\n" +
  "[thidua]   ADDIN_BASE_URL=https://thidua.example.gov.vn npm run build\n" +
  "[thidua] (README, \"Deploying for your organisation\").";

module.exports = { DEV_BASE_URL, parseBaseUrl, requestedBaseUrl, rewriteManifestUrls, NO_BASE_URL_NOTICE };
