// <emit-metric name value namespace><dimension name value/>...</emit-metric>: sends a custom metric
// to Application Insights (emit-metric-policy.md). name and namespace take no policy expressions;
// value (a double, default 1) and each dimension's name and value do. A dimension's value "Can only
// be omitted if name matches one of the default dimensions"; "at most 10 custom dimensions"; at
// least one dimension (Elements: dimension required). All four sections.
import type { Value } from "../model/expression.ts";
import type { double } from "../dotnet/types.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type PolicyCheck } from "./define-policy.ts";
import { checked, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/**
 * The default dimensions whose value APIM provides when `value` is omitted (emit-metric-policy.md,
 * "Default dimension names that may be used without value").
 */
export const DEFAULT_METRIC_DIMENSIONS = [
  "API ID",
  "Operation ID",
  "Product ID",
  "User ID",
  "Subscription ID",
  "Location",
  "Gateway ID",
] as const;

/** "You can configure at most 10 custom dimensions for this policy" (Usage notes). */
export const MAX_METRIC_DIMENSIONS = 10;

export interface MetricDimension {
  readonly name: Value<string>;
  /** Omitted only for a default dimension (DEFAULT_METRIC_DIMENSIONS): APIM provides it. */
  readonly value?: Value<string>;
}

export interface EmitMetricOptions extends CommonOptions {
  /** Literal only: the metric's namespace; APIM's default is "API Management". */
  readonly namespace?: string;
  /** The metric's value, a double; APIM's default is 1. */
  readonly value?: Value<double>;
}

export interface EmitMetric extends StatementBase<"emit-metric">, EmitMetricOptions {
  /** Literal only: the custom metric's name. */
  readonly name: string;
  readonly dimensions: readonly MetricDimension[];
}

/**
 * The dimension rules of the metric policies (emit-metric and the token metric policies): at least
 * one (Elements: dimension "Required: Yes"), at most `max`, a name on each, a value on each but the
 * default dimensions (`defaults`: "Can only be omitted if name matches one of the default
 * dimensions").
 */
export function checkMetricDimensions(
  check: PolicyCheck,
  dimensions: unknown,
  element: string,
  max: number,
  defaults: readonly string[],
): void {
  if (!Array.isArray(dimensions) || dimensions.length === 0) {
    check.error(
      `${element} needs at least one dimension (the page's Elements: dimension is required)`,
    );
    return;
  }
  if (dimensions.length > max)
    check.error(`${element} has ${dimensions.length} dimensions; APIM allows at most ${max}`);
  for (const [index, dimension] of (dimensions as MetricDimension[]).entries()) {
    const where = `${element} dimension[${index + 1}]`;
    if (!required(check, dimension?.name, `${where} name`)) continue;
    nonEmpty(check, dimension.name, `${where} name`);
    if (
      dimension.value === undefined &&
      !isExpressionSlot(dimension.name) &&
      !(defaults as readonly unknown[]).includes(dimension.name)
    )
      check.error(
        `${where} '${String(dimension.name)}' has no value; only the default dimensions (${defaults.join(", ")}) may omit it`,
      );
  }
}

/** The `<dimension name value/>` children, in order. */
export function metricDimensionXml(dimensions: readonly MetricDimension[]): XmlNode[] {
  return dimensions.map((dimension) =>
    element("dimension", { name: slot(dimension.name), value: slot(dimension.value) }),
  );
}

/** `<emit-metric>`: a custom metric with its dimensions, sent to Application Insights. */
export function emitMetric(
  name: string,
  dimensions: readonly MetricDimension[],
  options: EmitMetricOptions = {},
): EmitMetric {
  return checked(emitMetricPolicy, { kind: "emit-metric", name, dimensions, ...options });
}

export const emitMetricPolicy = definePolicy({
  element: "emit-metric",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["emitMetric"],
  reference: "https://learn.microsoft.com/azure/api-management/emit-metric-policy",
  summary: "Sends a custom metric with dimensions to Application Insights.",
  // Attribute order of the page's policy statement.
  toXml: (statement: EmitMetric): XmlNode =>
    element(
      "emit-metric",
      {
        id: statement.id,
        name: statement.name,
        value: slot(statement.value),
        namespace: statement.namespace,
      },
      metricDimensionXml(statement.dimensions),
    ),
  validate: (statement, check): void => {
    if (
      required(check, statement.name, "emit-metric name") &&
      literalOnly(check, statement.name, "emit-metric name")
    )
      nonEmpty(check, statement.name, "emit-metric name");
    if (literalOnly(check, statement.namespace, "emit-metric namespace"))
      nonEmpty(check, statement.namespace, "emit-metric namespace");
    const value: unknown = statement.value;
    if (
      value !== undefined &&
      !isExpressionSlot(value) &&
      !(typeof value === "number" && Number.isFinite(value))
    )
      check.error(`emit-metric value must be a number (a double), got ${String(value)}`);
    checkMetricDimensions(
      check,
      statement.dimensions,
      "emit-metric",
      MAX_METRIC_DIMENSIONS,
      DEFAULT_METRIC_DIMENSIONS,
    );
  },
});
