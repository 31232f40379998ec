import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering, enforced: renderer/ is browser code (no Node, no main-process code), shared/ sits
 * between the two sides, and only the thin shell (electron/main, electron/preload) touches Electron.
 */
const root = path.resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Edge {
  file: string;
  specifier: string;
  /** Project-relative target for relative imports, else the bare specifier. */
  target: string;
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export function importsOf(file: string, text: string): Edge[] {
  const edges: Edge[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT)) {
    const specifier = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const target = specifier.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), specifier)) : specifier;
    edges.push({ file, specifier, target });
  }
  return edges;
}

function edgesIn(dir: string): Edge[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file, fs.readFileSync(path.join(root, file), 'utf8')));
}

/** Every import edge of the files reachable from `entry` through relative imports. */
function reachableEdges(entry: string): Edge[] {
  const seen = new Set<string>();
  const edges: Edge[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of importsOf(file, fs.readFileSync(path.join(root, file), 'utf8'))) {
      edges.push(edge);
      const next = edge.specifier.startsWith('.') ? resolveSource(edge.target) : null;
      if (next) queue.push(next);
    }
  }
  return edges;
}

function resolveSource(target: string): string | null {
  const candidates = [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts'), path.join(target, 'index.tsx')];
  return candidates.find((c) => /\.(ts|tsx)$/.test(c) && fs.existsSync(path.join(root, c))) ?? null;
}

const isUnder = (target: string, dir: string) => target === dir || target.startsWith(`${dir}/`) || target.startsWith(`${dir}${path.sep}`);
const isElectronModule = (s: string) => s === 'electron' || s.startsWith('electron/');
const nodeBuiltins = new Set(builtinModules);
const isNodeModule = (s: string) => s.startsWith('node:') || nodeBuiltins.has(s.split('/')[0]!);
const describeEdge = (e: Edge) => `${e.file} imports ${e.specifier}`;

describe('architecture', () => {
  it('finds the imports it checks (the scanner is not blind)', () => {
    expect(edgesIn('renderer').length).toBeGreaterThan(10);
    expect(edgesIn('shared').length).toBeGreaterThan(5);
    expect(importsOf('renderer/src/x.ts', "import fs from 'node:fs';\nimport {\n  a,\n} from '../../electron/db/open-database';\nconst m = await import('electron');").map((e) => e.target)).toEqual([
      'node:fs',
      path.join('electron', 'db', 'open-database'),
      'electron',
    ]);
  });

  it('renderer/ imports nothing from electron/, Electron or Node', () => {
    const bad = edgesIn('renderer').filter((e) => isUnder(e.target, 'electron') || isElectronModule(e.target) || isNodeModule(e.target));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('shared/ imports neither electron/ nor renderer/ (nor Electron itself)', () => {
    const bad = edgesIn('shared').filter((e) => isUnder(e.target, 'electron') || isUnder(e.target, 'renderer') || isElectronModule(e.target));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('only electron/main and electron/preload import the electron module', () => {
    const all = ['electron', 'shared', 'renderer', 'scripts', 'bench'].flatMap(edgesIn);
    const bad = all.filter((e) => isElectronModule(e.specifier) && !isUnder(e.file, 'electron/main') && !isUnder(e.file, 'electron/preload'));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('nothing the renderer or the sandboxed preload pulls in, even through shared/, imports Node', () => {
    const bad = [...reachableEdges('renderer/src/main.tsx'), ...reachableEdges('electron/preload/index.ts')].filter((e) => isNodeModule(e.target));
    expect(bad.map(describeEdge)).toEqual([]);
  });
});
