// set-body template="liquid": renders a Liquid template with liquidjs configured as APIM's DotLiquid
// in "C# mode" (set-body-policy.md, "Using Liquid templates with set-body"). What the page
// documents and the harness reproduces: the filter set, with Pascal-cased names only ("The policy
// requires Pascal casing for Liquid filter names"); `body` bound from a JSON body when the
// Content-Type is application/json, text/json or ends with +json; `body` as the empty string
// inside return-response ("any liquid template used inside the return-response will receive an
// empty string as its input"); the `context` members the page lists. Refused where the page is
// silent or the harness differs: an XML body (DotLiquid's XML binding is not simulated), a body
// with any other Content-Type, `Date` (C# date formats) and `Currency` (culture), a context member
// the page does not list or the harness does not track (OriginalMethod, ClientCertificates,
// Response.Method), a template liquidjs cannot parse. Chosen (docs/project-choices.md, "Liquid"):
// the other filters behave as liquidjs's Shopify filters of the same snake_case name; a header
// or query parameter with several values reads as the values joined with ",".
import { Drop, Liquid } from "liquidjs";
import type { Context } from "../../src/context/context.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import type { HeaderMap } from "./header-map.ts";
import type { Message, RequestState } from "./messages.ts";

/** set-body-policy.md, "Supported Liquid filters", each with the liquidjs filter it runs. */
export const LIQUID_FILTERS: Readonly<Record<string, string>> = {
  Abs: "abs",
  Append: "append",
  AtLeast: "at_least",
  AtMost: "at_most",
  Capitalize: "capitalize",
  Compact: "compact",
  Default: "default",
  DividedBy: "divided_by",
  Downcase: "downcase",
  Escape: "escape",
  First: "first",
  H: "escape",
  Join: "join",
  Last: "last",
  Lstrip: "lstrip",
  Map: "map",
  Minus: "minus",
  Modulo: "modulo",
  NewlineToBr: "newline_to_br",
  Plus: "plus",
  Prepend: "prepend",
  Remove: "remove",
  RemoveFirst: "remove_first",
  Replace: "replace",
  ReplaceFirst: "replace_first",
  Round: "round",
  Rstrip: "rstrip",
  Size: "size",
  Slice: "slice",
  Sort: "sort",
  Split: "split",
  Strip: "strip",
  StripHtml: "strip_html",
  StripNewlines: "strip_newlines",
  Times: "times",
  Truncate: "truncate",
  TruncateWords: "truncatewords",
  Uniq: "uniq",
  Upcase: "upcase",
  UrlDecode: "url_decode",
  UrlEncode: "url_encode",
};

/** Documented filters the harness refuses, with why. */
const REFUSED_FILTERS: Readonly<Record<string, string>> = {
  Date: 'it takes C# date formats (the page\'s example: Date:"yyyyMMddTHH:mm:ssZ"), which the harness does not implement',
  Currency: "it formats by .NET culture, which the harness does not implement",
};

function createEngine(): Liquid {
  const engine = new Liquid({ strictFilters: true, ownPropertyOnly: true });
  const builtIn = { ...engine.filters };
  for (const name of Object.keys(builtIn)) engine.unregisterFilter(name);
  for (const [pascal, snake] of Object.entries(LIQUID_FILTERS))
    engine.registerFilter(pascal, builtIn[snake]!);
  // Liquid's divided_by: "the result is rounded down to the nearest integer (that is, the floor)
  // if the divisor is an integer" (shopify.github.io/liquid, linked from the page); liquidjs does
  // that only when asked. Chosen: a JavaScript number that is whole counts as an integer.
  // liquidjs's built-in filters are plain functions (FilterImplOptions also allows an object form).
  const dividedBy = builtIn.divided_by as (this: unknown, ...args: unknown[]) => unknown;
  engine.registerFilter("DividedBy", function (this: unknown, dividend: unknown, divisor: unknown) {
    return dividedBy.call(this, dividend, divisor, Number.isInteger(Number(divisor)));
  });
  for (const [name, why] of Object.entries(REFUSED_FILTERS)) {
    engine.registerFilter(name, () => {
      throw new HarnessRefusal(`set-body liquid: the ${name} filter is refused: ${why}`);
    });
  }
  return engine;
}

const ENGINE = createEngine();

/** A Liquid object whose members not listed on the page are refused rather than printed empty. */
class DocumentedMembers extends Drop {
  constructor(private readonly owner: string) {
    super();
  }
  override liquidMethodMissing(key: unknown): unknown {
    throw new HarnessRefusal(
      `set-body liquid: ${this.owner}.${String(key)} is not a context member the harness provides ` +
        "(set-body-policy.md lists Request.Url, Method, OriginalUrl, IpAddress, MatchedParameters, HasBody, Headers; " +
        "Response.StatusCode, Headers; OriginalMethod, ClientCertificates and Response.Method are not simulated)",
    );
  }
}

/** Header or parameter lookup by name (case-insensitive for headers); several values joined with ",". */
class NamedValues extends Drop {
  constructor(private readonly lookup: (name: string) => string | undefined) {
    super();
  }
  override liquidMethodMissing(key: unknown): unknown {
    return this.lookup(String(key));
  }
}

const headerValues = (headers: HeaderMap) =>
  new NamedValues((name) => headers.get(name)?.join(","));

class UrlDrop extends DocumentedMembers {
  readonly Scheme: string;
  readonly Host: string;
  readonly Port: number;
  readonly Path: string;
  readonly QueryString: string;
  readonly Query: NamedValues;
  readonly #text: string;
  constructor(owner: string, url: Context["Request"]["Url"], parsed: URL) {
    super(owner);
    this.Scheme = url.Scheme;
    this.Host = url.Host;
    this.Port = url.Port;
    this.Path = url.Path;
    this.QueryString = url.QueryString;
    this.Query = new NamedValues((name) =>
      parsed.searchParams.has(name) ? parsed.searchParams.getAll(name).join(",") : undefined,
    );
    this.#text = url.ToString();
  }
  ToString(): string {
    return this.#text;
  }
  /** What `{{context.Request.Url}}` prints (DotLiquid prints an object's ToString()). */
  override valueOf(): string {
    return this.#text;
  }
}

function contextModel(context: Context, request: RequestState, response: Message): Drop {
  const model = new DocumentedMembers("context");
  const requestModel = Object.assign(new DocumentedMembers("context.Request"), {
    Url: new UrlDrop("context.Request.Url", context.Request.Url, request.url),
    OriginalUrl: new UrlDrop(
      "context.Request.OriginalUrl",
      context.Request.OriginalUrl,
      request.originalUrl,
    ),
    Method: request.method,
    IpAddress: request.ipAddress,
    MatchedParameters: new NamedValues((name) =>
      context.Request.MatchedParameters.ContainsKey(name)
        ? context.Request.MatchedParameters.GetValueOrDefault(name, "")
        : undefined,
    ),
    HasBody: request.body.present && request.body.content !== "",
    Headers: headerValues(request.headers),
  });
  const statusCode = (response as { statusCode?: number }).statusCode;
  const responseModel = Object.assign(new DocumentedMembers("context.Response"), {
    StatusCode: statusCode,
    Headers: headerValues(response.headers),
  });
  return Object.assign(model, { Request: requestModel, Response: responseModel });
}

const JSON_TYPE = /^(application\/json|text\/json|[^;\s]+\+json)\s*(;|$)/i;
const XML_TYPE = /^(application\/xml|text\/xml|[^;\s]+\+xml)\s*(;|$)/i;

/** The `body` a template sees: the parsed JSON body, or "" inside return-response. */
function bodyModel(message: Message, inReturnResponse: boolean): unknown {
  if (inReturnResponse) return "";
  const contentType = (message.headers.get("Content-Type") ?? []).join(",").trim();
  if (XML_TYPE.test(contentType)) {
    throw new HarnessRefusal(
      `set-body liquid: the body is XML (Content-Type '${contentType}'); the harness does not simulate DotLiquid's XML binding`,
    );
  }
  if (!JSON_TYPE.test(contentType)) {
    throw new HarnessRefusal(
      `set-body liquid: the template reads body but the Content-Type is '${contentType}'; set-body-policy.md binds ` +
        "a body only for application/json, text/json, +json (or XML) and does not say what body is otherwise",
    );
  }
  const text = message.body.present ? message.body.content : "";
  try {
    return JSON.parse(text ?? "");
  } catch {
    throw new HarnessRefusal(
      "set-body liquid: the body is not valid JSON; set-body-policy.md does not say what a template sees then",
    );
  }
}

/**
 * Renders a set-body Liquid template over a message: `body` (read only when the template uses
 * it) and `context`. Throws HarnessRefusal for what the harness does not simulate.
 */
export function renderLiquid(
  template: string,
  target: Message,
  inReturnResponse: boolean,
  context: Context,
  request: RequestState,
  response: Message,
): string {
  try {
    const parsed = ENGINE.parse(template);
    const variables = ENGINE.variablesSync(parsed);
    const scope: Record<string, unknown> = { context: contextModel(context, request, response) };
    if (variables.includes("body")) scope.body = bodyModel(target, inReturnResponse);
    return ENGINE.renderSync(parsed, scope) as string;
  } catch (error) {
    if (error instanceof HarnessRefusal) throw error;
    const original = (error as { originalError?: unknown }).originalError;
    if (original instanceof HarnessRefusal) throw original;
    throw new HarnessRefusal(
      `set-body liquid: ${(error as Error).message}; Microsoft's page does not say what APIM does with such a template`,
    );
  }
}
