// The synchronous entry point of chain validation (chain-validation.ts): C# expressions are
// synchronous while pkijs is async (WebCrypto), so validateChain's source text runs in a worker
// thread and the caller blocks on Atomics.wait until it answers. Results share the memo of
// chain-validation.ts, so a certificate warmed up by the harness never reaches the worker.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from "node:worker_threads";
import {
  memoKey,
  remember,
  remembered,
  validateChain,
  type ChainResult,
} from "./chain-validation.ts";

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
  const known = remembered(key);
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
