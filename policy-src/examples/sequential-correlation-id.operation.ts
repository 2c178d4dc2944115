// A sequential correlation id, as teams write it for backends that store the id in a SQL Server
// `uniqueidentifier` clustered index: random GUIDs scatter inserts over the index, so the id is a
// "COMB" GUID whose last 6 bytes (the ones SQL Server compares first) are a millisecond timestamp
// and whose first 10 bytes are random. A caller's own X-Correlation-Id is kept when it is a GUID.
// The timestamp is built with long arithmetic on the virtual clock's TimeSpan since
// DateTime.MinValue (exact integers; TotalMilliseconds is a double) and written out as 12 hex
// digits with shifts and masks; the random bytes are Guid.NewGuid()'s, read with ToByteArray and
// BitConverter. C#'s usual Array.Copy into the byte array has no TypeScript spelling (a policy
// expression assigns locals only), so the GUID is assembled as "N" text and parsed.
import {
  base,
  BitConverter,
  DateTime,
  Guid,
  int,
  long,
  policy,
  setHeader,
  setVariable,
  type Context,
} from "apim-ts";

/** The hex digits, indexed by nibble. */
const HEX = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];

/** The correlation id: the caller's when it is a GUID, else a new sequential one. */
const correlationId = (context: Context): string => {
  const given = context.Request.Headers.GetValueOrDefault("X-Correlation-Id", "");
  const [isGuid, parsed] = Guid.TryParse(given);
  if (isGuid) return parsed.ToString("D");
  // Milliseconds since 0001-01-01 fit in 48 bits until the year 8920.
  const since = DateTime.UtcNow.Subtract(DateTime.MinValue);
  const days: long = since.Days;
  const millis: long =
    (((days * 24 + since.Hours) * 60 + since.Minutes) * 60 + since.Seconds) * 1000 +
    since.Milliseconds;
  const digits: string[] = HEX;
  let stamp = "";
  for (let shift = 44; shift >= 0; shift = shift - 4) {
    const nibble = ((millis >> shift) & 15) as int;
    stamp = stamp + (digits[nibble] ?? "");
  }
  const random = BitConverter.ToString(Guid.NewGuid().ToByteArray(), 0, 10).replaceAll("-", "");
  return Guid.Parse(random + stamp).ToString("D");
};

export default policy({
  inbound: [
    base(),
    setVariable("correlation-id", correlationId),
    setHeader("X-Correlation-Id", (context) =>
      context.Variables.GetValueOrDefault<string>("correlation-id", ""),
    ),
  ],
  backend: [base()],
  outbound: [
    base(),
    setHeader("X-Correlation-Id", (context) =>
      context.Variables.GetValueOrDefault<string>("correlation-id", ""),
    ),
  ],
  onError: [base()],
});
