// How a replay's findings read: a divergence names the policy, the expression's TypeScript source
// location, its C#, the inputs (certificates abbreviated to their thumbprint, long strings cut)
// and both outcomes; a problem names the expression and what stopped its replay.
import { createHash } from "node:crypto";
import type { ContextDescription } from "../crosscheck/context-description.ts";
import { describeCanonical, type Canonical } from "../conformance/normalise.ts";
import type { Occurrence } from "./collect.ts";
import { sourceLocation } from "./source-location.ts";

/** One case where C# and TypeScript disagree. */
export interface Divergence {
  /** Scenarios whose evaluation had exactly these inputs (the first few). */
  readonly scenarios: readonly string[];
  /** What a scenario is called in the text: "scenario" (verify's matrix) or "test" (a test run). */
  readonly label?: string;
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
  readonly label?: string;
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

// The parts of a context that depend on the request and the policy run, first; the gateway's
// fixed configuration (api, operation, product, user, subscription, ...) is left out of the
// summary: it is the same for every case of a gateway and would bury what changed.
const SUMMARY_KEYS = [
  "now",
  "timeZone",
  "request",
  "variables",
  "lastError",
  "response",
  "deployment",
  "trustedCaCertificates",
  "requestId",
  "guids",
  "randoms",
] as const;

function abbreviate(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), function (key, item) {
    if (typeof item !== "string") return item;
    if (
      key === "certificate" ||
      /^[0-9A-F]{40}$/.test(key) ||
      (Array.isArray(this) && /^MII/.test(item))
    )
      return `<certificate ${thumbprint(item)}>`;
    return item.length > 160 ? `${item.slice(0, 120)}… (${item.length} chars)` : item;
  });
}

/** The inputs, one compact JSON line per part, certificates as `<certificate SHA1>`, long strings cut. */
export function summariseInputs(context: ContextDescription): string {
  const lines: string[] = [];
  for (const key of SUMMARY_KEYS) {
    let value: unknown = context[key];
    if (value === undefined) continue;
    if (key === "request" && value) {
      const { originalUrl, url, ...rest } = value as NonNullable<ContextDescription["request"]>;
      value = JSON.stringify(originalUrl) === JSON.stringify(url) ? { url, ...rest } : value;
    }
    if (key === "deployment")
      value = { certificates: Object.keys(context.deployment?.certificates ?? {}) };
    lines.push(`${key}: ${JSON.stringify(abbreviate(value))}`);
  }
  return lines.join("\n");
}

export function formatDivergence(d: Divergence): string {
  const named = Object.entries(d.namedValues).map(([k, v]) => `{{${k}}} = ${JSON.stringify(v)}`);
  return [
    `DIVERGENCE in ${d.policy} at ${d.source} (${d.where})`,
    `  why:        ${d.reason}`,
    `  TypeScript: ${describeCanonical(d.typescript)}`,
    `  C#:         ${describeCanonical(d.csharpOutcome)}`,
    `  ${`${d.label ?? "scenario"}:`.padEnd(12)}${d.scenarios.join("; ")}`,
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
    ...(p.scenario ? [`  ${p.label ?? "scenario"}: ${p.scenario}`] : []),
    `  C# text:`,
    ...p.csharp.split("\n").map((line) => `    ${line}`),
  ].join("\n");
}
