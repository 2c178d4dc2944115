// IUrl and its query parameters, built from a WHATWG URL. Query parameters match like headers
// (case-insensitive, values joined with ",").
import type { Url } from "../../src/context/context.ts";
import { HeaderMap } from "./header-map.ts";

export class UrlView implements Url {
  readonly Host: string;
  readonly Path: string;
  readonly Port: number;
  readonly Query: Url["Query"];
  readonly QueryString: string;
  readonly Scheme: string;
  readonly #href: string;

  constructor(url: URL) {
    this.Scheme = url.protocol.replace(/:$/, "");
    this.Host = url.hostname;
    this.Port = url.port ? Number(url.port) : this.Scheme === "http" ? 80 : 443;
    this.Path = decodeURIComponent(url.pathname);
    this.QueryString = url.search;
    const query = new HeaderMap();
    for (const [name, value] of url.searchParams) query.append(name, [value]);
    this.Query = query.view;
    this.#href = url.href;
  }

  ToString(): string {
    return this.#href;
  }

  toString(): string {
    return this.#href;
  }
}
