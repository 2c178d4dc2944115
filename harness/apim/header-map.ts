// Request and response headers as APIM exposes them: names match case-insensitively, each header
// has one or more values, GetValueOrDefault joins them with "," (no space). The same class is the
// mutable store set-header acts on and the read-only view expressions see.
import type { Headers } from "../../src/context/context.ts";
import type { Indexed } from "../../src/dotnet/collections.ts";
import { dictionaryView } from "./dictionary-view.ts";
import type { KeyValuePair } from "../../src/dotnet/collections.ts";

/** Headers as tests write them: one value or several per name. */
export type HeaderInit = Readonly<Record<string, string | readonly string[]>>;

interface Entry {
  name: string;
  values: string[];
}

/** The store of a message's headers; expressions see `view` (members, LINQ and the indexer). */
export class HeaderMap implements Pick<
  Headers,
  "Count" | "ContainsKey" | "GetValueOrDefault" | "Any" | "All"
> {
  readonly #entries = new Map<string, Entry>();
  #view: Indexed<Headers, string[]> | undefined;

  constructor(init?: HeaderInit | HeaderMap) {
    if (init instanceof HeaderMap) {
      for (const entry of init.#entries.values()) this.set(entry.name, entry.values);
    } else if (init) {
      for (const [name, value] of Object.entries(init))
        this.set(name, typeof value === "string" ? [value] : value);
    }
  }

  get Count(): number {
    return this.#entries.size;
  }

  ContainsKey(key: string): boolean {
    return this.#entries.has(key.toLowerCase());
  }

  GetValueOrDefault(headerName: string): string | null;
  GetValueOrDefault(headerName: string, defaultValue: string): string;
  GetValueOrDefault(headerName: string, defaultValue: string | null = null): string | null {
    const entry = this.#entries.get(headerName.toLowerCase());
    return entry ? entry.values.join(",") : defaultValue;
  }

  Any(predicate?: (pair: KeyValuePair<string, string[]>) => boolean): boolean {
    if (!predicate) return this.#entries.size > 0;
    return this.pairs().some(predicate);
  }

  All(predicate: (pair: KeyValuePair<string, string[]>) => boolean): boolean {
    return this.pairs().every(predicate);
  }

  /** What context.Request.Headers (Response, Url.Query) is in an expression. */
  get view(): Indexed<Headers, string[]> {
    // Built once per map: every request's context reads it, and the store behind it never changes.
    if (this.#view) return this.#view;
    const source = {
      entries: () =>
        [...this.#entries.values()].map((entry) => [entry.name, [...entry.values]] as const),
      find: (key: string) => {
        const entry = this.#entries.get(key.toLowerCase());
        return entry && { value: [...entry.values] };
      },
      members: { GetValueOrDefault: this.GetValueOrDefault.bind(this) },
    };
    return (this.#view = dictionaryView(() => source) as Indexed<Headers, string[]>);
  }

  // --- the harness's side (not part of APIM's context) ---

  /** The values of a header, or undefined. */
  get(name: string): readonly string[] | undefined {
    return this.#entries.get(name.toLowerCase())?.values;
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  /** Replaces a header's values (keeps the first spelling of the name). */
  set(name: string, values: readonly string[]): void {
    const key = name.toLowerCase();
    const existing = this.#entries.get(key);
    if (existing) existing.values = [...values];
    else this.#entries.set(key, { name, values: [...values] });
  }

  append(name: string, values: readonly string[]): void {
    const existing = this.#entries.get(name.toLowerCase());
    if (existing) existing.values.push(...values);
    else this.set(name, values);
  }

  delete(name: string): void {
    this.#entries.delete(name.toLowerCase());
  }

  /** A plain copy: name (as first written) → values. */
  toRecord(): Record<string, string[]> {
    const record: Record<string, string[]> = {};
    for (const entry of this.#entries.values()) record[entry.name] = [...entry.values];
    return record;
  }

  private pairs(): KeyValuePair<string, string[]>[] {
    return [...this.#entries.values()].map((entry) => ({
      Key: entry.name,
      Value: [...entry.values],
    }));
  }
}
