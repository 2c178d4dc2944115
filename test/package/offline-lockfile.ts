// A package-lock.json for a fresh consumer project that installs the packed apim-ts tarball with
// no network. npm 11 resolves new dependencies from full registry documents, which `npm ci` of
// this repository does not leave in the cache (it caches abbreviated ones and the tarballs), so
// `npm install <tarball> --offline` cannot resolve apim-ts's dependencies there. With a lockfile
// npm resolves nothing: it installs exactly the versions this repository's lockfile pins (hence
// the ones in the cache). The consumer's tree is what npm itself would build: apim-ts from the
// tarball, its dependencies and its peer dependency vitest, each with the transitive closure
// copied from this repository's package-lock.json.
import crypto from "node:crypto";
import fs from "node:fs";

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dev?: boolean;
  optional?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  name: string;
  version: string;
  lockfileVersion: number;
  requires: boolean;
  packages: Record<string, LockEntry>;
}

/** Where Node finds `name` from a package installed at `location` (walking up node_modules). */
function locate(
  packages: Record<string, LockEntry>,
  location: string,
  name: string,
): string | undefined {
  let base = location;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const index = base.lastIndexOf("/node_modules/");
    base = index < 0 ? "" : base.slice(0, index);
  }
}

export interface ConsumerLock {
  readonly lockfile: Lockfile;
  /** The vitest version the lock installs (what `apim-ts init` will find). */
  readonly vitestVersion: string;
}

/**
 * The lockfile for a consumer project whose package.json has `apim-ts` as a devDependency
 * (`file:<relativeTarball>`). `repositoryLock` is this repository's package-lock.json.
 */
export function consumerLockfile(options: {
  readonly repositoryLock: string;
  readonly tarball: string;
  readonly relativeTarball: string;
  readonly projectName: string;
  readonly devDependencies: Record<string, string>;
  readonly dependencies?: Record<string, string>;
}): ConsumerLock {
  const repository = JSON.parse(fs.readFileSync(options.repositoryLock, "utf8")) as Lockfile;
  const root = repository.packages[""]!;
  const packages: Record<string, LockEntry> = {};
  const integrity = `sha512-${crypto.createHash("sha512").update(fs.readFileSync(options.tarball)).digest("base64")}`;
  packages["node_modules/apim-ts"] = {
    version: root.version,
    resolved: `file:${options.relativeTarball}`,
    integrity,
    dev: true,
    license: root.license,
    dependencies: root.dependencies,
    bin: root.bin,
    engines: root.engines,
    peerDependencies: root.peerDependencies,
  };
  const queue = [
    ...Object.keys(root.dependencies ?? {}),
    ...Object.keys(root.peerDependencies ?? {}),
  ].map((name) => ({ from: "", name }));
  while (queue.length) {
    const { from, name } = queue.shift()!;
    const location = locate(repository.packages, from, name);
    if (!location || packages[location]) continue;
    const { dev: _dev, devOptional: _devOptional, ...entry } = repository.packages[location]!;
    packages[location] = { ...entry, dev: true };
    const optionalPeers = new Set(
      Object.entries(entry.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta.optional)
        .map(([peer]) => peer),
    );
    const next = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !optionalPeers.has(peer)),
    ];
    for (const dependency of next) queue.push({ from: location, name: dependency });
  }
  const vitestVersion = packages["node_modules/vitest"]?.version;
  if (!vitestVersion)
    throw new Error("this repository's lockfile has no vitest to give the consumer");
  const sorted = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    vitestVersion,
    lockfile: {
      name: options.projectName,
      version: "1.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": {
          name: options.projectName,
          version: "1.0.0",
          license: "ISC",
          ...(options.dependencies ? { dependencies: options.dependencies } : {}),
          devDependencies: options.devDependencies,
        },
        ...sorted,
      },
    },
  };
}
