// <authentication-certificate>: the client certificate APIM presents to the backend (or, inside
// send-request, to that service): an uploaded certificate by thumbprint or certificate id, or a
// certificate from bytes. Never the caller's certificate.
// CertificateNotFound is the harness's reason: neither Microsoft's "Predefined errors for policies"
// table nor the authentication-certificate reference names the error for a missing certificate.
// A body that gives no DER certificate is refused (a PFX, null, other bytes: the page is silent).
import type { AuthenticationCertificate } from "../../../src/policies/authentication-certificate.ts";
import { certificateRecord, type CertificateRecord } from "../certificate-input.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { OutgoingRequestState } from "../messages.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

const NOT_FOUND = { status: 500, reason: "Internal Server Error" };

function resolve(run: PolicyRun<AuthenticationCertificate>): CertificateRecord {
  const statement = run.statement as Partial<
    Record<"thumbprint" | "certificateId" | "body" | "password", unknown>
  >;
  const uploaded = run.gateway.uploadedCertificates;
  if (statement.thumbprint !== undefined) {
    const thumbprint = (run.text(statement.thumbprint as string, "thumbprint") ?? "").toUpperCase();
    const found = uploaded.find((record) => record.thumbprint === thumbprint);
    return (
      found ??
      run.fail(
        "CertificateNotFound",
        `No certificate with thumbprint '${thumbprint}' is uploaded to the service`,
        NOT_FOUND,
      )
    );
  }
  if (statement.certificateId !== undefined) {
    const id = run.text(statement.certificateId as string, "certificate-id") ?? "";
    const found = uploaded.find((record) => record.id === id);
    return (
      found ??
      run.fail(
        "CertificateNotFound",
        `No certificate with id '${id}' is uploaded to the service`,
        NOT_FOUND,
      )
    );
  }
  // Attributes, body: "Client certificate as a byte array", with password "if certificate
  // specified in body is password protected" (a PFX). The page does not say what APIM does with
  // null, with bytes that are no certificate, or how it reads a PFX: refused, not invented.
  const bytes = run.value(statement.body as never, "body");
  if (!(bytes instanceof Uint8Array))
    throw new HarnessRefusal(
      "authentication-certificate body gave no bytes; authentication-certificate-policy.md does not say what APIM does then",
    );
  try {
    return certificateRecord(bytes);
  } catch {
    throw new HarnessRefusal(
      "authentication-certificate body is not a DER certificate: PFX bodies (with password) are not simulated, " +
        "and authentication-certificate-policy.md does not say what APIM does with bytes that are no certificate",
    );
  }
}

export const runAuthenticationCertificate: PolicyHandler<AuthenticationCertificate> = (run) => {
  const record = resolve(run);
  const target = run.frame.target;
  if (target instanceof OutgoingRequestState) target.clientCertificate = record;
  else run.execution.backendCertificate = record;
  run.note(`authentication-certificate ${record.thumbprint}${record.id ? ` (${record.id})` : ""}`);
};
