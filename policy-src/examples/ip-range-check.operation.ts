// An IP range check with bit operations, as teams write it when ip-filter's fixed address list
// is not enough (the allowed network is configuration, a CIDR block in a named value): the
// caller's IPv4 address and the network are turned into 32-bit numbers (held in long, so that
// addresses above 127.255.255.255 stay positive), masked with the prefix length, and compared.
// A caller outside the network, or an address that is not dotted IPv4, gets 403.
import {
  base,
  choose,
  int,
  long,
  namedValue,
  policy,
  returnResponse,
  setBody,
  setStatus,
  when,
} from "apim-ts";

/** Named value holding the allowed network as CIDR: "10.20.0.0/16". */
const ALLOWED_NETWORK = "allowed-network";

/** The 32-bit number of a dotted IPv4 address split at its dots (four parts, each 0-255). */
const ipv4Number = (parts: string[]): long =>
  (long.Parse(parts[0]!) << 24) |
  (long.Parse(parts[1]!) << 16) |
  (long.Parse(parts[2]!) << 8) |
  long.Parse(parts[3]!);

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => {
          const caller = context.Request.IpAddress.split(".");
          const network = namedValue(ALLOWED_NETWORK).split("/");
          if (caller.length !== 4 || network.length !== 2) return true;
          const first = network[0]!.split(".");
          if (first.length !== 4) return true;
          const prefix: int = int.Parse(network[1]!);
          const one: long = 1;
          // The prefix's mask on 32 bits: /16 is 0xFFFF0000 (a /0 masks nothing).
          const mask = ~((one << (32 - prefix)) - 1) & 0xffffffff;
          const start = ipv4Number(first);
          return (ipv4Number(caller) & mask) !== (start & mask);
        },
        [
          returnResponse([
            setStatus(403, "Forbidden"),
            setBody("Caller address is outside the allowed network."),
          ]),
        ],
      ),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
