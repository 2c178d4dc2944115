// authentication-basic: the backend receives `Authorization: Basic base64(user:pass)`
// (authentication-basic-policy.md; the encoding and the expected value "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
// for Aladdin / open sesame are RFC 7617's, section 2), from literals, named values or expressions.
import { describe, expect, it } from "vitest";
import {
  authenticationBasic,
  forwardRequest,
  namedValue,
  policy,
  setVariable,
  type AuthenticationBasicOptions,
  type Context,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

/** RFC 7617, section 2: "Aladdin" / "open sesame". */
const RFC_7617_EXAMPLE = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==";

function gateway(credentials: AuthenticationBasicOptions) {
  return createGateway({
    namedValues: { "backend-user": "Aladdin", "backend-password": "open sesame" },
    policies: {
      api: policy({
        inbound: [
          authenticationBasic(credentials),
          setVariable("seen", (context) =>
            context.Request.Headers.GetValueOrDefault("Authorization", ""),
          ),
        ],
        backend: [forwardRequest()],
      }),
    },
  });
}

describe("authentication-basic", () => {
  it("literal credentials: the backend sees the Basic header, replacing the caller's", async () => {
    const result = await gateway({ username: "Aladdin", password: "open sesame" }).send({
      headers: { Authorization: "Bearer caller-token" },
    });
    expect(result).toHaveReachedBackend();
    expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([RFC_7617_EXAMPLE]);
    // Later policies see the header the policy set.
    expect(result.variables["seen"]!.value).toBe(RFC_7617_EXAMPLE);
  });

  it("named values in the attributes (the page's recommendation)", async () => {
    const result = await gateway({
      username: "{{backend-user}}",
      password: "{{backend-password}}",
    }).send();
    expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([RFC_7617_EXAMPLE]);
  });

  it("policy expressions in username and password", async () => {
    const result = await gateway({
      username: (context) => namedValue("backend-user"),
      password: (context) => context.Request.Headers.GetValueOrDefault("x-pass", ""),
    }).send({ headers: { "x-pass": "open sesame" } });
    expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([RFC_7617_EXAMPLE]);
  });

  it("an empty password is a valid credential (RFC 7617: user-id ':' password)", async () => {
    const result = await gateway({ username: "Aladdin", password: "" }).send();
    expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([
      `Basic ${Buffer.from("Aladdin:").toString("base64")}`,
    ]);
  });

  it("refuses what neither the page nor RFC 7617 decides", async () => {
    await expect(gateway({ username: "a:b", password: "p" }).send()).rejects.toThrow(
      /holds ':', which RFC 7617/,
    );
    await expect(gateway({ username: "Jürgen", password: "p" }).send()).rejects.toThrow(
      /non-ASCII/,
    );
    await expect(
      gateway({
        // A JavaScript caller's expression that gives null (the types do not allow it).
        username: ((context: Context) =>
          context.Request.Headers.GetValueOrDefault("x-user")) as unknown as () => string,
        password: "p",
      }).send(),
    ).rejects.toThrow(/username: the expression gave null/);
  });

  it("inbound only, once per section; both attributes required", async () => {
    const twice = createGateway({
      policies: {
        api: policy({
          inbound: [
            authenticationBasic({ username: "a", password: "b" }),
            authenticationBasic({ username: "c", password: "d" }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    await expect(twice.send()).rejects.toThrow(/can only be used once in a policy section/);
    expect(() =>
      authenticationBasic({ username: "a" } as unknown as AuthenticationBasicOptions),
    ).toThrow(/authentication-basic password is required/);
  });
});
