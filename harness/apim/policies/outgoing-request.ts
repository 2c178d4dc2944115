// The request a send-request or a send-one-way-request builds: its children (set-header, set-body,
// authentication-certificate, authentication-managed-identity, send-request's proxy) shape it in the order the harness
// runs them, then it becomes the wire request a service mock receives. One place for both
// policies, whose pages list the same children (send-request-policy.md and
// send-one-way-request-policy.md, Elements).
import type { Statement } from "../../../src/model/statement.ts";
import type { Value } from "../../../src/model/expression.ts";
import type { OutgoingRequest } from "../gateway-options.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { OutgoingRequestState } from "../messages.ts";
import type { Outcome } from "../policy-failure.ts";
import type { PolicyRun } from "../policy-run.ts";
import { wireHeaders } from "../wire.ts";
import { attributeText } from "./attribute-text.ts";

/** The attributes and children both policies may hold. */
export interface OutgoingChildren {
  readonly mode?: Value<"new" | "copy">;
  readonly url?: Value<string>;
  readonly method?: string;
  readonly headers?: readonly Statement[];
  readonly body?: Statement;
  readonly authenticationCertificate?: Statement;
  readonly authenticationManagedIdentity?: Statement;
  /** send-request only (proxy-policy.md). */
  readonly proxy?: Statement;
}

/**
 * The request before its children run: new (GET, no URL, no headers, no body), or with mode
 * "copy" the current request's method, URL, headers and body, except the body in the outbound
 * section ("In outbound mode, mode=copy does not initialize the request body", send-request-policy.md;
 * "In the outbound policy section, `mode=copy` does not initialize the request body",
 * send-one-way-request-policy.md; both Attributes: mode); then set-url and set-method. Refused
 * where the pages are silent: a mode expression giving neither "new" nor "copy" (both pages list
 * only those), a set-url expression giving "" (the pages say only "The URL of the request"), and
 * a set-url expression giving null (attribute-text.ts). set-method takes no expression (both pages'
 * Elements tables; the builders refuse one).
 */
export function startOutgoingRequest<S extends Statement & OutgoingChildren>(
  run: PolicyRun<S>,
): { readonly mode: "new" | "copy"; readonly outgoing: OutgoingRequestState } {
  const { statement, execution } = run;
  const mode = statement.mode === undefined ? "new" : run.text(statement.mode, "mode");
  if (mode !== "new" && mode !== "copy")
    throw new HarnessRefusal(
      `${statement.kind} mode: '${String(mode)}' is neither 'new' nor 'copy'; the page does not say what APIM does`,
    );
  const outgoing =
    mode === "copy"
      ? new OutgoingRequestState(
          execution.request.headers,
          run.frame.section !== "outbound" && execution.request.body.present
            ? execution.request.body.content
            : null,
        )
      : new OutgoingRequestState();
  if (mode === "copy") {
    outgoing.method = execution.request.method;
    outgoing.url = execution.request.url.href;
  }
  if (statement.url !== undefined) {
    const url = attributeText(run, statement.url, "set-url");
    if (url === "")
      throw new HarnessRefusal(
        `${statement.kind} set-url: the URL is empty; the page does not say what APIM does`,
      );
    outgoing.url = url;
  }
  if (statement.method !== undefined) outgoing.method = statement.method;
  return { mode, outgoing };
}

/**
 * Runs the children on `outgoing`, then gives the wire request, or what ended the block (a child
 * that failed).
 */
export async function shapeOutgoingRequest<S extends Statement & OutgoingChildren>(
  run: PolicyRun<S>,
  outgoing: OutgoingRequestState,
): Promise<
  { readonly request: OutgoingRequest } | { readonly ended: Exclude<Outcome, "continue"> }
> {
  const { statement } = run;
  const children: Statement[] = [...(statement.headers ?? [])];
  if (statement.body) children.push(statement.body);
  if (statement.authenticationCertificate) children.push(statement.authenticationCertificate);
  if (statement.authenticationManagedIdentity)
    children.push(statement.authenticationManagedIdentity);
  if (statement.proxy) children.push(statement.proxy);
  const shaped = await run.block(children, [run.segment], {
    target: outgoing,
    targetResponse: undefined,
  });
  if (shaped !== "continue") return { ended: shaped };
  const request: OutgoingRequest = {
    method: outgoing.method,
    url: outgoing.url,
    headers: wireHeaders(outgoing.headers, outgoing.body.content),
    body: outgoing.body.content,
    clientCertificate: outgoing.clientCertificate
      ? { der: outgoing.clientCertificate.der, thumbprint: outgoing.clientCertificate.thumbprint }
      : null,
    ...(outgoing.proxy ? { proxy: outgoing.proxy } : {}),
  };
  return { request };
}
