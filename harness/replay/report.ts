// How a replay's findings read: a divergence names the policy, the expression's TypeScript source
// location, its C#, the inputs (certificates abbreviated to their thumbprint, long strings cut)
// and both outcomes; a problem names the expression and what stopped its replay.
import { createHash } from "node:crypto";
import type { ContextDescription } from "../csharp/context-description.ts";
import { describeCanonical, type Canonical } from "../conformance/normalise.ts";
import type { Occurrence } from "./collect.ts";
import { sourceLocation } from "./source-location.ts";

/** One case where C# and TypeScript disagree. */
export interface Divergence {
  /** Scenarios whose evaluation had exactly these inputs (the first few). */
  readonly scenarios: readonly string[];
  readonly policy: string;
  /** `policy-src/x.ts:12:7`. */
  readonly source: string;
  /** Scope, section, container path and slot, e.g. `operation inbound choose[1]\when[1] condition`. */
  readonly where: string;
  readonly csharp: string;
  readonly namedValues: Readonly<Record<string, string>>;
  readonly inputs: ContextDescription;
  readonly typescript: Canonical;
  readonly csharpOutcome: Canonical;
  readonly reason: string;
}

/** Something that kept an expression or an evaluation from being compared (a failure too). */
export interface ReplayProblem {
  readonly kind: "compile" | "allow-list" | "not-replayable" | "runner";
  readonly policy: string;
  readonly source: string;
  readonly csharp: string;
  readonly message: string;
  readonly scenario?: string;
}

/** The policy an occurrence belongs to: the one the scenario named, else the expression's file. */
export function policyOf(occurrence: Occurrence): string {
  if (occurrence.policy) return occurrence.policy;
  const file = occurrence.record.sourceTag?.file;
  return file ? file.replace(/^.*[\\/]/, "").replace(/\.ts$/, "") : "(unknown policy)";
}

export function whereOf(occurrence: Occurrence): string {
  const { location, slot } = occurrence.record;
  const path = location.path.length ? ` ${location.path.join("\\")}` : "";
  return `${location.scope} ${location.section}${path}: ${slot}`;
}

export function sourceOf(occurrence: Occurrence): string {
  return sourceLocation(occurrence.record.sourceTag);
}

function thumbprint(base64: string): string {
  return createHash("sha1").update(Buffer.from(base64, "base64")).digest("hex").toUpperCase();
}

/** The inputs as readable JSON: DERs as `<certificate SHA1>`, long strings shortened. */
export function summariseInputs(context: ContextDescription): string {
  const abbreviated = JSON.parse(JSON.stringify(context), function (key, value) {
    if (typeof value !== "string") return value;
    if (key === "certificate" || /^[0-9A-F]{40}$/.test(key) || (Array.isArray(this) && value.length > 400 && /^MII/.test(value)))
      return `<certificate ${thumbprint(value)}>`;
    return value.length > 160 ? `${value.slice(0, 120)}… (${value.length} chars)` : value;
  });
  return JSON.stringify(abbreviated, null, 2);
}

export function formatDivergence(d: Divergence): string {
  const named = Object.entries(d.namedValues).map(([k, v]) => `{{${k}}} = ${JSON.stringify(v)}`);
  return [
    `DIVERGENCE in ${d.policy} at ${d.source} (${d.where})`,
    `  why:        ${d.reason}`,
    `  TypeScript: ${describeCanonical(d.typescript)}`,
    `  C#:         ${describeCanonical(d.csharpOutcome)}`,
    `  scenario:   ${d.scenarios.join("; ")}`,
    ...(named.length ? [`  named values: ${named.join(", ")}`] : []),
    `  C# text:`,
    ...d.csharp.split("\n").map((line) => `    ${line}`),
    `  inputs:`,
    ...summariseInputs(d.inputs)
      .split("\n")
      .map((line) => `    ${line}`),
  ].join("\n");
}

export function formatProblem(p: ReplayProblem): string {
  return [
    `${p.kind.toUpperCase()} in ${p.policy} at ${p.source}: ${p.message}`,
    ...(p.scenario ? [`  scenario: ${p.scenario}`] : []),
    `  C# text:`,
    ...p.csharp.split("\n").map((line) => `    ${line}`),
  ].join("\n");
}
