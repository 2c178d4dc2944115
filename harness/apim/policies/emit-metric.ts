// <emit-metric> (emit-metric-policy.md): a custom metric `name` in `namespace` (default "API
// Management") with `value` (a double, default 1) and its dimensions, recorded in the result's
// metrics. A default dimension without value takes the value "provided as per dimension name"
// (Dimension attributes): API ID → context.Api.Id, Operation ID → context.Operation.Id, Product ID
// → context.Product.Id, User ID → context.User.Id, Subscription ID → context.Subscription.Id,
// Location → context.Deployment.Region, Gateway ID → context.Deployment.GatewayId (chosen: the
// page names the dimensions, not their source; these are the context members of the same name).
// Refused where the page is silent: a value that is not a finite number, a dimension name or value
// expression that gives null or empty, a value omitted for a name that is not a default dimension.
import {
  DEFAULT_METRIC_DIMENSIONS,
  type EmitMetric,
  type MetricDimension,
} from "../../../src/policies/emit-metric.ts";
import type { Context } from "../../../src/context/context.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

export const DEFAULT_VALUES: Readonly<
  Record<
    (typeof DEFAULT_METRIC_DIMENSIONS)[number],
    (context: Context) => string | null | undefined
  >
> = {
  "API ID": (context) => context.Api?.Id,
  "Operation ID": (context) => context.Operation?.Id,
  "Product ID": (context) => context.Product?.Id,
  "User ID": (context) => context.User?.Id,
  "Subscription ID": (context) => context.Subscription?.Id,
  Location: (context) => context.Deployment.Region,
  "Gateway ID": (context) => context.Deployment.GatewayId,
};

/**
 * The dimensions of a metric policy, evaluated: name → value, a default dimension without value
 * taking it from `defaults`. Refuses an empty name, a missing value and a null value.
 */
export function metricDimensions(
  run: PolicyRun<{ readonly kind: string; readonly id?: string }>,
  list: readonly MetricDimension[],
  defaults: Readonly<Record<string, (context: Context) => string | null | undefined>>,
): Record<string, string> {
  const policy = run.statement.kind;
  const dimensions: Record<string, string> = {};
  for (const [index, dimension] of list.entries()) {
    const where = `dimension[${index + 1}]`;
    const name = run.text(dimension.name, `${where} name`);
    if (name === null || name === "")
      throw new HarnessRefusal(
        `${policy} ${where} name is empty; the page does not say what APIM does`,
      );
    let dimensionValue: string | null | undefined;
    if (dimension.value === undefined) {
      const provide = Object.hasOwn(defaults, name) ? defaults[name] : undefined;
      if (!provide)
        throw new HarnessRefusal(
          `${policy} ${where} '${name}' has no value and is not a default dimension the harness provides (${Object.keys(defaults).join(", ")})`,
        );
      dimensionValue = provide(run.context);
    } else dimensionValue = run.text(dimension.value, `${where} value`);
    if (dimensionValue === null || dimensionValue === undefined)
      throw new HarnessRefusal(
        `${policy} ${where} '${name}': the value is null; the page does not say what APIM sends then`,
      );
    dimensions[name] = dimensionValue;
  }
  return dimensions;
}

export const runEmitMetric: PolicyHandler<EmitMetric> = (run) => {
  const { statement } = run;
  let value = 1;
  if (statement.value !== undefined) {
    const raw = run.value(statement.value, "value");
    value = typeof raw === "string" ? Number(raw.trim()) : (raw as number);
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new HarnessRefusal(
        `emit-metric value: '${String(raw)}' is not a finite double; the page does not say what APIM does`,
      );
  }
  const dimensions = metricDimensions(run, statement.dimensions, DEFAULT_VALUES);
  const namespace = statement.namespace ?? "API Management";
  run.execution.metrics.push({
    name: statement.name,
    namespace,
    value,
    dimensions,
    location: { scope: run.frame.scope, section: run.frame.section, path: run.frame.path },
  });
  run.note(`emit-metric ${namespace}/${statement.name} = ${value}`);
};
