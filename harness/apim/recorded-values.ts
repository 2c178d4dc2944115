// A request's values as the C# replay's wire format carries them (harness/crosscheck/
// context-description.ts): a variable's typed value, and a response copied as it stood when an
// expression ran. Used by input-recording.ts, which records every evaluation's inputs.
import type { AuthorizationValue } from "../dotnet/authorization.ts";
import type { JwtValue } from "../dotnet/jwt.ts";
import type { TypedValue as WireValue } from "../crosscheck/context-description.ts";
import { nonNullable, type TypedValue } from "./csharp-values.ts";
import { ResponseState } from "./messages.ts";

/** A response as it was when the snapshot was taken (context.Response or a stored IResponse). */
export interface MessageSnapshot {
  readonly statusCode: number;
  readonly statusReason: string;
  readonly headers: Record<string, string[]>;
  readonly body: { readonly content: string | null; readonly consumed: boolean };
}

export function responseSnapshot(response: ResponseState): MessageSnapshot {
  return {
    statusCode: response.statusCode,
    statusReason: response.statusReason,
    headers: response.headers.toRecord(),
    body: response.body.snapshot(),
  };
}

/** A harness variable as the wire format carries it, or a reason it cannot. */
export function wireValue(typed: TypedValue): WireValue | string {
  const value = typed.value as any;
  if (value === null || value === undefined) return { type: "null" };
  switch (nonNullable(typed.type)) {
    case "string":
      return { type: "string", value };
    case "bool":
      return { type: "bool", value };
    case "int":
      return { type: "int", value };
    case "long":
      return { type: "long", value: String(value) };
    case "double":
      return { type: "double", value: Number.isFinite(value) ? value : (String(value) as "NaN") };
    case "char":
      return { type: "char", value };
    case "byte[]":
      return { type: "bytes", value: Buffer.from(value as Uint8Array).toString("base64") };
    case "DateTime":
      return { type: "DateTime", ticks: String(value.Ticks), kind: value.Kind };
    case "TimeSpan":
      return { type: "TimeSpan", ticks: String(value.Ticks) };
    case "Guid":
      return { type: "Guid", value: value.ToString() };
    case "IResponse": {
      // The recorder passes the copy taken before the evaluation; a live response is copied here.
      const response: MessageSnapshot =
        value instanceof ResponseState ? responseSnapshot(value) : value;
      return {
        type: "IResponse",
        statusCode: response.statusCode,
        statusReason: response.statusReason,
        headers: response.headers,
        body: response.body.content,
        ...(response.body.consumed ? { bodyConsumed: true } : {}),
      };
    }
    case "Jwt":
      return { type: "Jwt", token: (value as JwtValue).decoded.text };
    case "Authorization": {
      const authorization = value as AuthorizationValue;
      return {
        type: "Authorization",
        accessToken: authorization.AccessToken,
        claims: Object.fromEntries(authorization.claimEntries),
      };
    }
    default:
      return `a ${typed.type}, which the replay's wire format cannot carry`;
  }
}
