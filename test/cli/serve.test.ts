// `apim-ts serve` as a user runs it: on ephemeral ports, its printed curl commands parsed and
// replayed with Node's https client (same files, same --resolve pinning, same headers), the answers
// compared with the expectations printed beside them; a second run at --now 2076-05-15 checks that
// the printed expectations move with the clock. 127.0.0.1 only; the clock is fixed by --now.
// Those sessions run in this worker (test/cli/in-process.ts), stopped by the command's `stop`
// signal: what they test is the command's output and its servers' answers, and a process each
// would load tsx and compile the policies again (seconds of a core). Ctrl+C itself is the process's
// business, so one real process is started, stopped with SIGINT, and checked to exit 0 and remove
// its temporary folder.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import https from "node:https";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import {
  CERTIFICATE_ERROR_TEXT,
  GATEWAY_SERVER_HEADER,
  NO_REQUIRED_CERTIFICATE_TEXT,
} from "../../harness/appgw/index.ts";
import type { CliRun } from "./cli-project.ts";
import { runCli } from "./in-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "apim-ts.mjs");
const STARTUP_MS = 60_000;

interface PrintedCase {
  readonly expect: string;
  readonly curl: string[];
}

/** Splits a printed command into words (the printer quotes with single quotes only). */
function words(command: string): string[] {
  const out: string[] = [];
  for (const match of command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g))
    out.push(match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : match[2]!);
  return out;
}

/** `[id] title` / `  expect: ...` / `  curl ...` triples of the printed output. */
function parseCases(stdout: string): Map<string, PrintedCase> {
  const cases = new Map<string, PrintedCase>();
  const lines = stdout.split("\n");
  lines.forEach((line, index) => {
    const id = /^\[([a-z0-9-]+)\]/.exec(line)?.[1];
    const expectLine = lines[index + 1]?.match(/^ {2}expect: (.*)$/)?.[1];
    const curlLine = lines[index + 2]?.match(/^ {2}(curl .*)$/)?.[1];
    if (id && expectLine && curlLine) cases.set(id, { expect: expectLine, curl: words(curlLine) });
  });
  return cases;
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Does what the printed curl command does, with Node's https client. */
function replay(curl: readonly string[]): Promise<Answer> {
  const option = (name: string) => {
    const at = curl.indexOf(name);
    return at < 0 ? undefined : curl[at + 1];
  };
  const url = new URL(curl[curl.length - 1]!);
  const [resolvedHost, resolvedPort, address] = option("--resolve")!.split(":");
  expect([resolvedHost, resolvedPort, address]).toEqual([url.hostname, url.port, "127.0.0.1"]);
  const headers: Record<string, string> = {};
  const headerFile = option("-H");
  if (headerFile?.startsWith("@")) {
    const line = fs.readFileSync(headerFile.slice(1), "utf8").trim();
    headers[line.slice(0, line.indexOf(":"))] = line.slice(line.indexOf(":") + 1).trim();
  }
  const cert = option("--cert");
  const key = option("--key");
  expect(option("--cert-type")).toBeUndefined(); // certs/ has key files: PEM, not P12
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: "127.0.0.1",
        port: Number(url.port),
        servername: url.hostname, // as curl --resolve: SNI and verification by the listener's name
        path: url.pathname,
        headers: { Host: url.host, ...headers },
        ca: fs.readFileSync(option("--cacert")!, "utf8"),
        ...(cert ? { cert: fs.readFileSync(cert, "utf8") } : {}),
        ...(key ? { key: fs.readFileSync(key, "utf8") } : {}),
        agent: false,
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`no answer from ${url.href} within 30 s`)),
    );
    request.on("error", reject);
    request.end();
  });
}

interface Served {
  /** Everything printed so far (it keeps growing with log lines). */
  readonly stdout: () => string;
  readonly cases: Map<string, PrintedCase>;
}

/** Waits until `stdout()` has printed `ready:`; `ended` rejects if the command ends before. */
async function untilReady(stdout: () => string, ended: Promise<unknown>): Promise<void> {
  let waiting = true;
  const ready = (async () => {
    while (waiting && !/^ready: /m.test(stdout()))
      await new Promise((resolve) => setTimeout(resolve, 50));
  })();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`serve not ready within ${STARTUP_MS} ms\n${stdout()}`)),
      STARTUP_MS,
    ).unref(),
  );
  try {
    await Promise.race([ready, ended, timeout]);
  } finally {
    waiting = false;
  }
}

/**
 * Starts `apim-ts serve` with these arguments in this worker and waits for its `ready:` line.
 * `stop()` ends it as Ctrl+C does and gives the worker's console back; call it in afterAll.
 */
async function startServe(
  args: readonly string[],
): Promise<Served & { readonly stop: () => Promise<CliRun> }> {
  const stop = new AbortController();
  let stdout = "";
  const run = runCli(
    root,
    ["serve", ...args],
    {},
    {
      stop: stop.signal,
      onStdout: (text) => (stdout = text),
    },
  );
  const ended = run.then((result) => {
    throw new Error(
      `serve ended with ${result.code} before it was ready\n${result.stdout}\n${result.stderr}`,
    );
  });
  ended.catch(() => undefined); // once ready, its end is expected: stop() awaits it
  const stopAndWait = () => {
    stop.abort();
    return run;
  };
  try {
    await untilReady(() => stdout, ended);
  } catch (error) {
    await stopAndWait().catch(() => undefined);
    throw error;
  }
  return { stdout: () => stdout, cases: parseCases(stdout), stop: stopAndWait };
}

/** Starts `apim-ts serve` as a process of its own (bin/apim-ts.mjs) and waits for `ready:`. */
async function startServeProcess(
  args: readonly string[],
): Promise<Served & { readonly child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, "serve", ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const ended = once(child, "exit").then(([code]) => {
    throw new Error(`serve exited with ${code} before it was ready\n${stdout}\n${stderr}`);
  });
  ended.catch(() => undefined); // once ready, its exit is what the test waits for
  try {
    await untilReady(() => stdout, ended);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return { child, stdout: () => stdout, cases: parseCases(stdout) };
}

describe("apim-ts serve (127.0.0.1)", () => {
  let served: Awaited<ReturnType<typeof startServe>> | undefined;
  let stdout = "";
  let cases = new Map<string, PrintedCase>();

  beforeAll(async () => {
    served = await startServe(["--mode", "strict", "--now", "2026-06-01T12:00:00Z"]);
    cases = served.cases;
    stdout = served.stdout();
  }, STARTUP_MS + 5_000);

  afterAll(async () => void (await served?.stop()));

  it("prints endpoints on 127.0.0.1 and a command with an expectation for every case", () => {
    expect(stdout).toContain("clock         fixed at 2026-06-01T12:00:00.000Z");
    expect([...cases.keys()]).toEqual(
      expect.arrayContaining([
        "mtls-none",
        "mtls-valid-client",
        "mtls-expired-client",
        "spoof-https-listener",
        "spoof-apim-direct",
      ]),
    );
    for (const printed of cases.values()) expect(printed.curl).toContain("--resolve");
  });

  const strict: [string, number, string | null][] = [
    ["mtls-none", 400, NO_REQUIRED_CERTIFICATE_TEXT],
    ["mtls-valid-client", 200, null],
    ["mtls-expired-client", 400, CERTIFICATE_ERROR_TEXT],
    ["spoof-https-listener", 401, null],
    ["spoof-apim-direct", 200, null],
  ];
  for (const [id, status, page] of strict) {
    it(`[${id}] answers as printed: ${status}`, async () => {
      const printed = cases.get(id)!;
      expect(printed.expect.startsWith(String(status))).toBe(true);
      const answer = await replay(printed.curl);
      expect(answer.status).toBe(status);
      if (page !== null) {
        expect(printed.expect).toContain(page);
        expect(answer.headers.server).toBe(GATEWAY_SERVER_HEADER);
        expect(answer.body).toContain(page);
      }
      if (id === "mtls-valid-client")
        expect(JSON.parse(answer.body)).toMatchObject({ echo: "apim-ts serve echo backend" });
    });
  }

  it("logs APIM's reason for the 443 spoof", async () => {
    // This test sends the spoof itself: it does not rely on the case test above having run.
    expect((await replay(cases.get("spoof-https-listener")!.curl)).status).toBe(401);
    // The log line is printed once the request is handled: wait for it (bounded).
    const line =
      /log: https-listener GET \/validate-from-agw -> 401 backend ClientCertificateNotFound/;
    for (let waited = 0; !line.test(served!.stdout()) && waited < 5_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(served!.stdout()).toMatch(line);
  });
});

describe("apim-ts serve as a process of its own", () => {
  it(
    "stops on Ctrl+C with exit code 0 and removes its temporary folder",
    async () => {
      // A real process and a real SIGINT: the signal handling is the process's.
      const own = await startServeProcess(["--mode", "strict", "--now", "2026-06-01T12:00:00Z"]);
      const child = own.child;
      onTestFinished(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      });
      const tempDir = /removes (\S+)/.exec(own.stdout())![1]!;
      expect(fs.existsSync(tempDir)).toBe(true);
      const exited = once(child, "exit");
      child.kill("SIGINT");
      const [code] = await Promise.race([
        exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("serve did not stop within 10 s")), 10_000),
        ),
      ]);
      expect(code).toBe(0);
      expect(fs.existsSync(tempDir)).toBe(false);
    },
    STARTUP_MS + 15_000,
  );
});

describe("apim-ts serve's command line", () => {
  it("refuses a bad command line with exit code 3", async () => {
    // In this worker (test/cli/in-process.ts): that main's status becomes the binary's exit code
    // is tested with processes in cli.test.ts.
    const result = await runCli(root, ["serve", "--mode", "lenient"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--mode must be strict or passthrough");
    expect(result.stdout).toBe("");
  });
});

// The printed expectations come from the same clock as the servers: at 2076-05-15 the Not Yet
// Valid Client of certs/ (valid 2076-05-01 to 2076-06-01) passes the Strict listener and APIM
// answers 401 IdentityNotMatched (it is not uploaded), and every printed line still holds.
describe("apim-ts serve --now 2076-05-15: the printed expectations follow the clock", () => {
  let served: Awaited<ReturnType<typeof startServe>> | undefined;

  beforeAll(async () => {
    served = await startServe(["--mode", "strict", "--now", "2076-05-15T00:00:00Z"]);
  }, STARTUP_MS + 5_000);

  afterAll(async () => void (await served?.stop()));

  it("prints 401 IdentityNotMatched for the Not Yet Valid Client, which is valid by then", () => {
    expect(served!.cases.get("mtls-not-yet-valid-client")!.expect).toMatch(
      /^401 ClientCertificateIdentityNotMatched/,
    );
    expect(served!.cases.get("mtls-expired-client")!.expect).toMatch(/^400 /);
  });

  it("every printed case answers with the printed status", async () => {
    expect(served!.cases.size).toBeGreaterThan(10);
    for (const [id, printed] of served!.cases) {
      const answer = await replay(printed.curl);
      expect(`${id}: ${answer.status}`).toBe(`${id}: ${printed.expect.split(" ")[0]}`);
    }
  });
});
