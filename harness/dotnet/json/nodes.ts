// Json.NET's token tree for the harness: objects keep their properties in document order, a
// token belongs to one parent (adding a token that already has one adds a deep copy, as Json.NET
// does: checked on mono, `p.Add("c", o["a"])` leaves o["a"] in place), values keep Json.NET's
// .NET type (Integer: Int64 or BigInteger as a bigint, Float: double, Date: DateTime).
import type { DateTimeValue } from "../date-time.ts";

/** JTokenType members that parsed JSON produces. */
export type JsonKind =
  "Object" | "Array" | "Property" | "Integer" | "Float" | "String" | "Boolean" | "Null" | "Date";

export type JsonScalarValue = bigint | number | string | boolean | null | DateTimeValue;

/** Any token. */
export abstract class JsonNode {
  parent: JsonNode | null = null;
  abstract readonly kind: JsonKind;
  abstract clone(): JsonNode;
}

/** A JValue. */
export class JsonValueNode extends JsonNode {
  constructor(
    readonly kind: "Integer" | "Float" | "String" | "Boolean" | "Null" | "Date",
    readonly value: JsonScalarValue,
  ) {
    super();
  }
  clone(): JsonValueNode {
    return new JsonValueNode(this.kind, this.value);
  }
}

/** A JProperty. */
export class JsonPropertyNode extends JsonNode {
  readonly kind = "Property" as const;
  value: JsonNode;
  constructor(
    readonly name: string,
    value: JsonNode,
  ) {
    super();
    this.value = adopt(this, value);
  }
  clone(): JsonPropertyNode {
    return new JsonPropertyNode(this.name, this.value.clone());
  }
}

/** A JObject. */
export class JsonObjectNode extends JsonNode {
  readonly kind = "Object" as const;
  readonly properties: JsonPropertyNode[] = [];

  find(name: string): JsonPropertyNode | undefined {
    return this.properties.find((p) => p.name === name);
  }
  /** Sets a property's value in place, or appends the property (the indexer's write, a duplicate key). */
  set(name: string, value: JsonNode): void {
    const existing = this.find(name);
    if (existing) existing.value = adopt(existing, value);
    else this.append(new JsonPropertyNode(name, value));
  }
  append(property: JsonPropertyNode): void {
    property.parent = this;
    this.properties.push(property);
  }
  remove(name: string): boolean {
    const index = this.properties.findIndex((p) => p.name === name);
    if (index < 0) return false;
    this.properties[index]!.parent = null;
    this.properties.splice(index, 1);
    return true;
  }
  clone(): JsonObjectNode {
    const copy = new JsonObjectNode();
    for (const property of this.properties) copy.append(property.clone());
    return copy;
  }
}

/** A JArray. */
export class JsonArrayNode extends JsonNode {
  readonly kind = "Array" as const;
  readonly items: JsonNode[] = [];

  append(item: JsonNode): void {
    this.items.push(adopt(this, item));
  }
  clone(): JsonArrayNode {
    const copy = new JsonArrayNode();
    for (const item of this.items) copy.append(item.clone());
    return copy;
  }
}

/** Gives `node` to `parent`: a node that already has a parent is copied first (Json.NET). */
export function adopt(parent: JsonNode, node: JsonNode): JsonNode {
  const owned = node.parent === null ? node : node.clone();
  owned.parent = parent;
  return owned;
}

/** JValue.CreateNull(). */
export function jsonNull(): JsonValueNode {
  return new JsonValueNode("Null", null);
}
