// <ip-filter>: with action "allow" only the listed callers get through, with "forbid" they are the
// ones refused; a refused caller gets 403 and the rest of the pipeline is skipped, as on-error
// sees it. Reasons and messages are APIM's predefined ones ("Error handling in API Management
// policies", table "Predefined errors for policies"): CallerIpNotAllowed "Caller IP address
// {ip-address} is not allowed. Access denied." (allow, not listed), CallerIpBlocked "Caller IP
// address is blocked. Access denied." (forbid, listed), FailedToParseCallerIP "Failed to establish
// IP address for the caller. Access denied.". The status, 403, is the harness's choice: neither
// the table nor the ip-filter reference names it. Refused (the page is silent): an action or
// address computed at run time that is not allow/forbid or an IP address, an address giving null.
import { isIP } from "node:net";
import { addressList, type IpFilter } from "../../../src/policies/ip-filter.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { attributeText } from "./attribute-text.ts";

const FORBIDDEN = { status: 403, reason: "Forbidden" };

export const runIpFilter: PolicyHandler<IpFilter> = (run) => {
  const { statement } = run;
  const action = run.text(statement.action, "action");
  // An expression may compute action and addresses; what APIM does when they give something else
  // at run time is not documented, so the harness refuses rather than invent an error.
  if (action !== "allow" && action !== "forbid")
    throw new HarnessRefusal(
      `ip-filter action: expected 'allow' or 'forbid', got '${action}' (what APIM does then is not documented)`,
    );
  const addresses = statement.addresses.map((address, index) =>
    attributeText(run, address, `address[${index + 1}]`),
  );
  const invalid = addresses.find((address) => isIP(address) === 0);
  if (invalid !== undefined)
    throw new HarnessRefusal(
      `ip-filter address: expected an IP address, got '${invalid}' (what APIM does then is not documented)`,
    );
  const caller = run.execution.request.ipAddress;
  if (isIP(caller) === 0)
    return run.fail(
      "FailedToParseCallerIP",
      "Failed to establish IP address for the caller. Access denied.",
      FORBIDDEN,
    );
  const listed = addressList(addresses, statement.ranges).check(
    caller,
    isIP(caller) === 6 ? "ipv6" : "ipv4",
  );
  if (listed === (action === "allow")) {
    run.note(`ip-filter ${action}: ${caller} passes`);
    return;
  }
  if (action === "forbid")
    return run.fail("CallerIpBlocked", "Caller IP address is blocked. Access denied.", FORBIDDEN);
  run.fail(
    "CallerIpNotAllowed",
    `Caller IP address ${caller} is not allowed. Access denied.`,
    FORBIDDEN,
  );
};
