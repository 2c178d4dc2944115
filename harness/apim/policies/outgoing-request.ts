// The request a send-request or a send-one-way-request builds: its children (set-header, set-body,
// authentication-certificate, authentication-managed-identity, send-request's proxy) shape it in the order the harness
// runs them, then it becomes the wire request a service mock receives. One place for both
// policies, whose pages list the same children (send-request-policy.md and
// send-one-way-request-policy.md, Elements).
import type { Statement } from "../../../src/model/statement.ts";
import type { OutgoingRequest } from "../gateway-options.ts";
import type { OutgoingRequestState } from "../messages.ts";
import type { Outcome } from "../policy-failure.ts";
import type { PolicyRun } from "../policy-run.ts";
import { wireHeaders } from "../wire.ts";

/** The children both policies may hold. */
export interface OutgoingChildren {
  readonly headers?: readonly Statement[];
  readonly body?: Statement;
  readonly authenticationCertificate?: Statement;
  readonly authenticationManagedIdentity?: Statement;
  /** send-request only (proxy-policy.md). */
  readonly proxy?: Statement;
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
