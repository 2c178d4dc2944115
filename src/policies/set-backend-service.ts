// <set-backend-service base-url | backend-id>: where forward-request sends the request.
import type { Value } from "../model/expression.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type BackendTarget = { readonly baseUrl: Value<string> } | { readonly backendId: Value<string> };

export type SetBackendService = StatementBase<"set-backend-service"> & BackendTarget;

/** `<set-backend-service>`: routes the request to another base URL or a configured backend. */
export function setBackendService(target: BackendTarget, options: CommonOptions = {}): SetBackendService {
  if ("baseUrl" in target === "backendId" in target) {
    throw new Error("setBackendService(): give exactly one of baseUrl or backendId");
  }
  return { kind: "set-backend-service", ...target, ...options };
}

export function setBackendServiceToXml(statement: SetBackendService): XmlElement {
  const all = statement as Partial<{ baseUrl: Value<string>; backendId: Value<string> }>;
  return element("set-backend-service", {
    id: statement.id,
    "base-url": slot(all.baseUrl),
    "backend-id": slot(all.backendId),
  });
}
