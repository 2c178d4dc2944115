// The registry of member mapping tables: every table that maps a JavaScript or .NET member to C#
// is listed here once, with the TypeScript interfaces whose members it translates. The member
// coverage test (test/conformance/coverage.test.ts) walks this registry and the model's
// declarations, so a new table (JSON, LINQ, numbers, ...) is checked as soon as it is registered.
import { ARRAY_METHODS, ARRAY_PROPERTIES } from "./array.ts";
import { STRING_METHODS } from "./string.ts";

export { MODEL_DECLARATION_FOLDERS } from "./model-folders.ts";

export interface MappingTable {
  /** A short name for messages. */
  readonly name: string;
  /** TypeScript interfaces (standard library or apim-ts declarations) whose members it maps. */
  readonly owners: readonly string[];
  /** The members it maps: each must be exercised by a conformance case (or be refused). */
  readonly members: readonly string[];
  /** Members the table always refuses with a diagnostic (no C# means the same). */
  readonly refused?: readonly string[];
}

export const MAPPING_TABLES: readonly MappingTable[] = [
  {
    name: "string",
    owners: ["String"],
    members: ["length", ...Object.keys(STRING_METHODS)],
    refused: ["replace"],
  },
  {
    name: "array",
    owners: ["Array", "ReadonlyArray", "Uint8Array"],
    members: [...Object.keys(ARRAY_PROPERTIES), ...Object.keys(ARRAY_METHODS)],
  },
];
