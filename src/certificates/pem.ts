// PEM and base64 text shapes used by the certificate files and by Application Gateway's
// `{var_client_certificate}` header value.

/** Base64 of `der` broken into lines of `width` characters (no trailing newline). */
export function base64Lines(der: Uint8Array, width: number): string {
  const base64 = Buffer.from(der).toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += width) lines.push(base64.slice(i, i + width));
  return lines.join("\n");
}

/** PEM block with `label`, lines of `width` characters and a trailing newline. */
export function pem(label: string, der: Uint8Array, width = 64): string {
  return `-----BEGIN ${label}-----\n${base64Lines(der, width)}\n-----END ${label}-----\n`;
}

/**
 * The exact `X-Client-Certificate` value Application Gateway's `{var_client_certificate}` produces:
 * the leaf as PEM with 64-character lines and a trailing newline, percent-encoded like
 * JavaScript's encodeURIComponent (`%20`, `%0A`, `%2B`, `%2F`, `%3D`).
 */
export function agwHeaderValue(der: Uint8Array): string {
  return encodeURIComponent(pem("CERTIFICATE", der, 64));
}

/** DER bytes of every `label` block in PEM text, in order. */
export function pemBlocks(text: string, label = "CERTIFICATE"): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, "g");
  return [...text.matchAll(pattern)].map(
    (m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ""), "base64")),
  );
}
