// The issuer DN the gateway expects (verifyClientCertIssuerDN) across chain shapes, root-only
// enforcement without it (a sibling intermediate passes when the client sends it), and the
// clientAuth EKU and foreign-root cases, on a generated tree the seed does not have.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createApplicationGateway,
  type ApplicationGateway,
  type ClientAuthConfiguration,
} from "../../harness/appgw/index.ts";
import { expectedIssuerDN } from "../../harness/appgw/trusted-client-certificates.ts";
import { customTree, type CustomTree } from "./support/custom-tree.ts";
import { minimalGateway } from "./support/minimal-gateway.ts";

let tree: CustomTree;
beforeAll(async () => {
  tree = await customTree();
});

function gateway(
  chains: string[],
  auth: ClientAuthConfiguration = {
    verifyClientAuthMode: "Strict",
    verifyClientCertIssuerDN: true,
  },
): ApplicationGateway {
  const { resource, apim } = minimalGateway({ chains, clientAuthConfiguration: auth });
  return createApplicationGateway(resource, { backends: [apim] });
}

function expected(g: ApplicationGateway): string | undefined {
  const listener = g.model.listeners.find((l) => l.name === "mtls")!;
  return expectedIssuerDN(listener.clientAuthentication!.chains);
}

async function call(g: ApplicationGateway, leaf: string | Uint8Array, chain: Uint8Array[] = []) {
  return g.send({
    port: 8443,
    url: "/",
    clientCertificate: typeof leaf === "string" ? tree.der(leaf) : leaf,
    clientCertificateChain: chain,
  });
}

describe("the expected issuer DN", () => {
  it("root → intermediate gives the intermediate's subject", () => {
    expect(expected(gateway([tree.chain("sibling", "root")]))).toBe("CN=Test Sibling CA");
  });
  it("root → int1 → int2 gives int2's, whatever the order in the file", () => {
    expect(expected(gateway([tree.chain("int2", "int1", "root")]))).toBe("CN=Test Int2 CA");
    expect(expected(gateway([tree.chain("root", "int1", "int2")]))).toBe("CN=Test Int2 CA");
  });
  it("a root-only upload gives the root's", () => {
    expect(expected(gateway([tree.chain("root")]))).toBe("CN=Test Root CA");
  });
  it("several chains of the same length: the first", () => {
    expect(expected(gateway([tree.chain("sibling", "root"), tree.chain("int1", "root")]))).toBe(
      "CN=Test Sibling CA",
    );
    expect(expected(gateway([tree.chain("int1", "root"), tree.chain("sibling", "root")]))).toBe(
      "CN=Test Int1 CA",
    );
  });
  it("chains of different lengths: the deepest", () => {
    expect(
      expected(gateway([tree.chain("sibling", "root"), tree.chain("int2", "int1", "root")])),
    ).toBe("CN=Test Int2 CA");
  });
});

describe("Strict with the issuer-DN check", () => {
  it("accepts the expected issuer's client and refuses a client of the intermediate above it", async () => {
    const g = gateway([tree.chain("int2", "int1", "root")]);
    expect((await call(g, "client-of-int2")).status).toBe(200);
    const refused = await call(g, "client-of-int1");
    expect(refused.status).toBe(400);
    expect(refused.clientAuthentication).toMatchObject({
      rejection: "unable to verify the client certificate issuer",
    });
  });

  it("root-only upload: a root-issued client passes; a deeper one (sending its chain) fails the DN check", async () => {
    const g = gateway([tree.chain("root")]);
    expect((await call(g, "client-of-root")).status).toBe(200);
    const deeper = await call(g, "client-of-int2", [tree.der("int2"), tree.der("int1")]);
    expect(deeper.clientAuthentication).toMatchObject({
      rejection: "unable to verify the client certificate issuer",
    });
  });
});

describe("Strict without the issuer-DN check: only the root is enforced", () => {
  const off = { verifyClientAuthMode: "Strict", verifyClientCertIssuerDN: false } as const;

  it("a sibling intermediate's client passes when it sends the intermediate, and not otherwise", async () => {
    const g = gateway([tree.chain("int1", "root")], off);
    expect((await call(g, "client-of-sibling", [tree.der("sibling")])).status).toBe(200);
    const alone = await call(g, "client-of-sibling");
    expect(alone.status).toBe(400);
    expect(alone.clientAuthentication).toMatchObject({
      rejection: "unable to get local issuer certificate",
    });
  });

  it("a client cannot bring its own root, even one with the same name", async () => {
    const g = gateway([tree.chain("int1", "root")], off);
    const result = await call(g, "client-of-foreign-root", [tree.der("foreign-root")]);
    expect(result.clientAuthentication).toMatchObject({
      accepted: false,
      rejection: "unable to get local issuer certificate",
    });
  });

  it("a certificate without the clientAuth EKU is refused", async () => {
    const g = gateway([tree.chain("int2", "int1", "root")], off);
    const result = await call(g, tree.serverAuthOnlyClient);
    expect(result.status).toBe(400);
    expect(result.clientAuthentication).toMatchObject({
      rejection: "unsupported certificate purpose",
    });
  });
});

describe("Passthrough", () => {
  it("forwards a certificate from a foreign root, with verification PASSTHROUGH", async () => {
    const g = gateway([tree.chain("int1", "root")], { verifyClientAuthMode: "Passthrough" });
    const result = await call(g, "client-of-foreign-root");
    expect(result.status).toBe(200);
    expect(result.serverVariables?.client_certificate_verification).toBe("PASSTHROUGH");
    // The rewrite rule forwards {var_client_certificate}: the caller's leaf as URL-encoded PEM
    // (field report 05; Microsoft, "Rewrite HTTP headers and URL with Application Gateway",
    // server variables, client_certificate). The backend must receive exactly that certificate.
    const forwarded = [result.backendRequest?.headers?.["X-Client-Certificate"] ?? []]
      .flat()
      .join(",");
    const pem = decodeURIComponent(forwarded);
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n?$/);
    const der = Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ""), "base64");
    expect(der.equals(Buffer.from(tree.der("client-of-foreign-root")))).toBe(true);
  });
});
