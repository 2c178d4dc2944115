// A storage SAS token made by the gateway, as teams write it to serve private blobs without
// handing out the account key: every GET /reports/<blob> goes to the storage account with a
// read-only service SAS valid for ten minutes. The signature is the base64 HMAC-SHA256, under the
// account key (a named value, base64), of the string-to-sign of Azure Storage's "Create a service
// SAS" page (version 2020-12-06 and later: permissions, start, expiry, canonicalized resource,
// identifier, IP, protocol, version, resource, snapshot time, encryption scope and the five
// response-header overrides, one per line); the expiry is UTC in ISO 8601 (`s` format plus "Z").
import {
  base,
  Convert,
  DateTime,
  Encoding,
  HMACSHA256,
  namedValue,
  policy,
  setBackendService,
  setQueryParameter,
  setVariable,
} from "apim-ts";

const ACCOUNT = "contosoreports";
const CONTAINER = "reports";
/** Named value holding the storage account key, base64 as the portal shows it. */
const ACCOUNT_KEY = "reports-account-key";
const VERSION = "2022-11-02";
const EXPIRY_VARIABLE = "sasExpiry";
const SIGNATURE_VARIABLE = "sasSignature";

export default policy({
  inbound: [
    base(),
    setVariable(EXPIRY_VARIABLE, () => DateTime.UtcNow.AddMinutes(10).ToString("s") + "Z"),
    setVariable(SIGNATURE_VARIABLE, (context) => {
      const expiry = context.Variables.GetValueOrDefault<string>(EXPIRY_VARIABLE, "");
      const resource = "/blob/" + ACCOUNT + "/" + CONTAINER + context.Request.Url.Path;
      const stringToSign =
        "r\n" + // signedPermissions: read
        "\n" + // signedStart: now
        expiry +
        "\n" +
        resource +
        "\n" +
        "\n" + // signedIdentifier
        "\n" + // signedIP
        "https\n" + // signedProtocol
        VERSION +
        "\n" +
        "b\n" + // signedResource: blob
        "\n" + // signedSnapshotTime
        "\n" + // signedEncryptionScope
        "\n\n\n\n"; // rscc, rscd, rsce, rscl, rsct (no overrides)
      const key = Convert.FromBase64String(namedValue(ACCOUNT_KEY));
      const hash = new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(stringToSign));
      return Convert.ToBase64String(hash);
    }),
    setBackendService({ baseUrl: `https://${ACCOUNT}.blob.core.windows.net/${CONTAINER}` }),
    setQueryParameter("sv", VERSION),
    setQueryParameter("sr", "b"),
    setQueryParameter("sp", "r"),
    setQueryParameter("spr", "https"),
    setQueryParameter("se", (context) =>
      context.Variables.GetValueOrDefault<string>(EXPIRY_VARIABLE, ""),
    ),
    setQueryParameter("sig", (context) =>
      context.Variables.GetValueOrDefault<string>(SIGNATURE_VARIABLE, ""),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
