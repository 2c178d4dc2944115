// Maps every statement kind to its policy module's XML function: the one table the emitter uses.
import type { Statement } from "../model/statement.ts";
import type { XmlNode } from "../emit/xml-tree.ts";
import { authenticationCertificateToXml } from "./authentication-certificate.ts";
import { baseToXml } from "./base.ts";
import { checkHeaderToXml } from "./check-header.ts";
import { chooseToXml } from "./choose.ts";
import { forwardRequestToXml } from "./forward-request.ts";
import { includeFragmentToXml } from "./include-fragment.ts";
import { ipFilterToXml } from "./ip-filter.ts";
import { rateLimitToXml } from "./rate-limit.ts";
import { rawXmlToXml } from "./raw-xml.ts";
import { returnResponseToXml } from "./return-response.ts";
import { sendRequestToXml } from "./send-request.ts";
import { setBackendServiceToXml } from "./set-backend-service.ts";
import { setBodyToXml } from "./set-body.ts";
import { setHeaderToXml } from "./set-header.ts";
import { setStatusToXml } from "./set-status.ts";
import { setVariableToXml } from "./set-variable.ts";
import { traceToXml } from "./trace.ts";
import { validateClientCertificateToXml } from "./validate-client-certificate.ts";
import { setMethodToXml } from "./set-method.ts";
import { setQueryParameterToXml } from "./set-query-parameter.ts";
import { rewriteUriToXml } from "./rewrite-uri.ts";
import { cacheLookupValueToXml } from "./cache-lookup-value.ts";
import { cacheStoreValueToXml } from "./cache-store-value.ts";
import { cacheRemoveValueToXml } from "./cache-remove-value.ts";
import { rateLimitByKeyToXml } from "./rate-limit-by-key.ts";
import { retryToXml } from "./retry.ts";

type ToXml = { [K in Statement["kind"]]: (statement: Extract<Statement, { kind: K }>) => XmlNode };

const TO_XML: ToXml = {
  "authentication-certificate": authenticationCertificateToXml,
  base: baseToXml,
  "check-header": checkHeaderToXml,
  choose: (statement) => chooseToXml(statement, statementToXml),
  "forward-request": forwardRequestToXml,
  "include-fragment": includeFragmentToXml,
  "ip-filter": ipFilterToXml,
  "rate-limit": rateLimitToXml,
  "raw-xml": rawXmlToXml,
  "return-response": (statement) => returnResponseToXml(statement, statementToXml),
  "send-request": (statement) => sendRequestToXml(statement, statementToXml),
  "set-backend-service": setBackendServiceToXml,
  "set-body": setBodyToXml,
  "set-header": setHeaderToXml,
  "set-status": setStatusToXml,
  "set-variable": setVariableToXml,
  trace: traceToXml,
  "validate-client-certificate": validateClientCertificateToXml,
  "set-method": setMethodToXml,
  "set-query-parameter": setQueryParameterToXml,
  "rewrite-uri": rewriteUriToXml,
  "cache-lookup-value": cacheLookupValueToXml,
  "cache-store-value": cacheStoreValueToXml,
  "cache-remove-value": cacheRemoveValueToXml,
  "rate-limit-by-key": rateLimitByKeyToXml,
  retry: (statement) => retryToXml(statement, statementToXml),
};

/** The XML of one statement (recursing into choose, return-response and send-request). */
export function statementToXml(statement: Statement): XmlNode {
  const toXml = TO_XML[statement.kind] as ((s: Statement) => XmlNode) | undefined;
  if (!toXml) throw new Error(`no XML mapping for statement kind '${(statement as { kind: string }).kind}'`);
  return toXml(statement);
}
