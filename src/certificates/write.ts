// Writes a generated tree to a folder (creating it); existing files of the same names are replaced.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedTree } from "./generate.ts";

/** Writes every file of `generated` into `dir`; returns the file names written, sorted. */
export async function writeTree(dir: string, generated: GeneratedTree): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = [...generated.files.keys()].sort();
  for (const name of names) await writeFile(join(dir, name), generated.files.get(name)!);
  return names;
}
