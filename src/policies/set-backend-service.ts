// <set-backend-service base-url | backend-id>: where forward-request sends the request.
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type BackendTarget =
  { readonly baseUrl: Value<string> } | { readonly backendId: Value<string> };

export type SetBackendService = StatementBase<"set-backend-service"> & BackendTarget;

/** `<set-backend-service>`: routes the request to another base URL or a configured backend. */
export function setBackendService(
  target: BackendTarget,
  options: CommonOptions = {},
): SetBackendService {
  return checked(setBackendServicePolicy, { kind: "set-backend-service", ...target, ...options });
}

export const setBackendServicePolicy = definePolicy({
  element: "set-backend-service",
  sections: ["inbound", "backend"],
  builders: ["setBackendService"],
  reference: "https://learn.microsoft.com/azure/api-management/set-backend-service-policy",
  summary: "Routes the request to another base URL or a configured backend.",
  toXml: (statement: SetBackendService): XmlNode => {
    const all = statement as Partial<{ baseUrl: Value<string>; backendId: Value<string> }>;
    return element("set-backend-service", {
      id: statement.id,
      "base-url": slot(all.baseUrl),
      "backend-id": slot(all.backendId),
    });
  },
  // set-backend-service-policy.md, Attributes: "Either base-url or backend-id must be present".
  validate: (statement, check): void => {
    if ("baseUrl" in statement === "backendId" in statement)
      check.error(
        "set-backend-service needs exactly one of base-url (baseUrl) or backend-id (backendId)",
      );
  },
});
