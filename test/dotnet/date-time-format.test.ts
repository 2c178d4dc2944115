// DateTime.ToString and DateTimeOffset.ToString under the invariant culture (harness/dotnet/
// date-time-format.ts) against .NET's "Standard date and time format strings" and "Custom date and
// time format strings" pages, one table: each format string with what it prints for five values
// (a Utc DateTime with a fraction, an Unspecified afternoon, a Utc DateTime in year 987 one tick
// past noon, and DateTimeOffsets at -03:30 and +05:45). Every cell was printed by mono 6.8 with
// TZ=Europe/Amsterdam and the invariant culture. The `z` formats of the two Utc DateTimes are
// left out (null): .NET Framework prints the local offset there and mono +00:00
// (date-time-offset.test.ts tests Framework's). An error cell is `!Type: message`.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { DotnetException } from "../../harness/dotnet/exceptions.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";

type Formattable = { ToString(format: string): string };

const FORMATS: readonly (readonly [string, ...(string | null)[]])[] = [
  ["d", "01/02/2005", "11/28/2026", "06/07/0987", "03/04/2026", "03/04/2026"],
  [
    "D",
    "Sunday, 02 January 2005",
    "Saturday, 28 November 2026",
    "Thursday, 07 June 0987",
    "Wednesday, 04 March 2026",
    "Wednesday, 04 March 2026",
  ],
  [
    "f",
    "Sunday, 02 January 2005 00:05",
    "Saturday, 28 November 2026 13:45",
    "Thursday, 07 June 0987 12:00",
    "Wednesday, 04 March 2026 23:59",
    "Wednesday, 04 March 2026 09:08",
  ],
  [
    "F",
    "Sunday, 02 January 2005 00:05:06",
    "Saturday, 28 November 2026 13:45:09",
    "Thursday, 07 June 0987 12:00:00",
    "Wednesday, 04 March 2026 23:59:59",
    "Wednesday, 04 March 2026 09:08:07",
  ],
  [
    "g",
    "01/02/2005 00:05",
    "11/28/2026 13:45",
    "06/07/0987 12:00",
    "03/04/2026 23:59",
    "03/04/2026 09:08",
  ],
  [
    "G",
    "01/02/2005 00:05:06",
    "11/28/2026 13:45:09",
    "06/07/0987 12:00:00",
    "03/04/2026 23:59:59",
    "03/04/2026 09:08:07",
  ],
  ["m", "January 02", "November 28", "June 07", "March 04", "March 04"],
  ["M", "January 02", "November 28", "June 07", "March 04", "March 04"],
  [
    "o",
    "2005-01-02T00:05:06.1230000Z",
    "2026-11-28T13:45:09.0000000",
    "0987-06-07T12:00:00.0000001Z",
    "2026-03-04T23:59:59.9999999-03:30",
    "2026-03-04T09:08:07.0000000+05:45",
  ],
  [
    "O",
    "2005-01-02T00:05:06.1230000Z",
    "2026-11-28T13:45:09.0000000",
    "0987-06-07T12:00:00.0000001Z",
    "2026-03-04T23:59:59.9999999-03:30",
    "2026-03-04T09:08:07.0000000+05:45",
  ],
  [
    "r",
    "Sun, 02 Jan 2005 00:05:06 GMT",
    "Sat, 28 Nov 2026 13:45:09 GMT",
    "Thu, 07 Jun 0987 12:00:00 GMT",
    "Thu, 05 Mar 2026 03:29:59 GMT",
    "Wed, 04 Mar 2026 03:23:07 GMT",
  ],
  [
    "R",
    "Sun, 02 Jan 2005 00:05:06 GMT",
    "Sat, 28 Nov 2026 13:45:09 GMT",
    "Thu, 07 Jun 0987 12:00:00 GMT",
    "Thu, 05 Mar 2026 03:29:59 GMT",
    "Wed, 04 Mar 2026 03:23:07 GMT",
  ],
  [
    "s",
    "2005-01-02T00:05:06",
    "2026-11-28T13:45:09",
    "0987-06-07T12:00:00",
    "2026-03-04T23:59:59",
    "2026-03-04T09:08:07",
  ],
  ["t", "00:05", "13:45", "12:00", "23:59", "09:08"],
  ["T", "00:05:06", "13:45:09", "12:00:00", "23:59:59", "09:08:07"],
  [
    "u",
    "2005-01-02 00:05:06Z",
    "2026-11-28 13:45:09Z",
    "0987-06-07 12:00:00Z",
    "2026-03-05 03:29:59Z",
    "2026-03-04 03:23:07Z",
  ],
  ["y", "2005 January", "2026 November", "0987 June", "2026 March", "2026 March"],
  ["Y", "2005 January", "2026 November", "0987 June", "2026 March", "2026 March"],
  ["%d", "2", "28", "7", "4", "4"],
  ["dd", "02", "28", "07", "04", "04"],
  ["ddd", "Sun", "Sat", "Thu", "Wed", "Wed"],
  ["dddd", "Sunday", "Saturday", "Thursday", "Wednesday", "Wednesday"],
  ["%M", "1", "11", "6", "3", "3"],
  ["MM", "01", "11", "06", "03", "03"],
  ["MMM", "Jan", "Nov", "Jun", "Mar", "Mar"],
  ["MMMM", "January", "November", "June", "March", "March"],
  ["%y", "5", "26", "87", "26", "26"],
  ["yy", "05", "26", "87", "26", "26"],
  ["yyy", "2005", "2026", "987", "2026", "2026"],
  ["yyyy", "2005", "2026", "0987", "2026", "2026"],
  ["yyyyy", "02005", "02026", "00987", "02026", "02026"],
  ["%h", "12", "1", "12", "11", "9"],
  ["hh", "12", "01", "12", "11", "09"],
  ["hhh", "12", "01", "12", "11", "09"],
  ["%H", "0", "13", "12", "23", "9"],
  ["HH", "00", "13", "12", "23", "09"],
  ["HHH", "00", "13", "12", "23", "09"],
  ["%m", "5", "45", "0", "59", "8"],
  ["mm", "05", "45", "00", "59", "08"],
  ["mmm", "05", "45", "00", "59", "08"],
  ["%s", "6", "9", "0", "59", "7"],
  ["ss", "06", "09", "00", "59", "07"],
  ["sss", "06", "09", "00", "59", "07"],
  ["%t", "A", "P", "P", "P", "A"],
  ["tt", "AM", "PM", "PM", "PM", "AM"],
  ["%f", "1", "0", "0", "9", "0"],
  ["ff", "12", "00", "00", "99", "00"],
  ["fff", "123", "000", "000", "999", "000"],
  ["ffff", "1230", "0000", "0000", "9999", "0000"],
  ["fffff", "12300", "00000", "00000", "99999", "00000"],
  ["ffffff", "123000", "000000", "000000", "999999", "000000"],
  ["fffffff", "1230000", "0000000", "0000001", "9999999", "0000000"],
  [
    "ffffffff",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["%F", "1", "", "", "9", ""],
  ["FF", "12", "", "", "99", ""],
  ["FFF", "123", "", "", "999", ""],
  ["FFFFFFF", "123", "", "0000001", "9999999", ""],
  [
    "FFFFFFFF",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["ss.FFF", "06.123", "09", "00", "59.999", "07"],
  ["ss.fff", "06.123", "09.000", "00.000", "59.999", "07.000"],
  ["ss,FFF", "06,123", "09,", "00,", "59,999", "07,"],
  ["%K", "Z", "", "Z", "-03:30", "+05:45"],
  ["%z", null, "+1", null, "-3", "+5"],
  ["zz", null, "+01", null, "-03", "+05"],
  ["zzz", null, "+01:00", null, "-03:30", "+05:45"],
  ["zzzz", null, "+01:00", null, "-03:30", "+05:45"],
  ["%g", "A.D.", "A.D.", "A.D.", "A.D.", "A.D."],
  ["gg", "A.D.", "A.D.", "A.D.", "A.D.", "A.D."],
  ["HH:mm/dd", "00:05/02", "13:45/28", "12:00/07", "23:59/04", "09:08/04"],
  ["'lit'eral", "literal", "literal", "literal", "literal", "literal"],
  ['"dq"text', "dqAexA", "dqPexP", "dqPexP", "dqPexP", "dqAexA"],
  [
    "'unterminated",
    "!FormatException: Cannot find a matching quote character for the character '''.",
    "!FormatException: Cannot find a matching quote character for the character '''.",
    "!FormatException: Cannot find a matching quote character for the character '''.",
    "!FormatException: Cannot find a matching quote character for the character '''.",
    "!FormatException: Cannot find a matching quote character for the character '''.",
  ],
  [
    "\\",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["\\d\\\\", "d\\", "d\\", "d\\", "d\\", "d\\"],
  [
    "%",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["H%m", "05", "1345", "120", "2359", "98"],
  [
    "Q",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["%Q", "Q", "Q", "Q", "Q", "Q"],
  [
    "x",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  [
    "HH\\",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  [
    "%H\\",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
    "!FormatException: Input string was not in a correct format.",
  ],
  ["HH:mm.F", "00:05.1", "13:45", "12:00", "23:59.9", "09:08"],
  ["ss.FF'.'F", "06.12.1", "09", "00", "59.99.9", "07"],
];

function print(value: Formattable, format: string): string {
  try {
    return value.ToString(format);
  } catch (error) {
    if (!(error instanceof DotnetException)) throw error;
    return `!${error.name}: ${error.message}`;
  }
}

describe("DateTime and DateTimeOffset formats (invariant culture)", () => {
  const values = (): Formattable[] => [
    new DateTimeValue(2005, 1, 2, 0, 5, 6, "Utc").AddTicks(1230000),
    new DateTimeValue(2026, 11, 28, 13, 45, 9),
    new DateTimeValue(987, 6, 7, 12, 0, 0, "Utc").AddTicks(1),
    new DateTimeOffsetValue(2026, 3, 4, 23, 59, 59, new TimeSpanValue(-3, -30, 0)).AddTicks(
      9999999,
    ),
    new DateTimeOffsetValue(2026, 3, 4, 9, 8, 7, new TimeSpanValue(5, 45, 0)),
  ];

  it.each(FORMATS.map(([format, ...cells]) => ({ format, cells })))(
    "$format prints what .NET prints",
    ({ format, cells }) => {
      runInDotnetEnvironment({ instant: 0, timeZone: "Europe/Amsterdam" }, () => {
        values().forEach((value, i) => {
          if (cells[i] !== null) expect(print(value, format), `value ${i}`).toBe(cells[i]);
        });
      });
    },
  );

  it("prints G for no format, null or the empty string", () => {
    const value = new DateTimeValue(2026, 11, 28, 13, 45, 9);
    expect(value.ToString()).toBe("11/28/2026 13:45:09");
    expect(value.ToString("")).toBe("11/28/2026 13:45:09");
    expect(value.ToString(null as unknown as string)).toBe("11/28/2026 13:45:09");
  });
});
