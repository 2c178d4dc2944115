// The pages Application Gateway v2 answers by itself (it runs on nginx, and these are nginx's
// 495/496 pages sent with status 400 and the gateway's Server header). Tests match the texts.

/** The Server header of the gateway's own responses. */
export const GATEWAY_SERVER_HEADER = "Microsoft-Azure-Application-Gateway/v2";

/** The texts the seed's scenarios check. */
export const NO_REQUIRED_CERTIFICATE_TEXT = "No required SSL certificate was sent";
export const CERTIFICATE_ERROR_TEXT = "The SSL certificate error";

/** A response produced by the gateway itself. */
export interface GatewayPage {
  readonly status: number;
  readonly reason: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function page(status: number, reason: string, title: string, text: string): GatewayPage {
  const body =
    `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${reason}</h1></center>\r\n${text === "" ? "" : `<center>${text}</center>\r\n`}` +
    `<hr><center>${GATEWAY_SERVER_HEADER}</center>\r\n</body>\r\n</html>\r\n`;
  return {
    status,
    reason,
    headers: {
      Server: GATEWAY_SERVER_HEADER,
      "Content-Type": "text/html",
      "Content-Length": String(Buffer.byteLength(body)),
    },
    body,
  };
}

/** Strict mode, no certificate sent. */
export function noRequiredCertificatePage(): GatewayPage {
  return page(400, "Bad Request", NO_REQUIRED_CERTIFICATE_TEXT, NO_REQUIRED_CERTIFICATE_TEXT);
}

/** Strict mode, a certificate that failed verification. */
export function certificateErrorPage(): GatewayPage {
  return page(400, "Bad Request", CERTIFICATE_ERROR_TEXT, CERTIFICATE_ERROR_TEXT);
}

/** No healthy backend (the probe failed or the backend could not be reached). */
export function badGatewayPage(): GatewayPage {
  return page(502, "Bad Gateway", "Bad Gateway", "");
}
