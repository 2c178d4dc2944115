// What llm-emit-token-metric and azure-openai-emit-token-metric share: `namespace` (a literal,
// "Policy expressions aren't allowed", default "API Management") and one or more <dimension
// name value/> children, with the rules of emit-metric's dimensions (emit-metric.ts). The pages
// (llm-emit-token-metric-policy.md, azure-openai-emit-token-metric-policy.md) differ in the
// limits: the llm page allows "at most 5 custom dimensions" and adds "Backend ID" to the default
// dimensions (includes/api-management-emit-metric-dimensions-llm.md); the Azure OpenAI page
// allows "at most 10" and lists the seven of emit-metric. Inbound only.
import { element, type XmlNode } from "../emit/xml-tree.ts";
import type { PolicyCheck } from "./define-policy.ts";
import { checkMetricDimensions, metricDimensionXml, type MetricDimension } from "./emit-metric.ts";
import { literalOnly, nonEmpty } from "./rules.ts";
import { slot, type CommonOptions } from "./statement-base.ts";
import type { Value } from "../model/expression.ts";

export interface TokenMetricOptions extends CommonOptions {
  /** Literal only: the metrics' namespace; APIM's default is "API Management". */
  readonly namespace?: string;
}

/** The limits of one token metric policy's page. */
export interface TokenMetricLimits {
  readonly maxDimensions: number;
  readonly defaultDimensions: readonly string[];
}

/** The element: namespace (and the Azure OpenAI page's `value`), then the dimensions. */
export function tokenMetricXml(
  name: string,
  statement: TokenMetricOptions & {
    readonly id?: string;
    readonly value?: Value<number>;
    readonly dimensions: readonly MetricDimension[];
  },
): XmlNode {
  return element(
    name,
    { id: statement.id, namespace: statement.namespace, value: slot(statement.value) },
    metricDimensionXml(statement.dimensions),
  );
}

/** The Attributes and Elements rules, for either element. */
export function checkTokenMetric(
  name: string,
  statement: TokenMetricOptions & { readonly dimensions: readonly MetricDimension[] },
  limits: TokenMetricLimits,
  check: PolicyCheck,
): void {
  if (literalOnly(check, statement.namespace, `${name} namespace`))
    nonEmpty(check, statement.namespace, `${name} namespace`);
  checkMetricDimensions(
    check,
    statement.dimensions,
    name,
    limits.maxDimensions,
    limits.defaultDimensions,
  );
}
