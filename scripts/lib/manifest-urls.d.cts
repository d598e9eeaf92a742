// Types for manifest-urls.cjs (used by the Jest tests).
export declare const DEV_BASE_URL: string;
export declare const NO_BASE_URL_NOTICE: string;
export declare function parseBaseUrl(raw: unknown): { ok: true; url: string } | { ok: false; reason: string };
export declare function requestedBaseUrl(webpackEnv?: Record<string, unknown>, env?: NodeJS.ProcessEnv): string | undefined;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
