// Types for validate-manifest.cjs (used by the Jest tests).
export interface ManifestValidationResult {
  valid: boolean;
  errors: string[];
}

export declare const SCHEMA_DIR: string;
export declare const MAIN_SCHEMA: string;
export declare function validateManifestXml(
  xml: string,
  fileName?: string,
  schemaDir?: string,
): Promise<ManifestValidationResult>;
export declare function validateManifestFile(path: string, schemaDir?: string): Promise<ManifestValidationResult>;
