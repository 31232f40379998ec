import fs from 'node:fs';
import path from 'node:path';

/** One import statement: who imports what, with relative specifiers resolved to a project file. */
export interface Edge {
  file: string;
  specifier: string;
  /** Project-relative file for a relative import (extension resolved where the file exists), else the bare specifier. */
  target: string;
  /** True for a relative import, whose target is a project file or folder. */
  local: boolean;
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs)$/;

/** Every source file under `dir`, project-relative with forward slashes. */
export function sourceFiles(dir: string, root = repoRoot): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => toPosix(path.relative(root, path.join(e.parentPath, e.name))));
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Resolves `target` (no extension, a file, or a folder with an index) against the set of known files. */
function resolveLocal(target: string, known: ReadonlySet<string>): string {
  const bare = target.replace(/\?.*$/, '');
  const candidates = [bare, `${bare}.ts`, `${bare}.tsx`, `${bare}.mjs`, `${bare}.js`, `${bare}/index.ts`, `${bare}/index.tsx`];
  return candidates.find((c) => known.has(c)) ?? bare;
}

/** The import edges of one file's text; comments are dropped so a mention in prose is no edge. */
export function importsOf(file: string, text: string, known: ReadonlySet<string> = new Set()): Edge[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const edges: Edge[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const specifier = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const local = specifier.startsWith('.');
    const target = local ? resolveLocal(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)), known) : specifier;
    edges.push({ file, specifier, target, local });
  }
  return edges;
}

/** A project's files and their imports, read from disk or given as texts (planted violations). */
export interface ImportGraph {
  files: string[];
  edges: Edge[];
}

export function graphOf(texts: ReadonlyMap<string, string>): ImportGraph {
  const known = new Set(texts.keys());
  const files = [...texts.keys()].sort();
  return { files, edges: files.flatMap((f) => importsOf(f, texts.get(f)!, known)) };
}

export function readProjectTexts(dirs: readonly string[], root = repoRoot): Map<string, string> {
  const texts = new Map<string, string>();
  for (const dir of dirs) for (const f of sourceFiles(dir, root)) texts.set(f, fs.readFileSync(path.join(root, f), 'utf8'));
  return texts;
}

/** The files reachable from `entry` through local imports, with every edge on the way. */
export function reachableEdges(graph: ImportGraph, entry: string): Edge[] {
  const byFile = new Map<string, Edge[]>();
  for (const e of graph.edges) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const seen = new Set<string>();
  const out: Edge[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const e of byFile.get(file) ?? []) {
      out.push(e);
      if (e.local) queue.push(e.target);
    }
  }
  return out;
}
