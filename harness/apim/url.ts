// IUrl and its query parameters, built from a WHATWG URL. Query parameters match like headers
// (case-insensitive, values joined with ",").
import type { Url } from "../../src/context/context.ts";
import { HeaderMap } from "./header-map.ts";

export class UrlView implements Url {
  readonly Host: string;
  readonly Path: string;
  readonly Port: number;
  readonly QueryString: string;
  readonly Scheme: string;
  readonly #href: string;
  #query: Url["Query"] | undefined;

  constructor(url: URL) {
    this.Scheme = url.protocol.replace(/:$/, "");
    this.Host = url.hostname;
    this.Port = url.port ? Number(url.port) : this.Scheme === "http" ? 80 : 443;
    this.Path = decodeURIComponent(url.pathname);
    this.QueryString = url.search;
    this.#href = url.href;
  }

  /**
   * Built on first read: every request makes views of its URLs, few expressions read the query.
   * Parsed from the search text taken above (what `url.searchParams` parses too, WHATWG URL
   * standard), so a URL object changed afterwards cannot change it.
   */
  get Query(): Url["Query"] {
    if (this.#query) return this.#query;
    const query = new HeaderMap();
    for (const [name, value] of new URLSearchParams(this.QueryString)) query.append(name, [value]);
    return (this.#query = query.view);
  }

  ToString(): string {
    return this.#href;
  }

  toString(): string {
    return this.#href;
  }
}
