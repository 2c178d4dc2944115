// Chain validation for X509Certificate2.VerifyNoRevocation(): pkijs builds and checks the path
// (signatures, validity of every certificate at the instant, CA flags and keyCertSign), and a
// path-length check is added on top (pkijs does not check pathLenConstraint). pkijs is async
// (WebCrypto) while C# expressions are synchronous, so the synchronous entry point runs the same
// function in a worker thread and blocks on Atomics.wait; results are memoized per
// (certificate, trust store, instant), and `warmUpChainValidation` fills the memo without the worker.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from "node:worker_threads";
import * as pkijs from "pkijs";

/** Outcome of a chain validation. */
export interface ChainResult {
  readonly valid: boolean;
  /** pkijs's result code (0 when valid), or 100+ for checks added here. */
  readonly code: number;
  readonly message: string;
}

type Pkijs = typeof pkijs;

// Self-contained (it is also sent as source text to the worker): no references outside its parameters.
async function validateChain(
  pki: Pkijs,
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): Promise<ChainResult> {
  const parse = (der: Uint8Array) => pki.Certificate.fromBER(der);
  const leaf = parse(leafDer);
  const store = storeDers.map(parse);
  // Only self-signed certificates are trust anchors (Windows' Root store); others are intermediates.
  const anchors: pkijs.Certificate[] = [];
  const intermediates: pkijs.Certificate[] = [];
  for (const cert of store) {
    let selfSigned = false;
    if (cert.subject.isEqual(cert.issuer)) {
      try {
        selfSigned = await cert.verify();
      } catch {
        selfSigned = false;
      }
    }
    (selfSigned ? anchors : intermediates).push(cert);
  }
  const engine = new pki.CertificateChainValidationEngine({
    trustedCerts: anchors,
    certs: [...intermediates, leaf],
    checkDate: new Date(atMs),
  });
  let result;
  try {
    result = await engine.verify();
  } catch (error) {
    const e = error as { resultCode?: number; resultMessage?: string; message?: string };
    return {
      valid: false,
      code: e.resultCode ?? 99,
      message: e.resultMessage ?? e.message ?? String(error),
    };
  }
  if (!result.result)
    return {
      valid: false,
      code: result.resultCode ?? 99,
      message: result.resultMessage ?? "invalid",
    };
  const path = result.certificatePath ?? [];
  // pathLenConstraint: the number of intermediates below a CA must not exceed it (RFC 5280 6.1.4).
  for (let i = 1; i < path.length; i++) {
    for (const extension of path[i]!.extensions ?? []) {
      const parsed = extension.parsedValue as
        { cA?: boolean; pathLenConstraint?: number } | undefined;
      if (
        extension.extnID === "2.5.29.19" &&
        typeof parsed?.pathLenConstraint === "number" &&
        i - 1 > parsed.pathLenConstraint
      ) {
        return {
          valid: false,
          code: 101,
          message: `Path length constraint of certificate ${i} exceeded`,
        };
      }
    }
  }
  return { valid: true, code: 0, message: "" };
}

const memo = new Map<string, ChainResult>();
const MEMO_LIMIT = 10_000;

function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

function memoKey(leafDer: Uint8Array, storeDers: readonly Uint8Array[], atMs: number): string {
  const store = storeDers.map(sha1).sort().join(",");
  return `${sha1(leafDer)}|${store}|${atMs}`;
}

function remember(key: string, result: ChainResult): ChainResult {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

/** Validates in this thread (async) and memoizes; the harness may call it ahead of evaluation. */
export async function validateChainAsync(
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): Promise<ChainResult> {
  const key = memoKey(leafDer, storeDers, atMs);
  const known = memo.get(key);
  if (known !== undefined) return known;
  return remember(key, await validateChain(pkijs, leafDer, storeDers, atMs));
}

interface SyncWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

let syncWorker: SyncWorker | undefined;

function startWorker(): SyncWorker {
  const pkijsUrl = pathToFileURL(createRequire(import.meta.url).resolve("pkijs")).href;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const source = `
    globalThis.__name = globalThis.__name || ((f) => f);
    const { workerData } = require("node:worker_threads");
    const validateChain = (${validateChain.toString()});
    const ready = import(workerData.pkijsUrl);
    const { port, signal } = workerData;
    port.on("message", async ({ leaf, store, atMs }) => {
      let result;
      try {
        result = await validateChain(await ready, leaf, store, atMs);
      } catch (error) {
        result = { valid: false, code: 98, message: String(error && error.message || error) };
      }
      port.postMessage(result);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });`;
  const worker = new Worker(source, {
    eval: true,
    workerData: { pkijsUrl, port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal };
}

/** Validates synchronously (memoized); blocks the calling thread while a worker runs pkijs. */
export function validateChainSync(
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): ChainResult {
  const key = memoKey(leafDer, storeDers, atMs);
  const known = memo.get(key);
  if (known !== undefined) return known;
  syncWorker ??= startWorker();
  const { port, signal } = syncWorker;
  Atomics.store(signal, 0, 0);
  port.postMessage({ leaf: leafDer, store: storeDers, atMs });
  // A generous bound: a hung worker must not hang the test run.
  if (Atomics.wait(signal, 0, 0, 30_000) === "timed-out")
    throw new Error("chain validation worker did not answer in 30 s");
  const message = receiveMessageOnPort(port);
  if (message === undefined) throw new Error("chain validation worker signalled without a result");
  return remember(key, message.message as ChainResult);
}

/** Stops the worker (tests; the worker is unref'd so it never keeps the process alive). */
export async function stopChainValidationWorker(): Promise<void> {
  const running = syncWorker;
  syncWorker = undefined;
  if (running !== undefined) await running.worker.terminate();
}

/** Forgets memoized results (tests that measure cost). */
export function clearChainValidationMemo(): void {
  memo.clear();
}
