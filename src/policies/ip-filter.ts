// <ip-filter action><address/><address-range from to/></ip-filter>: allows or forbids callers by IP
// address (inbound only). `action` and `<address>` accept expressions; the range bounds do not.
import { BlockList, isIP } from "node:net";
import type { Value } from "../model/expression.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type IpFilterAction = "allow" | "forbid";

export interface AddressRange {
  readonly from: string;
  readonly to: string;
}

export interface IpFilterOptions extends CommonOptions {
  readonly action: Value<IpFilterAction>;
  readonly addresses?: readonly Value<string>[];
  readonly ranges?: readonly AddressRange[];
}

export interface IpFilter extends StatementBase<"ip-filter"> {
  readonly action: Value<IpFilterAction>;
  readonly addresses: readonly Value<string>[];
  readonly ranges: readonly AddressRange[];
}

/** The caller filter of literal addresses and ranges (node:net's BlockList compares addresses). */
export function addressList(addresses: readonly string[], ranges: readonly AddressRange[]): BlockList {
  const list = new BlockList();
  const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");
  for (const address of addresses) list.addAddress(address, family(address));
  for (const range of ranges) list.addRange(range.from, range.to, family(range.from));
  return list;
}

/** `<ip-filter>`: lets through (allow) or refuses with 403 (forbid) the listed callers. */
export function ipFilter(options: IpFilterOptions): IpFilter {
  const { addresses = [], ranges = [], ...rest } = options;
  if (addresses.length + ranges.length === 0) throw new Error("ipFilter(): APIM requires at least one address or address range");
  for (const address of addresses) {
    if (typeof address === "string" && !isIP(address)) throw new Error(`ipFilter(): '${address}' is not an IP address`);
  }
  for (const range of ranges) {
    const valid = isIP(range.from) !== 0 && isIP(range.from) === isIP(range.to);
    try {
      if (valid) addressList([], [range]);
    } catch {
      throw new Error(`ipFilter(): '${range.from}'..'${range.to}' runs from high to low`);
    }
    if (!valid) throw new Error(`ipFilter(): '${range.from}'..'${range.to}' is not a range of IP addresses of one family`);
  }
  return { kind: "ip-filter", addresses, ranges, ...rest };
}

export function ipFilterToXml(statement: IpFilter): XmlElement {
  return element("ip-filter", { id: statement.id, action: slot(statement.action) }, [
    ...statement.addresses.map((address) => element("address", {}, [text(slot(address)!)])),
    ...statement.ranges.map((range) => element("address-range", { from: range.from, to: range.to })),
  ]);
}
