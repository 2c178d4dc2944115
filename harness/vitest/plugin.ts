// apim-ts/vitest: what a project's vitest.config.ts needs. The plugin applies the tagging
// transform to policy sources and tests, so the harness can translate each expression (without
// it every expression is refused with APIM2005). The matchers' types come along: importing this
// module's types puts `toBeRejectedWith`, `toHaveTrace`, ... on vitest's `expect` for the type
// checker. Nothing here imports vitest at run time, so the config file can load it.
export { apimTs } from "../../src/compile/vitest-plugin.ts";
export type { ApimTsPluginOptions } from "../../src/compile/vitest-plugin.ts";
export type { TraceExpectation, BackendExpectation } from "./matchers.ts";
