// <ip-filter action><address/><address-range from to/></ip-filter>: allows or forbids callers by IP
// address (inbound only). `action` and `<address>` accept expressions; the range bounds do not.
import { BlockList, isIP } from "node:net";
import type { Value } from "../model/expression.ts";
import { element, text, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly, oneOf, required } from "./rules.ts";
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
export function addressList(
  addresses: readonly string[],
  ranges: readonly AddressRange[],
): BlockList {
  const list = new BlockList();
  const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");
  for (const address of addresses) list.addAddress(address, family(address));
  for (const range of ranges) list.addRange(range.from, range.to, family(range.from));
  return list;
}

/** `<ip-filter>`: lets through (allow) or refuses with 403 (forbid) the listed callers. */
export function ipFilter(options: IpFilterOptions): IpFilter {
  const { addresses = [], ranges = [], ...rest } = options;
  return checked(ipFilterPolicy, { kind: "ip-filter", addresses, ranges, ...rest });
}

export const ipFilterPolicy = definePolicy({
  element: "ip-filter",
  sections: ["inbound"],
  builders: ["ipFilter"],
  reference: "https://learn.microsoft.com/azure/api-management/ip-filter-policy",
  summary: "Lets through (allow) or refuses with 403 (forbid) the listed caller addresses.",
  toXml: (statement: IpFilter): XmlNode =>
    element("ip-filter", { id: statement.id, action: slot(statement.action) }, [
      ...statement.addresses.map((address) => element("address", {}, [text(slot(address)!)])),
      ...statement.ranges.map((range) =>
        element("address-range", { from: range.from, to: range.to }),
      ),
    ]),
  // ip-filter-policy.md, Elements and Attributes: action is allow or forbid; at least one
  // address or address-range; a range's from and to take no policy expressions.
  validate: (statement, check): void => {
    if (required(check, statement.action, "ip-filter action"))
      oneOf(check, statement.action, ["allow", "forbid"], "ip-filter action");
    const addresses = statement.addresses ?? [];
    const ranges = statement.ranges ?? [];
    if (addresses.length + ranges.length === 0)
      check.error("ip-filter needs at least one address or address-range");
    for (const address of addresses) {
      if (typeof address === "string" && !isIP(address))
        check.error(`ip-filter address '${address}' is not an IP address`);
    }
    for (const range of ranges) {
      if (
        !literalOnly(check, range.from, "ip-filter address-range from") ||
        !literalOnly(check, range.to, "ip-filter address-range to")
      )
        continue;
      const valid = isIP(range.from) !== 0 && isIP(range.from) === isIP(range.to);
      if (!valid) {
        check.error(
          `ip-filter address-range '${range.from}'..'${range.to}' is not a range of IP addresses of one family`,
        );
        continue;
      }
      try {
        addressList([], [range]);
      } catch {
        check.error(`ip-filter address-range '${range.from}'..'${range.to}' runs from high to low`);
      }
    }
  },
});
