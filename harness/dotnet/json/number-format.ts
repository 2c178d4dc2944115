// How Json.NET and .NET Framework print a double (checked on mono 6.8 with Json.NET 6.0.8, probes
// in test/dotnet/json/): JSON text uses "R" (15 significant digits when they round-trip, else 17)
// and Json.NET appends ".0" when the text has no '.', 'E' or symbol (JsonConvert.ToString(double):
// 1.0 → "1.0", 1e20 → "1E+20"); `(string)token` and `Value<string>` use Convert.ToString(double,
// InvariantCulture), .NET Framework's "G" (15 digits: 1.2345678901234567 → "1.23456789012346").
// Both write fixed-point for exponents from -5 to precision-1, else d.dddE+XX (two exponent digits
// at least), and -0 as 0 (.NET Framework; .NET Core 3.0+ writes "-0" and shortest "R").

function general(value: number, precision: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  // Digits without trailing zeros (none for 0, whose exponent is 0: written "0") and the exponent
  // with its sign ("+20", "-5"); -0 is written as 0 (.NET Framework).
  const [mantissa, exponentText] = Math.abs(value)
    .toExponential(precision - 1)
    .split("e") as [string, string];
  const exponent = Number(exponentText);
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  const sign = value < 0 ? "-" : "";
  if (exponent > -5 && exponent < precision) {
    if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
  }
  const fraction = digits.slice(1);
  const e = exponentText.slice(1).padStart(2, "0");
  return `${sign}${digits[0]}${fraction ? `.${fraction}` : ""}E${exponentText[0]}${e}`;
}

/** double.ToString("R") as .NET Framework writes it. */
export function formatRoundTrip(value: number): string {
  const fifteen = Number(value.toPrecision(15));
  return general(value, fifteen === value ? 15 : 17);
}

/** Convert.ToString(double, CultureInfo.InvariantCulture) on .NET Framework ("G", 15 digits). */
export function formatGeneral(value: number): string {
  return general(value, 15);
}

/** JsonConvert.ToString(double): "R" with ".0" added to integral texts. */
export function formatJsonFloat(value: number): string {
  const text = formatRoundTrip(value);
  return /[.EN]|Infinity/.test(text) ? text : `${text}.0`;
}
