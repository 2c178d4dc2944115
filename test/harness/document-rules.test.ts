// The harness refuses, before the first request, every document the build refuses, with the
// build's own message (both call src/model/validate-document.ts): wrong sections (directly, in a
// choose branch, through an included fragment), literal-only attributes, enumerations, ranges,
// non-empty names, line breaks in a status reason. Builders called around the types (from
// JavaScript, or with a cast) throw the same rule's message. Sources are cited per case.
import { describe, expect, it } from "vitest";
import {
  base,
  choose,
  fragment,
  includeFragment,
  ipFilter,
  policy,
  rateLimit,
  setStatus,
  setVariable,
  trace,
  when,
  type TraceSeverity,
} from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import { validateDocument } from "../../src/model/validate-document.ts";
import type { Document, FragmentDocument, PolicyDocument } from "../../src/model/document.ts";

/** A statement built around the types, as JavaScript (or a cast) can. */
const untyped = (statement: object) => statement as never;

async function refusal(
  operation: PolicyDocument,
  fragments: Record<string, FragmentDocument> = {},
): Promise<HarnessRefusal> {
  const error = await createGateway({ policies: { operation }, fragments })
    .send()
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
  expect(error).toBeInstanceOf(HarnessRefusal);
  return error as HarnessRefusal;
}

/** The build's messages for a document (the build prints these at the module's default export). */
function buildMessages(
  document: Document,
  fragments: Record<string, FragmentDocument> = {},
): string[] {
  return validateDocument(document, { fragment: (id) => fragments[id] }).map(
    (d) => `${d.code}: ${d.message}`,
  );
}

const filter = () => ipFilter({ action: "allow", addresses: ["10.0.0.1"] });

describe("the harness refuses what the build refuses, with the build's message", () => {
  // rate-limit-policy.md, Usage: "Policy sections: inbound".
  it("rate-limit in outbound", async () => {
    const document = policy({ outbound: [untyped(rateLimit({ calls: 5, renewalPeriod: 60 }))] });
    const [message] = buildMessages(document);
    expect(message).toBe(
      "APIM2009: outbound > rate-limit[1]: <rate-limit> is not allowed in the outbound section; APIM allows it only in inbound",
    );
    expect((await refusal(document)).message).toContain(message);
  });

  // ip-filter-policy.md, Usage: "Policy sections: inbound"; a fragment's statements run in the
  // section that includes it (include-fragment-policy.md), so its rules are that section's.
  it("an ip-filter fragment included in outbound, as if ip-filter were written there", async () => {
    const fragments = { callers: fragment([filter()]) };
    const included = policy({ outbound: [includeFragment("callers")] });
    const direct = policy({ outbound: [untyped(filter())] });
    const rule =
      "<ip-filter> is not allowed in the outbound section; APIM allows it only in inbound";
    expect(buildMessages(included, fragments)).toEqual([
      `APIM2009: outbound > include-fragment[1] > fragment 'callers' > ip-filter[1]: ${rule}`,
    ]);
    expect(buildMessages(direct)).toEqual([`APIM2009: outbound > ip-filter[1]: ${rule}`]);
    expect((await refusal(included, fragments)).message).toContain(rule);
    // The same fragment included in inbound runs.
    const allowed = createGateway({
      policies: { operation: policy({ inbound: [includeFragment("callers")] }) },
      fragments,
    });
    expect((await allowed.send({ ipAddress: "10.0.0.1" })).status).toBe(200);
  });

  it("an inbound-only policy hidden in a choose branch of outbound", async () => {
    const document = policy({ outbound: [untyped(choose(when(() => true, [filter()])))] });
    const refused = await refusal(document);
    expect(refused.message).toContain(
      "outbound > choose[1] > when[1] > ip-filter[1]: <ip-filter> is not allowed",
    );
  });

  // trace-policy.md, Attributes: severity is verbose, information or error (no expressions).
  it("trace with severity 'eror'", async () => {
    const rule = "trace severity 'eror' is not one of 'verbose', 'information', 'error'";
    expect(() => trace({ source: "s", severity: "eror" as TraceSeverity, message: "m" })).toThrow(
      rule,
    );
    const document = policy({
      inbound: [
        untyped({ kind: "trace", source: "s", severity: "eror", message: "m", metadata: [] }),
      ],
    });
    expect(buildMessages(document)).toEqual([`APIM2010: inbound > trace[1]: ${rule}`]);
    expect((await refusal(document)).message).toContain(rule);
  });

  // trace-policy.md, Attributes: source takes no policy expression.
  it("trace with an expression as its source", async () => {
    const rule = "trace source accepts no policy expression in APIM; write a literal value";
    const document = policy({
      inbound: [untyped({ kind: "trace", source: () => "s", message: "m", metadata: [] })],
    });
    expect((await refusal(document)).message).toContain(rule);
  });

  // set-status-policy.md: the reason is the status line's text; RFC 9112 section 4 allows no
  // CR or LF there (field report 13-bad-input).
  it("set-status with a line break in its reason, also inside return-response", async () => {
    const rule = "set-status reason must be one line: it contains a line break (CR or LF)";
    expect(() => setStatus(400, "bad\nreason")).toThrow(rule);
    const hand = untyped({ kind: "set-status", code: 400, reason: "bad\r\nreason" });
    const document = policy({ inbound: [untyped({ kind: "return-response", children: [hand] })] });
    expect(buildMessages(document)).toEqual([
      `APIM2010: inbound > return-response[1] > set-status[1]: ${rule}`,
    ]);
    expect((await refusal(document)).message).toContain(rule);
  });

  // rate-limit-policy.md, Usage: "Policy scopes: product, API, operation".
  it("rate-limit at the global scope", async () => {
    const global = policy({ inbound: [rateLimit({ calls: 5, renewalPeriod: 60 })] });
    const rule =
      "<rate-limit> is not allowed at the global scope; APIM allows it only at product, api, operation";
    expect(
      validateDocument(global, { scope: "global" }).map((d) => `${d.code}: ${d.message}`),
    ).toEqual([`APIM2009: inbound > rate-limit[1]: ${rule}`]);
    const error = await createGateway({ policies: { global } })
      .send()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(HarnessRefusal);
    expect((error as Error).message).toContain(rule);
    expect(validateDocument(global, { scope: "product" })).toEqual([]);
  });

  // set-variable-policy.md, Attributes: name is required.
  it("set-variable with an empty name", async () => {
    expect(() => setVariable("", "x")).toThrow(
      "set-variable name must be a non-empty string, got ''",
    );
    const document = policy({
      inbound: [untyped({ kind: "set-variable", name: " ", value: "x" })],
    });
    expect((await refusal(document)).message).toContain(
      "set-variable name must be a non-empty string",
    );
  });

  // rate-limit-policy.md, Attributes: renewal-period's maximum allowed value is 300 seconds.
  it("rate-limit with a renewal period over 300 seconds", async () => {
    const rule = "rate-limit renewal-period must be an integer from 1 to 300, got 301";
    expect(() => rateLimit({ calls: 1, renewalPeriod: 301 })).toThrow(rule);
    const document = policy({
      inbound: [untyped({ kind: "rate-limit", calls: 1, renewalPeriod: 301 })],
    });
    expect((await refusal(document)).message).toContain(rule);
  });

  it("a statement apim-ts has no policy for", async () => {
    const document = policy({ inbound: [untyped({ kind: "invoke-dapr-binding" })] });
    expect((await refusal(document)).message).toContain(
      "inbound > invoke-dapr-binding[1]: 'invoke-dapr-binding' is not a policy apim-ts knows",
    );
  });

  // include-fragment-policy.md / the fragment rules: no <base/> and no nested fragments.
  it("a hand-built fragment holding <base/>", async () => {
    const broken = { kind: "fragment", statements: [base()] } as FragmentDocument;
    const refused = await refusal(policy({ inbound: [base(), includeFragment("broken")] }), {
      broken,
    });
    expect(refused.message).toContain("fragment > base[1]: a fragment cannot hold <base/>");
  });
});
