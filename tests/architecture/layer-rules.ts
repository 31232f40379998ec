import { builtinModules } from 'node:module';
import { reachableEdges, type Edge, type ImportGraph } from './import-graph';

/**
 * The layering as rules over an import graph. Each rule returns its violations as sentences
 * ("a imports b: why"), so a failing test says what to change.
 */

const SHELL = ['electron/main', 'electron/preload'];
/** The composition root: opens the database and wires every service. */
const ROOT = 'electron/core';
/** The IPC layer: contract handlers over the services. */
const IPC = 'electron/ipc';
/** Programs that open a Core: the Electron shell, the CLI, the development host; benches and scripts are programs too. */
const HOSTS = ['electron/main', 'electron/cli', 'electron/dev-host', 'bench', 'scripts'];
const NOT_CORE = [...SHELL, ROOT, IPC, 'electron/cli', 'electron/dev-host'];

const nodeBuiltins = new Set(builtinModules);
export const isNodeModule = (s: string) => s.startsWith('node:') || nodeBuiltins.has(s.split('/')[0]!);
export const isElectronModule = (s: string) => s === 'electron' || s.startsWith('electron/');
export const isUnder = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);
const isUnderAny = (p: string, dirs: readonly string[]) => dirs.some((d) => isUnder(p, d));

/** A file's concern folder: electron/queue, renderer/src/editor, shared/text, tooling/tiny-vlm, bench… */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'renderer') return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, Math.min(2, parts.length - 1)).join('/') || 'renderer';
  if (['electron', 'shared', 'tooling'].includes(parts[0]!)) return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
  return parts[0]!;
}

/** True for a core service folder: plain Node code under electron/ that is neither shell, IPC, root nor host. */
export const isCoreFile = (file: string) => isUnder(file, 'electron') && !isUnderAny(file, NOT_CORE);

const say = (e: Edge, why: string) => `${e.file} imports ${e.specifier}: ${why}`;

export function rendererImportsOnlySharedAndItself(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => isUnder(e.file, 'renderer'))
    .filter((e) => (e.local ? !isUnder(e.target, 'renderer') && !isUnder(e.target, 'shared') : isNodeModule(e.target) || isElectronModule(e.target)))
    .map((e) => say(e, 'the renderer may import only shared/, its own files and browser packages'));
}

export function sharedImportsNeitherSide(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => isUnder(e.file, 'shared'))
    .filter((e) => (e.local ? !isUnder(e.target, 'shared') : isElectronModule(e.target)))
    .map((e) => say(e, 'shared/ is imported by both sides and imports neither'));
}

export function coreImportsNoShellIpcOrRoot(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => isCoreFile(e.file) && e.local && isUnderAny(e.target, NOT_CORE))
    .map((e) => say(e, 'core services import neither the shell, the IPC layer, the hosts nor the composition root'));
}

export function onlyHostsImportTheRoot(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => e.local && isUnder(e.target, ROOT) && !isUnder(e.file, ROOT) && !isUnderAny(e.file, HOSTS))
    .map((e) => say(e, 'only the shell and the hosts (CLI, dev host, benches, scripts) open a Core'));
}

export function runtimeNeverImportsTooling(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => isUnderAny(e.file, ['electron', 'shared', 'renderer']) && e.local && isUnder(e.target, 'tooling'))
    .map((e) => say(e, 'tooling/ serves scripts, tests and benches; the app never ships it'));
}

export function onlyShellImportsElectron(g: ImportGraph): string[] {
  return g.edges
    .filter((e) => !e.local && isElectronModule(e.specifier) && !isUnderAny(e.file, SHELL))
    .map((e) => say(e, 'only electron/main and electron/preload touch Electron'));
}

/** Node modules reached from the page's entry or the sandboxed preload, even through shared/. */
export function browserCodeReachesNoNode(g: ImportGraph, entries: readonly string[]): string[] {
  return entries
    .flatMap((entry) => reachableEdges(g, entry))
    .filter((e) => !e.local && isNodeModule(e.target))
    .map((e) => say(e, 'code that runs in the page or the sandboxed preload has no Node'));
}

/** Strongly connected groups of more than one node (Tarjan), each sorted, as cycles to report. */
export function cyclesOf(nodes: readonly string[], next: (n: string) => readonly string[]): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

function adjacency(pairs: Iterable<[string, string]>): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  for (const [a, b] of pairs) if (a !== b) adj.set(a, [...new Set([...(adj.get(a) ?? []), b])]);
  return adj;
}

export function noFolderCycles(g: ImportGraph): string[] {
  const known = new Set(g.files);
  const adj = adjacency(g.edges.filter((e) => e.local && known.has(e.target)).map((e) => [folderOf(e.file), folderOf(e.target)]));
  return cyclesOf([...adj.keys()].sort(), (n) => adj.get(n) ?? []).map((c) => `folders import each other: ${c.join(' ↔ ')}`);
}

export function noFileCycles(g: ImportGraph): string[] {
  const known = new Set(g.files);
  const adj = adjacency(g.edges.filter((e) => e.local && known.has(e.target)).map((e) => [e.file, e.target]));
  return cyclesOf([...adj.keys()].sort(), (n) => adj.get(n) ?? []).map((c) => `files import each other: ${c.join(' ↔ ')}`);
}
