// APIM's allow-list of .NET types and members usable in policy expressions, as data, and the
// check of an expression's references (read from its compiled IL by model/il-inspector.cs)
// against it. Source: Microsoft's "API Management policy expressions" page, ".NET Framework
// types allowed in policy expressions" table (transcribed; extend here, never in code), plus
// what the C# compiler itself emits for allowed constructs (delegates, boxing, array init).

/** "all" members, only the listed ones, or all but the listed ones. Members: C# names (`Now`, not `get_Now`; `.ctor`). */
export type AllowedMembers = "all" | { only: readonly string[] } | { except: readonly string[] };

const all = "all" as const;

export const allowList: Readonly<Record<string, AllowedMembers>> = {
  // APIM's context model (harness/crosscheck/model): the interfaces expressions see, the extension
  // methods APIM provides, and the virtual clock standing for DateTime.Now/UtcNow/Today.
  "ApimModel.IProxyRequestContext": all,
  "ApimModel.IApi": all,
  "ApimModel.IDeployment": all,
  "ApimModel.ILastError": all,
  "ApimModel.IOperation": all,
  "ApimModel.IProduct": all,
  "ApimModel.IRequest": all,
  "ApimModel.IResponse": all,
  "ApimModel.IMessageBody": all,
  "ApimModel.IUrl": all,
  "ApimModel.ISubscription": all,
  "ApimModel.IUser": all,
  "ApimModel.IWorkspace": all,
  "ApimModel.ContextExtensions": all,
  // APIM's Jwt and its string extensions AsJwt / TryParseJwt (expression reference, context types).
  "ApimModel.Jwt": all,
  "ApimModel.JwtExtensions": all,
  // APIM's BasicAuthCredentials and its string extensions AsBasic / TryParseBasic (same table).
  "ApimModel.BasicAuthCredentials": all,
  "ApimModel.BasicAuthExtensions": all,
  // APIM's byte[] extensions Encrypt / Decrypt (same table).
  "ApimModel.SymmetricEncryptionExtensions": all,
  // get-authorization-context's Authorization (get-authorization-context-policy.md).
  "ApimModel.Authorization": all,
  // Json.NET 13.x members that Debian's 6.0.8 lacks (model/json-version.cs).
  "ApimModel.JsonVersionExtensions": all,
  "ApimModel.JsonConvert": { only: ["SerializeObject", "DeserializeObject"] },
  "ApimModel.ApimTime": all,
  "ApimModel.ApimTimeOffset": all,
  // Guid.NewGuid() replaying the harness's GUIDs (model/replay-guids.cs, guid-rewrite.ts).
  "ApimModel.Uuid": { only: ["NewGuid"] },
  // System.Random replaying the harness's draws (model/replay-randoms.cs, random-rewrite.ts).
  "ApimModel.Chance": { only: [".ctor", "Next"] },

  "Newtonsoft.Json.Formatting": all,
  "Newtonsoft.Json.JsonConvert": { only: ["SerializeObject", "DeserializeObject"] },
  "Newtonsoft.Json.Linq.Extensions": all,
  "Newtonsoft.Json.Linq.JArray": all,
  "Newtonsoft.Json.Linq.JConstructor": all,
  "Newtonsoft.Json.Linq.JContainer": all,
  "Newtonsoft.Json.Linq.JObject": all,
  "Newtonsoft.Json.Linq.JProperty": all,
  "Newtonsoft.Json.Linq.JRaw": all,
  "Newtonsoft.Json.Linq.JToken": all,
  "Newtonsoft.Json.Linq.JTokenType": all,
  "Newtonsoft.Json.Linq.JValue": all,

  "System.Array": all,
  "System.BitConverter": all,
  "System.Boolean": all,
  "System.Byte": all,
  "System.Char": all,
  "System.Collections.Generic.Dictionary": all,
  "System.Collections.Generic.HashSet": all,
  "System.Collections.Generic.ICollection": all,
  "System.Collections.Generic.IDictionary": all,
  "System.Collections.Generic.IEnumerable": all,
  "System.Collections.Generic.IEnumerator": all,
  "System.Collections.Generic.IList": all,
  "System.Collections.Generic.IReadOnlyCollection": all,
  "System.Collections.Generic.IReadOnlyDictionary": all,
  "System.Collections.Generic.ISet": all,
  "System.Collections.Generic.KeyValuePair": all,
  "System.Collections.Generic.List": all,
  "System.Collections.Generic.Queue": all,
  "System.Collections.Generic.Stack": all,
  "System.Convert": all,
  "System.DateTime": {
    except: [
      "SpecifyKind",
      "ParseExact",
      "ToUniversalTime",
      "ToLocalTime",
      "Kind",
      "ToFileTime",
      "FromFileTime",
    ],
  },
  "System.DateTimeKind": all,
  "System.DateTimeOffset": all,
  "System.Decimal": all,
  "System.Double": all,
  "System.Enum": { only: ["Parse", "TryParse", "ToString"] },
  "System.Exception": all,
  "System.Guid": all,
  "System.Int16": all,
  "System.Int32": all,
  "System.Int64": all,
  "System.IO.StringReader": all,
  "System.IO.StringWriter": all,
  "System.Linq.Enumerable": all,
  "System.Linq.IGrouping": all,
  "System.Linq.IOrderedEnumerable": all,
  "System.Math": all,
  "System.MidpointRounding": all,
  "System.Net.IPAddress": {
    only: [
      "AddressFamily",
      "Equals",
      "GetAddressBytes",
      "IsLoopback",
      "Parse",
      "TryParse",
      "ToString",
    ],
  },
  "System.Net.WebUtility": all,
  "System.Nullable": all,
  "System.Random": all,
  "System.SByte": all,
  "System.Security.Cryptography.AsymmetricAlgorithm": all,
  "System.Security.Cryptography.CipherMode": all,
  "System.Security.Cryptography.HashAlgorithm": all,
  "System.Security.Cryptography.HashAlgorithmName": all,
  "System.Security.Cryptography.HMAC": all,
  "System.Security.Cryptography.HMACMD5": all,
  "System.Security.Cryptography.HMACSHA1": all,
  "System.Security.Cryptography.HMACSHA256": all,
  "System.Security.Cryptography.HMACSHA384": all,
  "System.Security.Cryptography.HMACSHA512": all,
  "System.Security.Cryptography.KeyedHashAlgorithm": all,
  "System.Security.Cryptography.MD5": all,
  "System.Security.Cryptography.Oid": all,
  "System.Security.Cryptography.PaddingMode": all,
  "System.Security.Cryptography.RNGCryptoServiceProvider": all,
  "System.Security.Cryptography.RSA": all,
  "System.Security.Cryptography.RSAEncryptionPadding": all,
  "System.Security.Cryptography.RSASignaturePadding": all,
  "System.Security.Cryptography.SHA1": all,
  "System.Security.Cryptography.SHA1Managed": all,
  "System.Security.Cryptography.SHA256": all,
  "System.Security.Cryptography.SHA256Managed": all,
  "System.Security.Cryptography.SHA384": all,
  "System.Security.Cryptography.SHA384Managed": all,
  "System.Security.Cryptography.SHA512": all,
  "System.Security.Cryptography.SHA512Managed": all,
  "System.Security.Cryptography.SymmetricAlgorithm": all,
  "System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions": all,
  "System.Security.Cryptography.X509Certificates.PublicKey": all,
  "System.Security.Cryptography.X509Certificates.RSACertificateExtensions": all,
  "System.Security.Cryptography.X509Certificates.X500DistinguishedName": { only: ["Name"] },
  "System.Security.Cryptography.X509Certificates.X509Certificate": all,
  "System.Security.Cryptography.X509Certificates.X509Certificate2": all,
  "System.Security.Cryptography.X509Certificates.X509ContentType": all,
  "System.Security.Cryptography.X509Certificates.X509NameType": all,
  "System.Single": all,
  "System.String": all,
  "System.StringComparer": all,
  "System.StringComparison": all,
  "System.StringSplitOptions": all,
  "System.Text.Encoding": all,
  "System.Text.RegularExpressions.Capture": { only: ["Index", "Length", "Value"] },
  "System.Text.RegularExpressions.CaptureCollection": { only: ["Count", "Item"] },
  "System.Text.RegularExpressions.Group": { only: ["Captures", "Success"] },
  "System.Text.RegularExpressions.GroupCollection": { only: ["Count", "Item"] },
  "System.Text.RegularExpressions.Match": {
    only: ["Empty", "Groups", "Result", "Index", "Length", "Value", "Success"],
  },
  "System.Text.RegularExpressions.MatchCollection": all,
  "System.Text.RegularExpressions.Regex": {
    only: [".ctor", "IsMatch", "Match", "Matches", "Replace", "Unescape", "Split"],
  },
  "System.Text.RegularExpressions.RegexOptions": all,
  "System.Text.StringBuilder": all,
  "System.TimeSpan": all,
  "System.TimeZoneInfo": all,
  "System.Tuple": all,
  "System.UInt16": all,
  "System.UInt32": all,
  "System.UInt64": all,
  "System.Uri": all,
  "System.UriPartial": all,
  "System.Xml.Linq.Extensions": all,
  "System.Xml.Linq.XAttribute": all,
  "System.Xml.Linq.XCData": all,
  "System.Xml.Linq.XComment": all,
  "System.Xml.Linq.XContainer": all,
  "System.Xml.Linq.XDeclaration": all,
  "System.Xml.Linq.XDocument": { except: ["Load"] },
  "System.Xml.Linq.XDocumentType": all,
  "System.Xml.Linq.XElement": all,
  "System.Xml.Linq.XName": all,
  "System.Xml.Linq.XNamespace": all,
  "System.Xml.Linq.XNode": all,
  "System.Xml.Linq.XNodeDocumentOrderComparer": all,
  "System.Xml.Linq.XNodeEqualityComparer": all,
  "System.Xml.Linq.XObject": all,
  "System.Xml.Linq.XProcessingInstruction": all,
  "System.Xml.Linq.XText": all,
  "System.Xml.XmlNodeType": all,

  // What C# emits for allowed constructs: lambdas (delegates), boxing to the expression's
  // `object` result, foreach (IEnumerator/IDisposable), array initializers, closures' base ctor.
  "System.Object": { only: [".ctor", "ToString", "Equals", "GetHashCode", "ReferenceEquals"] },
  "System.Func": all,
  "System.Action": all,
  "System.Predicate": all,
  "System.Comparison": all,
  "System.IDisposable": { only: ["Dispose"] },
  "System.Collections.IEnumerator": { only: ["MoveNext", "Current", "Reset"] },
  "System.Collections.IEnumerable": { only: ["GetEnumerator"] },
  "System.IComparable": all,
  "System.IEquatable": all,
  "System.Runtime.CompilerServices.RuntimeHelpers": { only: ["InitializeArray"] },
  "System.RuntimeFieldHandle": all,
  // Json.NET's `ToString(Formatting, params JsonConverter[])`: the compiler creates the empty
  // params array, a bare type use without any member of JsonConverter.
  "Newtonsoft.Json.JsonConverter": { only: [] },
};

/** How a reference is spelled for the author: the model's clock types are DateTime's members. */
const displayTypes: Record<string, string> = {
  "ApimModel.ApimTime": "System.DateTime",
  "ApimModel.ApimTimeOffset": "System.DateTimeOffset",
  "ApimModel.Uuid": "System.Guid",
  "ApimModel.Chance": "System.Random",
};

/** A reference the allow-list refuses. */
export interface Violation {
  /** The type as the author wrote it, e.g. `System.IO.File`. */
  type: string;
  /** The member (C# name: `ReadAllText`, `Kind`, `.ctor`), or undefined for a bare type use. */
  member?: string;
  /** `System.IO.File.ReadAllText` or `System.IO.File`. */
  name: string;
}

/** C#'s name for an IL member: property accessors lose their get_/set_ prefix. */
export function memberName(ilName: string): string {
  return ilName.replace(/^(get_|set_|add_|remove_)/, "");
}

function lookup(type: string): AllowedMembers | undefined {
  // Nested types (List.Enumerator, Dictionary.KeyCollection) go with the type that declares them.
  for (let name = type; name.includes("."); name = name.slice(0, name.lastIndexOf("."))) {
    const entry = allowList[name];
    if (entry) return name === type ? entry : entry === "all" ? "all" : undefined;
  }
  return undefined;
}

function allows(entry: AllowedMembers, member: string): boolean {
  if (entry === "all") return true;
  if ("only" in entry) return entry.only.includes(member);
  return !entry.except.includes(member);
}

/**
 * The references (`Type` or `Type::ilMember`, as model/il-inspector.cs prints them) that the
 * allow-list refuses; a type is reported bare only when none of its members is reported.
 */
export function checkReferences(references: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  const typesWithMemberViolations = new Set<string>();
  for (const reference of references) {
    const [ilType, ilMember] = reference.split("::") as [string, string | undefined];
    if (ilMember === undefined) continue;
    const entry = lookup(ilType);
    const member = memberName(ilMember);
    if (entry && allows(entry, member)) continue;
    const type = displayTypes[ilType] ?? ilType;
    typesWithMemberViolations.add(ilType);
    violations.push({ type, member, name: `${type}.${member}` });
  }
  for (const reference of references) {
    if (reference.includes("::") || typesWithMemberViolations.has(reference) || lookup(reference))
      continue;
    violations.push({ type: reference, name: reference });
  }
  return violations;
}
