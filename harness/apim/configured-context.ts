// What the context's configured entities read (context.Api, Operation, Product, User, Workspace,
// Deployment, the subscription): the gateway's options, with the values of a sample instance where
// a test configures none, and the operation's URL template matched against each request's path
// (context.Request.MatchedParameters).
import { DateTime } from "../../src/dotnet/date-time.ts";
import type { X509Certificate2 } from "../../src/dotnet/x509-certificate2.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import type { VirtualClock } from "./clock.ts";
import type { ContextSource } from "./context.ts";
import type { GatewayOptions } from "./gateway-options.ts";
import { lazyDictionary, ReadOnlyDictionary } from "./read-only-dictionary.ts";
import { UrlView } from "./url.ts";

/** A path without its leading and trailing slashes. */
export function trimSlashes(text: string): string {
  return text.replace(/^\/+|\/+$/g, "");
}

/** Matches "/users/{id}" against a path's end; the parameters, or {} when it does not match. */
function matchTemplate(template: string | undefined, path: string): Record<string, string> {
  if (!template) return {};
  const names: string[] = [];
  const pattern = trimSlashes(template.split("?")[0]!)
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const parameter = /^\{\*?([^}]+)\}$/.exec(piece);
      if (!parameter) return piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      names.push(parameter[1]!);
      return "([^/]+)";
    })
    .join("");
  const match = new RegExp(`(?:^|/)${pattern}$`).exec(trimSlashes(path));
  if (!match) return {};
  return Object.fromEntries(
    names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
  );
}

/** What the context source needs of the gateway that holds it. */
export interface ContextGateway {
  /** The API's path, without leading and trailing slashes. */
  readonly apiPath: string;
  readonly clock: VirtualClock;
  readonly uploadedCertificates: readonly CertificateRecord[];
  /** The gateway's X509Certificate2 for a certificate (one per thumbprint). */
  readonly x509: (record: CertificateRecord) => X509Certificate2;
}

/** The context's configured entities for a gateway created with `options`. */
export function configuredContext(options: GatewayOptions, gateway: ContextGateway): ContextSource {
  const deployment = options.deployment ?? {};
  const serviceName = deployment.serviceName ?? "apim-ts-sample";
  const api = options.api ?? {};
  const operation = options.operation ?? {};
  const subscription = options.subscription ?? {};
  const operationTemplate = operation.urlTemplate;
  return {
    api: {
      Id: api.id ?? "sample-api",
      Name: api.name ?? api.id ?? "sample-api",
      Path: gateway.apiPath,
      Revision: api.revision ?? "1",
      ServiceUrl: new UrlView(new URL(api.serviceUrl ?? "https://backend.example.net")),
      Version: api.version ?? "",
      IsCurrentRevision: true,
    },
    operation: {
      Id: operation.id ?? "sample-operation",
      Method: operation.method ?? "GET",
      Name: operation.name ?? operation.id ?? "sample-operation",
      UrlTemplate: operationTemplate ?? "/",
    },
    product: {
      Id: options.product?.id ?? "starter",
      Name: options.product?.name ?? options.product?.id ?? "Starter",
      ApprovalRequired: false,
      SubscriptionRequired: true,
      SubscriptionLimit: null,
    },
    user: {
      Id: "1",
      Email: "admin@example.net",
      FirstName: "Administrator",
      LastName: "",
      Note: "",
      get RegistrationDate() {
        return DateTime.MinValue;
      },
    },
    workspace: { Id: "", Name: "" },
    deployment: {
      GatewayId: deployment.gatewayId ?? "managed",
      Region: deployment.region ?? "West Europe",
      ServiceId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/${serviceName}`,
      ServiceName: serviceName,
    },
    deploymentCertificates: lazyDictionary(
      () =>
        new ReadOnlyDictionary(
          gateway.uploadedCertificates.map(
            (record) => [record.thumbprint, gateway.x509(record)] as const,
          ),
        ),
    ),
    tracingEnabled: options.tracing?.enabled ?? false,
    subscriptionName: subscription.name ?? "Built-in all-access subscription",
    subscriptionKey: subscription.key ?? "00000000000000000000000000000000",
    matchedParameters: (path) => matchTemplate(operationTemplate, path),
    now: () => gateway.clock.now(),
    x509: gateway.x509,
  };
}
