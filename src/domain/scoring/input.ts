import type { Location } from "../validation/finding";
import type { UnitHistory } from "../history/types";
import type { RawValue } from "./entryValue";

/** A member unit of the cluster, in the order the cluster lists them. */
export interface UnitInput {
  readonly name: string;
  readonly where?: Location;
  /** Results of earlier periods, most recent first (the Lịch sử sheet); only award rules with `previous` use them. */
  readonly history?: UnitHistory;
}

/** The scores of one unit on one criterion: self-scored (tự chấm) and cross-checked by the cluster (cụm chấm). */
export interface EntryInput {
  readonly unit: string;
  readonly criterion: string;
  readonly self?: RawValue;
  readonly cluster?: RawValue;
  readonly where?: { readonly self?: Location; readonly cluster?: Location; readonly row?: Location };
}
