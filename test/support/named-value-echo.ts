// A policy that shows what its expressions see of the named value `text`: the value alone and
// inside a template (a hole of a C# interpolated string). Shared by the harness test and the C#
// replay of the same values (test/harness/named-values.test.ts, test/replay/named-values-replay.test.ts).
import { csharp, namedBoolean, namedValue, policy, setVariable } from "apim-ts";
import { createGateway } from "apim-ts/harness";

export const echoPolicy = policy({
  inbound: [
    setVariable("text", () => namedValue("text")),
    setVariable("template", () => `[${namedValue("text")}]`),
  ],
});

export const flagPolicy = policy({
  inbound: [setVariable("flag", () => (namedBoolean("flag") ? "on" : "off"))],
});

/** Raw C# reading `text` in a verbatim string, where a backslash is no escape. */
export const verbatimPolicy = policy({
  inbound: [
    setVariable(
      "text",
      csharp('@(@"{{text}}")', () => namedValue("text")),
    ),
  ],
});

/** A gateway running echoPolicy (or `operation`) with `text` as the named value's configured text. */
export function echoGateway(text: string, operation = echoPolicy) {
  return createGateway({ namedValues: { text }, policies: { operation } });
}

/** A gateway running flagPolicy with `flag` as the named value's configured text. */
export function flagGateway(flag: string) {
  return createGateway({ namedValues: { flag }, policies: { operation: flagPolicy } });
}
