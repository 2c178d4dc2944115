// elementRead and elementWrite (src/model/element-access.ts), called directly: a receiver with a
// C# indexer (INDEXER) is indexed by it whatever the key; every other value as JavaScript does,
// errors included. (In test files the tagging transform already routes `x[k]` through them, so
// the JavaScript reads to compare with are Reflect.get and Reflect.set.)
import { describe, expect, it } from "vitest";
import {
  elementRead,
  elementWrite,
  INDEXER,
  type Indexer,
} from "../../src/model/element-access.ts";

/** A receiver whose member `Count` and whose indexer answer differently. */
function indexed(): { Count: number; [INDEXER]: Indexer; entries: Map<unknown, unknown> } {
  const entries = new Map<unknown, unknown>([["Count", "entry"]]);
  return {
    Count: 7,
    entries,
    [INDEXER]: {
      get: (key) => entries.get(key) ?? null,
      set: (key, value) => entries.set(key, value),
    },
  };
}

describe("elementRead", () => {
  it("calls the indexer with the key as given, even a member's name", () => {
    const d = indexed();
    expect(elementRead(d, "Count")).toBe("entry");
    expect(elementRead(d, "missing")).toBeNull();
    expect(Reflect.get(d, "Count")).toBe(7);
  });

  it("reads arrays, records and strings as JavaScript does", () => {
    expect(elementRead(["a", "b"], 1)).toBe("b");
    expect(elementRead(["a"], 3)).toBeUndefined();
    expect(elementRead({ x: 1 }, "x")).toBe(1);
    expect(elementRead("ab", 1)).toBe("b");
    const symbol = Symbol("s");
    expect(elementRead(Object.assign(indexed(), { [symbol]: "own" }), symbol)).toBe("own");
  });

  it("throws JavaScript's TypeError on null and undefined", () => {
    expect(() => elementRead(null, "x")).toThrow(TypeError);
    expect(() => elementRead(undefined, "x")).toThrow(TypeError);
  });
});

describe("elementWrite", () => {
  it("calls the indexer's setter, leaves the member alone and returns the value", () => {
    const d = indexed();
    expect(elementWrite(d, "Count", "new")).toBe("new");
    expect(d.entries.get("Count")).toBe("new");
    expect(d.Count).toBe(7);
  });

  it("assigns as JavaScript does without an indexer setter", () => {
    const record: Record<string, unknown> = {};
    expect(elementWrite(record, "k", 1)).toBe(1);
    expect(record).toEqual({ k: 1 });
    const readOnly = { [INDEXER]: { get: () => "x" } as Indexer } as Record<PropertyKey, unknown>;
    elementWrite(readOnly, "k", 2);
    expect(Reflect.get(readOnly, "k")).toBe(2);
    expect(() => elementWrite(null, "k", 1)).toThrow(TypeError);
  });
});

// This file passes through the tagging transform (vitest plugin), so the accesses below run as
// policy code's do: through elementRead and elementWrite.
describe("element accesses of transformed code", () => {
  const key: string = "Count";

  it("index the receiver's indexer by a run-time key, also inside an optional chain", () => {
    type Holder = { d: Record<string, string> } | null;
    const holder: Holder = { d: indexed() as unknown as Record<string, string> };
    const nothing = null as Holder;
    expect(holder.d[key]).toBe("entry");
    expect(holder?.d[key]).toBe("entry");
    expect(holder?.d[key]!.length).toBe(5);
    expect(nothing?.d[key]).toBeUndefined();
    expect(nothing?.d[key]!.length).toBeUndefined();
    let evaluated = 0;
    const once = (): Holder => (evaluated++, holder);
    expect(once()?.d[key]).toBe("entry");
    expect(evaluated).toBe(1);
  });

  it("assign through the indexer's setter and return the value", () => {
    const d = indexed() as unknown as Record<string, unknown> & ReturnType<typeof indexed>;
    expect((d[key] = "set")).toBe("set");
    expect(d.entries.get("Count")).toBe("set");
    expect(d.Count).toBe(7);
  });
});
