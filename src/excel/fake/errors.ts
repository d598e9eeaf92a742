/** The errors the in-memory Excel throws, worded like Office.js's. */
import type { FakeSheetState } from "./state";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export function notLoaded(what: string): never {
  throw new FakeOfficeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

export function missing(name: string): never {
  throw new FakeOfficeError("ItemNotFound", `The requested resource "${name}" doesn't exist.`);
}

/** Throws like Excel when a protected sheet's format, validation or merges are changed. */
export function guardFormat(s: FakeSheetState, what: string): void {
  if (s.protected) throw new FakeOfficeError("AccessDenied", `Cannot change ${what} on the protected sheet "${s.name}"`);
}
