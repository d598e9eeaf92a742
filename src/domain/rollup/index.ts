/** The roll-up across clusters (docs/rollup.md): types, template comparison, quotas, duplicates, the consolidated rows. */
export * from "./types";
export { compareTemplates, rankingValue } from "./compare";
export { findDuplicates } from "./duplicates";
export { checkQuotas, parseQuota, quotaCap, unknownAwards, type QuotaParse } from "./quotas";
export { crossClusterOrder, rollup } from "./rollup";
export { parseAwardLabel } from "./awardLabel";
