// <ip-filter>: with action "allow" only the listed callers get through, with "forbid" they are the
// ones refused; a refused caller gets 403 and the rest of the pipeline is skipped, as on-error
// sees it. The reason name is chosen (APIM does not document it): CallerIpAddressNotAllowed.
import { isIP } from "node:net";
import { addressList, type IpFilter } from "../../../src/policies/ip-filter.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runIpFilter: PolicyHandler<IpFilter> = (run) => {
  const { statement } = run;
  const action = run.text(statement.action, "action");
  if (action !== "allow" && action !== "forbid") {
    return run.fail("InvalidPolicyConfiguration", `ip-filter action must be allow or forbid, got '${action}'`, { status: 500, reason: "Internal Server Error" });
  }
  const addresses = statement.addresses.map((address, index) => run.text(address, `address[${index + 1}]`) ?? "");
  const invalid = addresses.find((address) => isIP(address) === 0);
  if (invalid !== undefined) {
    return run.fail("InvalidPolicyConfiguration", `ip-filter address '${invalid}' is not an IP address`, { status: 500, reason: "Internal Server Error" });
  }
  const caller = run.execution.request.ipAddress;
  const listed = addressList(addresses, statement.ranges).check(caller, isIP(caller) === 6 ? "ipv6" : "ipv4");
  if (listed === (action === "allow")) {
    run.note(`ip-filter ${action}: ${caller} passes`);
    return;
  }
  const message = `Caller IP address ${caller} is not allowed`;
  run.fail("CallerIpAddressNotAllowed", message, { status: 403, reason: "Forbidden" });
};
