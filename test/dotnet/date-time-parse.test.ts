// DateTime.Parse, DateTimeOffset.Parse and DateTimeOffset.ParseExact under the invariant culture
// (harness/dotnet/date-time-parse.ts, date-time-parse-exact.ts) against .NET Framework's
// DateTimeParse (referencesource mscorlib/system/globalization/datetimeparse.cs), one table:
// the method (P: DateTime.Parse, printed as "o" and Kind; O: DateTimeOffset.Parse; E:
// DateTimeOffset.ParseExact with the format), the text, and what mono 6.8 printed with TZ=Etc/GMT-1
// (the gateway zone +01:00 here). An error cell is `!Type: message`; a bare `!FormatException`
// is a FormatException whose message names the calendar in .NET Framework and the text in mono
// (Format_BadDateTimeCalendar) or is a resource key in mono (Format_UnknownDateTimeWord), so only
// its type is compared.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { DotnetException } from "../../harness/dotnet/exceptions.ts";

const CASES: readonly (readonly ["P" | "O" | "E", string, string | null, string])[] = [
  ["P", "2026-05-04", null, "2026-05-04T00:00:00.0000000 Unspecified"],
  ["P", "2026-5-4", null, "2026-05-04T00:00:00.0000000 Unspecified"],
  ["P", "2026-05-04T15:06", null, "2026-05-04T15:06:00.0000000 Unspecified"],
  ["P", "2026-05-04 15:06:07", null, "2026-05-04T15:06:07.0000000 Unspecified"],
  ["P", "2026-05-04T15:06:07.1234567", null, "2026-05-04T15:06:07.1234567 Unspecified"],
  ["P", "2026-05-04T15:06:07.12345678", null, "2026-05-04T15:06:07.1234568 Unspecified"],
  ["P", "2026-05-04T15:06:07.99999999", null, "2026-05-04T15:06:08.0000000 Unspecified"],
  ["P", "2026-05-04T15:06:07.5", null, "2026-05-04T15:06:07.5000000 Unspecified"],
  ["P", "2026-05-04T15:06:07Z", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07z", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07+0530", null, "2026-05-04T10:36:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07-05:30", null, "2026-05-04T21:36:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07 +05:30", null, "2026-05-04T10:36:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07+14:00", null, "2026-05-04T02:06:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07-14:00", null, "2026-05-05T06:06:07.0000000+01:00 Local"],
  ["P", "2026-05-04T15:06:07+05", null, "2026-05-04T11:06:07.0000000+01:00 Local"],
  ["P", "2026-05-04T24:00:00", null, "!FormatException"],
  ["P", "2026-05-04T23:60", null, "!FormatException"],
  ["P", "2026-05-04T23:59:60", null, "!FormatException"],
  ["P", "2026-02-29", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "2024-02-29", null, "2024-02-29T00:00:00.0000000 Unspecified"],
  ["P", "2026-04-31", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "2026-13-01", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "2026-00-01", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "2026-01-00", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "0000-01-01", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "9999-12-31T23:59:59.9999999", null, "9999-12-31T23:59:59.9999999 Unspecified"],
  [
    "P",
    "9999-12-31T23:59:59.99999999",
    null,
    "!ArgumentOutOfRangeException: The added or subtracted value results in an un-representable DateTime.\nParameter name: value",
  ],
  ["P", "  2026-05-04  ", null, "2026-05-04T00:00:00.0000000 Unspecified"],
  ["P", " 2026-05-04", null, "2026-05-04T00:00:00.0000000 Unspecified"],
  [
    "P",
    "2026-05-04T5:06",
    null,
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["P", "5/4/2026", null, "2026-05-04T00:00:00.0000000 Unspecified"],
  ["P", "05/04/2026 15:06", null, "2026-05-04T15:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 15:06:07.25", null, "2026-05-04T15:06:07.2500000 Unspecified"],
  ["P", "05/04/2026 3:06 PM", null, "2026-05-04T15:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 12:06 AM", null, "2026-05-04T00:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 12:06 PM", null, "2026-05-04T12:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 11:06 pm", null, "2026-05-04T23:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 1:06 am", null, "2026-05-04T01:06:00.0000000 Unspecified"],
  ["P", "05/04/2026 3:06PM", null, "2026-05-04T15:06:00.0000000 Unspecified"],
  ["P", "13/04/2026", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "02/30/2026", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["P", "Mon, 04 May 2026 15:06:07 GMT", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["P", "04 May 2026 15:06:07", null, "2026-05-04T15:06:07.0000000 Unspecified"],
  ["P", "Mon, 04 May 2026 15:06:07 Z", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["P", "mon, 04 may 2026 15:06:07 gmt", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["P", "4 Dec 2026 15:06:07 GMT", null, "2026-12-04T16:06:07.0000000+01:00 Local"],
  [
    "P",
    "Mon, 04 Feb 2026 15:06:07 GMT",
    null,
    "!FormatException: String was not recognized as a valid DateTime because the day of week was incorrect.",
  ],
  [
    "P",
    "Mon,04 Jan 2026 15:06:07 GMT",
    null,
    "!FormatException: String was not recognized as a valid DateTime because the day of week was incorrect.",
  ],
  [
    "P",
    "31 Apr 2026 15:06:07 GMT",
    null,
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["P", "04 May 2026 24:06:07 GMT", null, "!FormatException"],
  ["P", "nope", null, "!FormatException"],
  ["P", "", null, "!FormatException: String was not recognized as a valid DateTime."],
  ["O", "2026-05-04T15:06:07", null, "2026-05-04T15:06:07.0000000+01:00"],
  ["O", "Mon, 04 May 2026 15:06:07 GMT", null, "2026-05-04T15:06:07.0000000+00:00"],
  ["O", "05/04/2026 3:06 PM", null, "2026-05-04T15:06:00.0000000+01:00"],
  ["E", "2026-05-04", "yyyy-MM-dd", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026-5-4", "yyyy-M-d", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026-05-04", "yyyy-M-d", "2026-05-04T00:00:00.0000000+01:00"],
  [
    "E",
    "2026-5-4",
    "yyyy-MM-dd",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  [
    "E",
    "2026-123-4",
    "yyyy-M-d",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "20260504", "yyyyMMdd", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026050", "yyyyMMdd", "!FormatException: String was not recognized as a valid DateTime."],
  [
    "E",
    "202605041",
    "yyyyMMdd",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04T15:06:07", "s", "2026-05-04T15:06:07.0000000+01:00"],
  ["E", "2026-05-04T15:06:07.1234567Z", "o", "2026-05-04T15:06:07.1234567+00:00"],
  ["E", "2026-05-04T15:06:07.1234567+02:00", "o", "2026-05-04T15:06:07.1234567+02:00"],
  ["E", "2026-05-04T15:06:07.1234567", "o", "2026-05-04T15:06:07.1234567+01:00"],
  ["E", "2026-05-04 15:06:07Z", "u", "2026-05-04T15:06:07.0000000+00:00"],
  ["E", "2026-05-04 5:6:7", "yyyy-MM-dd H:m:s", "2026-05-04T05:06:07.0000000+01:00"],
  ["E", "2026-05-04 05:06:07", "yyyy-MM-dd H:m:s", "2026-05-04T05:06:07.0000000+01:00"],
  [
    "E",
    "2026-05-04 5:06:07",
    "yyyy-MM-dd HH:mm:ss",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 24:00:00", "yyyy-MM-dd HH:mm:ss", "!FormatException"],
  ["E", "2026-05-04 23:60:00", "yyyy-MM-dd HH:mm:ss", "!FormatException"],
  ["E", "2026-05-04 23:59:60", "yyyy-MM-dd HH:mm:ss", "!FormatException"],
  ["E", "2026-05-04 23:59:59.12", "yyyy-MM-dd HH:mm:ss.ff", "2026-05-04T23:59:59.1200000+01:00"],
  [
    "E",
    "2026-05-04 23:59:59.1",
    "yyyy-MM-dd HH:mm:ss.ff",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  [
    "E",
    "2026-05-04 23:59:59.123",
    "yyyy-MM-dd HH:mm:ss.ff",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 23:59:59.", "yyyy-MM-dd HH:mm:ss.FFF", "2026-05-04T23:59:59.0000000+01:00"],
  ["E", "2026-05-04 23:59:59.1", "yyyy-MM-dd HH:mm:ss.FFF", "2026-05-04T23:59:59.1000000+01:00"],
  ["E", "2026-05-04 23:59:59", "yyyy-MM-dd HH:mm:ssFFF", "2026-05-04T23:59:59.0000000+01:00"],
  [
    "E",
    "2026-05-04 23:59:59.1234",
    "yyyy-MM-dd HH:mm:ss.FFF",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 +02:00", "yyyy-MM-dd zzz", "2026-05-04T00:00:00.0000000+02:00"],
  ["E", "2026-05-04 -0230", "yyyy-MM-dd zzz", "2026-05-04T00:00:00.0000000-02:30"],
  ["E", "2026-05-04 +2:30", "yyyy-MM-dd zzz", "2026-05-04T00:00:00.0000000+02:30"],
  [
    "E",
    "2026-05-04 +02:60",
    "yyyy-MM-dd zzz",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  [
    "E",
    "2026-05-04 02:00",
    "yyyy-MM-dd zzz",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  [
    "E",
    "2026-05-04 +02",
    "yyyy-MM-dd zzz",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04Z", "yyyy-MM-ddK", "2026-05-04T00:00:00.0000000+00:00"],
  ["E", "2026-05-04", "yyyy-MM-ddK", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026-05-04-01:00", "yyyy-MM-ddK", "2026-05-04T00:00:00.0000000-01:00"],
  [
    "E",
    "2026-05-04X",
    "yyyy-MM-ddK",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04Z", "yyyy-MM-dd'Z'", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026-05-04 at 10", "yyyy-MM-dd 'at' HH", "2026-05-04T10:00:00.0000000+01:00"],
  ["E", "2026-05-04 at 10", 'yyyy-MM-dd "at" HH', "2026-05-04T10:00:00.0000000+01:00"],
  [
    "E",
    "2026-05-04 ab 10",
    "yyyy-MM-dd 'at' HH",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 at 10", "yyyy-MM-dd 'at HH", "!FormatException"],
  ["E", "2026-05-04T10", "yyyy-MM-dd\\THH", "2026-05-04T10:00:00.0000000+01:00"],
  [
    "E",
    "2026-05-04X10",
    "yyyy-MM-dd\\THH",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04", "yyyy-MM-dd\\", "!FormatException"],
  ["E", "2026-05-04", "yyyy-MM-%d", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026/05/04", "yyyy/MM/dd", "2026-05-04T00:00:00.0000000+01:00"],
  [
    "E",
    "2026-05-04",
    "yyyy/MM/dd",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 2026", "yyyy-MM-dd yyyy", "2026-05-04T00:00:00.0000000+01:00"],
  ["E", "2026-05-04 2025", "yyyy-MM-dd yyyy", "!FormatException"],
  ["E", "2026-02-29", "yyyy-MM-dd", "!FormatException"],
  ["E", "2024-02-29", "yyyy-MM-dd", "2024-02-29T00:00:00.0000000+01:00"],
  ["E", "2026-00-10", "yyyy-MM-dd", "!FormatException"],
  ["E", "2026-13-10", "yyyy-MM-dd", "!FormatException"],
  ["E", "2026-01-00", "yyyy-MM-dd", "!FormatException"],
  ["E", "0000-01-01", "yyyy-MM-dd", "!FormatException"],
  ["E", "2026-05-04", "", "!FormatException: Format specifier was invalid."],
  [
    "E",
    "2026-05-04 15:06:07.12345678",
    "yyyy-MM-dd HH:mm:ss.ffffffff",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04", "q", "!FormatException: Input string was not in a correct format."],
  [
    "E",
    "2026-05-04 x",
    "yyyy-MM-dd",
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["E", "2026-05-04 07", "yyyy-MM-dd ss", "2026-05-04T00:00:07.0000000+01:00"],
  ["P", "2026-05-04 5:06", null, "2026-05-04T05:06:00.0000000 Unspecified"],
  ["P", "Foo, 04 May 2026 15:06:07 GMT", null, "!FormatException"],
  ["P", "5/4/2026 13:06 PM", null, "2026-05-04T13:06:00.0000000 Unspecified"],
  ["P", "5/4/2026 0:06 AM", null, "2026-05-04T00:06:00.0000000 Unspecified"],
  ["P", "5/4/2026 0:06 PM", null, "2026-05-04T12:06:00.0000000 Unspecified"],
  [
    "P",
    "5/4/2026 13:06 AM",
    null,
    "!FormatException: String was not recognized as a valid DateTime.",
  ],
  ["P", "2026-05-04T15:06:07-0000", null, "2026-05-04T16:06:07.0000000+01:00 Local"],
  ["E", "2026-05-04", "K", "!FormatException: Input string was not in a correct format."],
  ["P", "Mon, 04 May 2026 15:06:07 UTC", null, "!FormatException"],
];

function parse(method: "P" | "O" | "E", text: string, format: string | null): string {
  try {
    if (method === "P") {
      const value = DateTimeValue.Parse(text);
      return `${value.ToString("o")} ${value.Kind}`;
    }
    if (method === "O") return DateTimeOffsetValue.Parse(text).ToString("o");
    return DateTimeOffsetValue.ParseExact(text, format!, null).ToString("o");
  } catch (error) {
    if (!(error instanceof DotnetException)) throw error;
    return `!${error.name}: ${error.message}`;
  }
}

describe("DateTime and DateTimeOffset parsing (invariant culture)", () => {
  it.each(CASES.map(([method, text, format, expected]) => ({ method, text, format, expected })))(
    "$method $text $format",
    ({ method, text, format, expected }) => {
      runInDotnetEnvironment({ instant: 0, timeZone: "+01:00" }, () => {
        const actual = parse(method, text, format);
        if (expected === "!FormatException") expect(actual).toMatch(/^!FormatException: /);
        else expect(actual).toBe(expected);
      });
    },
  );

  it("throws ArgumentNullException for a null text or format", () => {
    runInDotnetEnvironment({ instant: 0, timeZone: "+01:00" }, () => {
      expect(parse("P", null as unknown as string, null)).toBe(
        "!ArgumentNullException: Value cannot be null.\nParameter name: s",
      );
      expect(parse("O", null as unknown as string, null)).toBe(
        "!ArgumentNullException: Value cannot be null.\nParameter name: input",
      );
      expect(parse("E", null as unknown as string, "yyyy")).toBe(
        "!ArgumentNullException: Value cannot be null.\nParameter name: input",
      );
      expect(parse("E", "2026", null)).toBe(
        "!ArgumentNullException: Value cannot be null.\nParameter name: format",
      );
    });
  });
});
