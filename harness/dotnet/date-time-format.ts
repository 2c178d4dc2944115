// DateTime.ToString formats of .NET's invariant culture: the standard single-letter formats
// ("G" is the default: MM/dd/yyyy HH:mm:ss) and custom patterns (yyyy, MM, dd, HH, fffffff, K, ...).
import { FormatException } from "./exceptions.ts";

/** The calendar fields of a DateTime plus what K/z need. */
export interface DateTimeFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0..9_999_999 ticks within the second. */
  readonly fraction: number;
  /** 0 = Sunday. */
  readonly dayOfWeek: number;
  readonly kind: "Unspecified" | "Utc" | "Local";
  /** Offset of the local time zone in minutes (for Local kind and `z`). */
  readonly offsetMinutes: () => number;
  /**
   * A DateTimeOffset's own offset in minutes: `K` and `z` print it instead of the local zone's
   * (.NET's DateTimeFormat.Format with an offset, FormatCustomizedRoundripTimeZone).
   */
  readonly dateTimeOffset?: number;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const STANDARD: Record<string, string> = {
  d: "MM/dd/yyyy",
  D: "dddd, dd MMMM yyyy",
  f: "dddd, dd MMMM yyyy HH:mm",
  F: "dddd, dd MMMM yyyy HH:mm:ss",
  g: "MM/dd/yyyy HH:mm",
  G: "MM/dd/yyyy HH:mm:ss",
  m: "MMMM dd",
  M: "MMMM dd",
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: "HH:mm",
  T: "HH:mm:ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  // The caller has converted the value to UTC (DateTimeValue.ToString).
  U: "dddd, dd MMMM yyyy HH:mm:ss",
  y: "yyyy MMMM",
  Y: "yyyy MMMM",
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function offsetText(minutes: number, width: 1 | 2 | 3): string {
  const sign = minutes < 0 ? "-" : "+";
  const magnitude = Math.abs(minutes);
  const hours = Math.floor(magnitude / 60);
  if (width === 1) return `${sign}${hours}`;
  if (width === 2) return `${sign}${pad(hours, 2)}`;
  return `${sign}${pad(hours, 2)}:${pad(magnitude % 60, 2)}`;
}

/** Formats like DateTime.ToString(format) under CultureInfo.InvariantCulture. */
export function formatDateTime(fields: DateTimeFields, format: string | null | undefined): string {
  let pattern = format === null || format === undefined || format === "" ? "G" : format;
  if (pattern.length === 1) {
    const standard = STANDARD[pattern];
    if (standard === undefined)
      throw new FormatException("Input string was not in a correct format.");
    pattern = standard;
  }
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let run = 1;
    while (pattern[i + run] === c && "dfFghHKmMstyz".includes(c)) run++;
    switch (c) {
      case "g":
        // The era, any number of g's: the invariant culture's only era name (DateTimeFormat.
        // FormatCustomized, DateTimeFormatInfo.GetEraName; mono prints the same).
        out += "A.D.";
        break;
      case "d":
        out +=
          run === 1
            ? fields.day
            : run === 2
              ? pad(fields.day, 2)
              : run === 3
                ? DAYS[fields.dayOfWeek]!.slice(0, 3)
                : DAYS[fields.dayOfWeek];
        break;
      case "M":
        out +=
          run === 1
            ? fields.month
            : run === 2
              ? pad(fields.month, 2)
              : run === 3
                ? MONTHS[fields.month - 1]!.slice(0, 3)
                : MONTHS[fields.month - 1];
        break;
      case "y":
        out +=
          run === 1
            ? fields.year % 100
            : run === 2
              ? pad(fields.year % 100, 2)
              : pad(fields.year, run);
        break;
      case "h":
        out += pad(fields.hour % 12 === 0 ? 12 : fields.hour % 12, Math.min(run, 2));
        break;
      case "H":
        out += pad(fields.hour, Math.min(run, 2));
        break;
      case "m":
        out += pad(fields.minute, Math.min(run, 2));
        break;
      case "s":
        out += pad(fields.second, Math.min(run, 2));
        break;
      case "t":
        out += run === 1 ? (fields.hour < 12 ? "A" : "P") : fields.hour < 12 ? "AM" : "PM";
        break;
      case "f":
      case "F": {
        if (run > 7) throw new FormatException("Input string was not in a correct format.");
        const digits = pad(fields.fraction, 7).slice(0, run);
        out += c === "f" ? digits : digits.replace(/0+$/, "");
        // "F" of an all-zero fraction prints nothing and drops a '.' right before it, as .NET's
        // FormatCustomized does (the text then ends with '.' only when nothing was printed).
        if (c === "F" && out.endsWith(".")) out = out.slice(0, -1);
        break;
      }
      case "K":
        if (fields.dateTimeOffset !== undefined) out += offsetText(fields.dateTimeOffset, 3);
        else if (fields.kind === "Utc") out += "Z";
        else if (fields.kind === "Local") out += offsetText(fields.offsetMinutes(), 3);
        break;
      case "z":
        out += offsetText(
          fields.dateTimeOffset ?? fields.offsetMinutes(),
          Math.min(run, 3) as 1 | 2 | 3,
        );
        break;
      case "'":
      case '"': {
        const end = pattern.indexOf(c, i + 1);
        if (end < 0)
          throw new FormatException(
            "Cannot find a matching quote character for the character '" + c + "'.",
          );
        out += pattern.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      case "\\":
        if (i + 1 >= pattern.length)
          throw new FormatException("Input string was not in a correct format.");
        out += pattern[i + 1];
        i += 2;
        continue;
      case "%":
        break;
      default:
        // Any other character as it is; this includes ':' and '/', the time and date separators,
        // which are ':' and '/' in the invariant culture.
        out += c;
    }
    i += run;
  }
  return out;
}
