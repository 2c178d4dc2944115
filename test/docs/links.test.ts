// Every relative link in the repository's Markdown resolves: the file exists and, for `#anchor`,
// the heading exists (GitHub's slugs). Nothing points outside the repository (`../shared`, a
// sibling folder): a clone must be complete on its own.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SKIPPED = new Set(["node_modules", ".git", ".apim-ts-cache", "dist", "coverage"]);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

/** The text outside fenced code blocks and inline code spans. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

/** GitHub's anchors for a file's headings (lowercased, punctuation dropped, spaces to hyphens). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const match of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6} (.*)$/gm)) {
    const slug = match[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    out.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return out;
}

const files = markdownFiles(root);

describe("Markdown links", () => {
  it("finds the repository's Markdown", () => {
    expect(files.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(["README.md", "CONTRIBUTING.md", "docs/README.md"]),
    );
  });

  it.each(files.map((f) => [path.relative(root, f), f]))(
    "%s: relative links resolve",
    (_, file) => {
      const markdown = fs.readFileSync(file, "utf8");
      const broken: string[] = [];
      for (const match of prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const [filePart, anchor] = target.split("#") as [string, string | undefined];
        const resolved = filePart ? path.resolve(path.dirname(file), decodeURI(filePart)) : file;
        if (path.relative(root, resolved).startsWith("..")) {
          broken.push(`${target}: outside the repository`);
          continue;
        }
        if (!fs.existsSync(resolved)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (
          anchor &&
          resolved.endsWith(".md") &&
          !anchors(fs.readFileSync(resolved, "utf8")).has(anchor)
        )
          broken.push(`${target}: no heading for #${anchor}`);
      }
      expect(broken).toEqual([]);
    },
  );

  it("docs/ links only to what the package ships with it (package.json files: docs/, README.md)", () => {
    const docs = path.join(root, "docs");
    const leaving = files
      .filter((f) => f.startsWith(docs + path.sep))
      .flatMap((file) =>
        [...prose(fs.readFileSync(file, "utf8")).matchAll(/\]\(([^)\s#]+)[^)]*\)/g)]
          .map((match) => match[1]!)
          .filter((target) => !/^[a-z]+:/i.test(target))
          .filter((target) => {
            const resolved = path.resolve(path.dirname(file), decodeURI(target));
            return (
              !resolved.startsWith(docs + path.sep) && resolved !== path.join(root, "README.md")
            );
          })
          .map((target) => `${path.relative(root, file)}: ${target}`),
      );
    expect(leaving).toEqual([]);
  });

  it("nothing in the repository's Markdown refers to ../shared", () => {
    const offenders = files.filter((f) =>
      /\.\.\/shared|shared\/design/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
