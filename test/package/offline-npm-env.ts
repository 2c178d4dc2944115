// The environment for npm commands that install the packed apim-ts with no network (the package
// test and the benchmarks' team project): offline, quiet, and without what the calling npm script
// or vitest worker exported, which would change where and how npm installs or make a nested vitest
// believe it runs inside this one.

/** process.env for an offline npm (and the vitest it installs), with colours off. */
export function offlineNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  for (const key of Object.keys(env))
    if (
      /^npm_(lifecycle|package)_/.test(key) ||
      key === "npm_config_prefix" ||
      key.startsWith("VITEST") ||
      key === "TEST" ||
      key === "NODE_ENV"
    )
      delete env[key];
  return env;
}
