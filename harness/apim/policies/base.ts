// <base/>: runs the parent scope's same section at this position (pipeline.ts knows the scopes).
import type { Base } from "../../../src/policies/base.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runBase: PolicyHandler<Base> = (run) => run.runBase();
