// The exit codes of the apim-ts binary (main.ts's help lists them). A module of its own, so that
// `apim-ts help` and a refused command line do not load the build, and with it TypeScript.

/** 0 success, 1 diagnostics (build errors), 2 --check found stale outputs, 3 bad command line. */
export const EXIT = { ok: 0, diagnostics: 1, stale: 2, usage: 3 } as const;
