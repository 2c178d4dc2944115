// <log-to-eventhub> (log-to-eventhub-policy.md): the message goes to the event hub Logger
// `logger-id` ("The ID of the Logger registered with your API Management service"): the harness
// records it in the result's eventHubEvents and refuses a logger id that createGateway's
// eventHubLoggers does not register. "A larger message will be automatically truncated to 200 KB"
// (Usage notes): chosen, 200 × 1024 bytes of UTF-8, cut at a character boundary. A message
// expression that gives null is something the page does not describe: refused.
import type { LogToEventhub } from "../../../src/policies/log-to-eventhub.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

/** "The maximum supported message size ... is 200 kilobytes (KB)" (Usage notes). */
export const EVENT_HUB_MESSAGE_LIMIT_BYTES = 200 * 1024;

function truncateUtf8(message: string, limit: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(message, "utf8");
  if (bytes.length <= limit) return { text: message, truncated: false };
  let end = limit;
  // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return { text: bytes.subarray(0, end).toString("utf8"), truncated: true };
}

export const runLogToEventhub: PolicyHandler<LogToEventhub> = (run) => {
  const { statement } = run;
  if (!run.gateway.hasEventHubLogger(statement.loggerId))
    throw new HarnessRefusal(
      `log-to-eventhub logger-id '${statement.loggerId}' is not a registered Logger; ` +
        "list it in createGateway({ eventHubLoggers: [...] }) (the page: 'The ID of the Logger registered with your API Management service')",
    );
  const message = run.text(statement.message, "message");
  if (message === null)
    throw new HarnessRefusal(
      "log-to-eventhub: the message expression gave null; the page does not say what APIM sends then",
    );
  const partitionKey =
    statement.partitionKey === undefined ? null : run.text(statement.partitionKey, "partition-key");
  const { text, truncated } = truncateUtf8(message, EVENT_HUB_MESSAGE_LIMIT_BYTES);
  run.execution.eventHubEvents.push({
    loggerId: statement.loggerId,
    message: text,
    truncated,
    partitionId: statement.partitionId ?? null,
    partitionKey,
    location: { scope: run.frame.scope, section: run.frame.section, path: run.frame.path },
  });
  run.note(
    `log-to-eventhub '${statement.loggerId}': ${Buffer.byteLength(text)} bytes${truncated ? " (truncated to 200 KB)" : ""}`,
  );
};
