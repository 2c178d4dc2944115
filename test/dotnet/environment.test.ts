// The harness's ambient .NET environment (harness/dotnet/environment.ts) and the draw log
// (draw-log.ts): what DateTime.UtcNow, Guid.NewGuid and Random read while an expression runs.
// Ticks are .NET's: 100 ns since 0001-01-01, so 1970-01-01 is DateTime.UnixEpoch.Ticks
// 621355968000000000 ("DateTime.UnixEpoch Field", "DateTime.Ticks Property"; mono prints the same).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  currentEnvironment,
  currentEnvironmentOrUndefined,
  resolveEnvironment,
  runInDotnetEnvironment,
  UNIX_EPOCH_TICKS,
} from "../../harness/dotnet/environment.ts";
import {
  currentDrawLog,
  drawFields,
  newDrawLog,
  withDrawLog,
} from "../../harness/dotnet/draw-log.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { GuidValue } from "../../harness/dotnet/guid.ts";
import { warmUpChainValidation } from "../../harness/dotnet/warm-up.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { clearChainValidationMemo } from "../../harness/dotnet/chain-validation.ts";
import { stopChainValidationWorker } from "../../harness/dotnet/chain-validation-worker.ts";

describe("the instant", () => {
  it("is read as UTC ticks from epoch milliseconds, a Date or a value with Ticks", () => {
    expect(UNIX_EPOCH_TICKS).toBe(621355968000000000n);
    expect(resolveEnvironment({ instant: 0 }).utcTicks).toBe(621355968000000000n);
    // 2030-01-01T00:00:00.001Z: one millisecond is 10,000 ticks.
    const ms = Date.UTC(2030, 0, 1) + 1;
    const ticks = UNIX_EPOCH_TICKS + BigInt(ms) * 10_000n;
    expect(resolveEnvironment({ instant: ms }).utcTicks).toBe(ticks);
    expect(resolveEnvironment({ instant: new Date(ms) }).utcTicks).toBe(ticks);
    expect(resolveEnvironment({ instant: { Ticks: ticks + 7n } }).utcTicks).toBe(ticks + 7n);
    expect(resolveEnvironment({ instant: { Ticks: 42 } }).utcTicks).toBe(42n);
    // Sub-millisecond epoch values round to the nearest millisecond.
    expect(resolveEnvironment({ instant: 1.6 }).utcTicks).toBe(UNIX_EPOCH_TICKS + 20_000n);
  });

  it("refuses an instant that is not a finite number (a harness bug, not a .NET exception)", () => {
    expect(() => resolveEnvironment({ instant: Number.NaN })).toThrow(
      "DotnetEnvironment.instant is not a finite number: NaN",
    );
    expect(() => resolveEnvironment({ instant: new Date(Number.NaN) })).toThrow(/not a finite/);
  });

  it("DateTime.UtcNow inside the environment is the instant", () => {
    const ms = Date.UTC(2031, 5, 15, 12, 30);
    const now = runInDotnetEnvironment({ instant: new Date(ms) }, () => DateTimeValue.UtcNow);
    expect(now.Ticks).toBe(UNIX_EPOCH_TICKS + BigInt(ms) * 10_000n);
  });
});

describe("the defaults", () => {
  it("UTC, no CA certificates, revocation unreachable, seeds 0", () => {
    const resolved = resolveEnvironment({ instant: 0 });
    expect([
      resolved.timeZone,
      resolved.trustedCaCertificates,
      resolved.revocationReachable,
      resolved.guidSeed,
      resolved.randomSeed,
    ]).toEqual(["UTC", [], false, "0", "0"]);
  });

  it("keeps what is given; seeds as text", () => {
    const der = new Uint8Array([48, 0]);
    const resolved = resolveEnvironment({
      instant: 0,
      timeZone: "+02:00",
      trustedCaCertificates: [der],
      revocationReachable: true,
      guidSeed: 7,
      randomSeed: "r",
    });
    expect([
      resolved.timeZone,
      resolved.trustedCaCertificates,
      resolved.revocationReachable,
      resolved.guidSeed,
      resolved.randomSeed,
    ]).toEqual(["+02:00", [der], true, "7", "r"]);
  });
});

describe("the Guid and Random counters", () => {
  it("continue across runs with the same environment object, restart with a new one", () => {
    const env = { instant: 0, guidSeed: "s" };
    const first = runInDotnetEnvironment(env, () => GuidValue.NewGuid().ToString());
    const second = runInDotnetEnvironment(env, () => GuidValue.NewGuid().ToString());
    const fresh = runInDotnetEnvironment({ instant: 0, guidSeed: "s" }, () =>
      GuidValue.NewGuid().ToString(),
    );
    expect(second).not.toBe(first);
    expect(fresh).toBe(first);
    expect(resolveEnvironment(env).guidCounter).toEqual({ value: 2 });
    expect(resolveEnvironment(env).randomCounter).toEqual({ value: 0 });
    expect(resolveEnvironment(env).guidCounter).toBe(resolveEnvironment(env).guidCounter);
  });
});

describe("the ambient environment", () => {
  it("is the innermost run's; outside every run there is none", () => {
    expect(currentEnvironmentOrUndefined()).toBeUndefined();
    expect(() => currentEnvironment()).toThrow(
      "No .NET environment: DateTime.Now, certificate validation and Guid.NewGuid need the harness's " +
        "virtual clock. Wrap the evaluation in runInDotnetEnvironment({ instant, timeZone, ... }, fn).",
    );
    const zones = runInDotnetEnvironment({ instant: 0, timeZone: "UTC" }, () => [
      currentEnvironment().timeZone,
      runInDotnetEnvironment(
        { instant: 0, timeZone: "+01:00" },
        () => currentEnvironmentOrUndefined()?.timeZone,
      ),
      currentEnvironmentOrUndefined()?.timeZone,
    ]);
    expect(zones).toEqual(["UTC", "+01:00", "UTC"]);
  });
});

describe("the draw log", () => {
  it("receives the draws of its run only and is restored afterwards, also after a throw", () => {
    const outer = newDrawLog();
    const inner = newDrawLog();
    expect(currentDrawLog()).toBeUndefined();
    withDrawLog(outer, () => {
      expect(() =>
        withDrawLog(inner, () => {
          expect(currentDrawLog()).toBe(inner);
          throw new Error("boom");
        }),
      ).toThrow("boom");
      expect(currentDrawLog()).toBe(outer);
    });
    expect(currentDrawLog()).toBeUndefined();
  });

  it("describes only the kinds with draws, as copies", () => {
    const log = newDrawLog();
    expect(drawFields(log)).toEqual({});
    log.guids.push("g");
    expect(drawFields(log)).toEqual({ guids: ["g"] });
    log.randoms.push([0, 10, 3]);
    const fields = drawFields(log);
    expect(fields).toEqual({ guids: ["g"], randoms: [[0, 10, 3]] });
    expect(fields.guids).not.toBe(log.guids);
    expect(fields.randoms![0]).not.toBe(log.randoms[0]);
    const randomsOnly = newDrawLog();
    randomsOnly.randoms.push([1, 2, 1]);
    expect(drawFields(randomsOnly)).toEqual({ randoms: [[1, 2, 1]] });
  });
});

describe("warmUpChainValidation", () => {
  afterAll(stopChainValidationWorker);
  // The test root CA (certs/root-ca.cer, valid 2026-06-01 to 2076-06-01), trusted as itself.
  const pem = readFileSync(new URL("../../certs/root-ca.cer", import.meta.url), "utf8");
  const der = new Uint8Array(Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64"));

  it("validates ahead, at the environment's instant, so VerifyNoRevocation does not block on the worker", async () => {
    const env = { instant: Date.UTC(2030, 0, 1), trustedCaCertificates: [der] };
    clearChainValidationMemo();
    await warmUpChainValidation([der], env);
    const wait = vi.spyOn(Atomics, "wait");
    try {
      const valid = runInDotnetEnvironment(env, () =>
        new X509Certificate2Value(der).VerifyNoRevocation(),
      );
      expect(valid).toBe(true);
      expect(wait).not.toHaveBeenCalled();
      // Another instant was not validated ahead: that check waits for the worker.
      const before = runInDotnetEnvironment({ ...env, instant: Date.UTC(2026, 0, 1) }, () =>
        new X509Certificate2Value(der).VerifyNoRevocation(),
      );
      expect(before).toBe(false);
      expect(wait).toHaveBeenCalled();
    } finally {
      wait.mockRestore();
    }
  });
});
