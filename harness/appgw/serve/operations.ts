// The APIM side of `apim-ts serve`: the documents of `policy-src/` loaded in memory exactly as
// `apim-ts build` loads them (same program, same source tags, so the harness runs what would be
// emitted), one simulated APIM instance per operation file, an echo backend, and one backend
// target that routes by path (`/validate-from-agw` → validate-from-agw.operation.ts). The harness
// models one operation per instance, hence one instance per operation behind a path router.
import path from "node:path";
import ts from "../../../src/compile/typescript.js";
import { loadPolicyModules } from "../../../src/compile/load-modules.ts";
import {
  createPolicyProgram,
  listPolicyFiles,
  ownDiagnostics,
} from "../../../src/compile/program.ts";
import type { CertificateFolder } from "../../../src/certificates/index.ts";
import type { FragmentDocument, PolicyDocument } from "../../../src/model/document.ts";
import { policy } from "../../../src/model/document.ts";
import { returnResponse } from "../../../src/policies/return-response.ts";
import { setBody } from "../../../src/policies/set-body.ts";
import { setHeader } from "../../../src/policies/set-header.ts";
import { setStatus } from "../../../src/policies/set-status.ts";
import type { VirtualClock } from "../../apim/clock.ts";
import { createGateway, type ApimGateway } from "../../apim/gateway.ts";
import type { GatewayRequest, MockHandler } from "../../apim/gateway-options.ts";
import type { SendResult } from "../../apim/result.ts";
import type { BackendTarget } from "../compile-configuration.ts";

/** The documents found in the policy folder. */
export interface LoadedPolicies {
  /** Operation name (file stem without `.operation.ts`) → document. */
  readonly operations: ReadonlyMap<string, PolicyDocument>;
  /** Fragment id (file stem without `.fragment.ts`) → document. */
  readonly fragments: Readonly<Record<string, FragmentDocument>>;
  /** Type errors and load failures, formatted; non-empty means nothing should be served. */
  readonly errors: readonly string[];
}

const OPERATION = /\.operation\.ts$/;
const FRAGMENT = /\.fragment\.ts$/;

/** Type-checks and loads `sourceDir` the way the build does. */
export async function loadPolicies(root: string, sourceDir: string): Promise<LoadedPolicies> {
  const files = listPolicyFiles(sourceDir);
  const program = createPolicyProgram(root, files);
  const own = (file: ts.SourceFile) =>
    path.resolve(file.fileName).startsWith(path.resolve(sourceDir) + path.sep);
  const errors = ownDiagnostics(program.program, own)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file)
    .map((d) => ts.formatDiagnostic(d, formatHost(root)).trimEnd());
  const operations = new Map<string, PolicyDocument>();
  const fragments: Record<string, FragmentDocument> = {};
  if (errors.length > 0) return { operations, fragments, errors };
  const entries = files.filter((file) => OPERATION.test(file) || FRAGMENT.test(file));
  for (const loaded of await loadPolicyModules(program, entries)) {
    const name = path.basename(loaded.file).replace(OPERATION, "").replace(FRAGMENT, "");
    const document = loaded.exports?.default as PolicyDocument | FragmentDocument | undefined;
    if (loaded.error !== undefined) {
      errors.push(
        `${path.relative(root, loaded.file)}: the module threw while it was loaded: ${String(loaded.error)}`,
      );
    } else if (document?.kind === "policies" && OPERATION.test(loaded.file)) {
      operations.set(name, document);
    } else if (document?.kind === "fragment" && FRAGMENT.test(loaded.file)) {
      fragments[name] = document;
    }
  }
  return { operations, fragments, errors };
}

function formatHost(root: string): ts.FormatDiagnosticsHost {
  return {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => "\n",
  };
}

/** The echo backend: answers 200 with what APIM forwarded, so a caller sees the headers APIM received. */
export const echoBackend: MockHandler = (request) => ({
  status: 200,
  reason: "OK",
  headers: { "Content-Type": "application/json; charset=utf-8" },
  body:
    JSON.stringify(
      {
        echo: "apim-ts serve echo backend",
        method: request.method,
        url: request.url,
        headers: request.headers,
        clientCertificateFromApim: request.clientCertificate?.thumbprint ?? null,
      },
      null,
      2,
    ) + "\n",
});

/** What APIM answers for a path no operation matches (its own 404, before any operation policy). */
const NO_OPERATION = policy({
  inbound: [
    returnResponse([
      setStatus(404, "Resource Not Found"),
      setHeader("Content-Type", "application/json"),
      setBody('{ "statusCode": 404, "message": "Resource not found" }'),
    ]),
  ],
});

/** How the APIM instances are configured. */
export interface ApimOptions {
  readonly folder: CertificateFolder;
  readonly clock: VirtualClock;
  /** Named values; `validate-certificate-chain` and `protected-api-url` get defaults. */
  readonly namedValues?: Readonly<Record<string, string>>;
}

/** APIM with every operation of `policies`, routed by the first path segment. */
export interface ApimRouter extends BackendTarget {
  readonly host: string;
  /** `/validate-from-agw`, ... in file order. */
  readonly paths: readonly string[];
  readonly instances: ReadonlyMap<string, ApimGateway>;
}

/** The seed's APIM (Developer tier; Valid Client and Unprotected API uploaded; root + DEV intermediate as CAs) per operation. */
export function createApimRouter(policies: LoadedPolicies, options: ApimOptions): ApimRouter {
  const { folder, clock } = options;
  const namedValues = {
    "validate-certificate-chain": "true",
    "protected-api-url": "https://protected-api.example.net",
    ...options.namedValues,
  };
  const common = {
    namedValues,
    fragments: policies.fragments,
    clock,
    backend: echoBackend,
    deployment: {
      // Direct callers present certificates in the handshake: the host name negotiates them.
      negotiateClientCertificate: true,
      certificates: [
        { id: folder.validClient.name, certificate: folder.validClient },
        { id: folder.unprotectedApi.name, certificate: folder.unprotectedApi },
      ],
      caCertificates: [folder.rootCa, folder.devIntermediateCa],
    },
  };
  const instances = new Map<string, ApimGateway>();
  for (const [name, document] of policies.operations) {
    instances.set(
      name,
      createGateway({
        ...common,
        policies: { operation: document },
        operation: { id: name, name, method: "GET", urlTemplate: `/${name}` },
      }),
    );
  }
  const notFound = createGateway({ ...common, policies: { global: NO_OPERATION } });
  return {
    host: notFound.host,
    tier: notFound.tier,
    paths: [...instances.keys()].map((name) => `/${name}`),
    instances,
    send(request: GatewayRequest): Promise<SendResult> {
      const segment =
        new URL(request.url ?? "/", `https://${notFound.host}`).pathname.split("/")[1] ?? "";
      return (instances.get(decodeURIComponent(segment)) ?? notFound).send(request);
    },
  };
}
