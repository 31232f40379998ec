import { describe, expect, it } from 'vitest';
import { graphOf, importsOf, readProjectTexts, type ImportGraph } from './architecture/import-graph';
import {
  browserCodeReachesNoNode,
  coreImportsNoShellIpcOrRoot,
  folderOf,
  noFileCycles,
  noFolderCycles,
  onlyHostsImportTheRoot,
  onlyShellImportsElectron,
  rendererImportsOnlySharedAndItself,
  runtimeNeverImportsTooling,
  sharedImportsNeitherSide,
} from './architecture/layer-rules';

/**
 * The layering, enforced on the real import graph of every source file: renderer/ is browser code
 * over shared/; shared/ sits between the sides; core services under electron/ know neither the
 * Electron shell, the IPC layer nor the composition root; only the shell and the hosts open a Core;
 * the app never imports tooling/; no two folders (or files) import each other.
 */
const SOURCE_DIRS = ['electron', 'shared', 'renderer', 'tooling', 'scripts', 'bench'];
const BROWSER_ENTRIES = ['renderer/src/main.tsx', 'electron/preload/index.ts'];
const projectTexts = readProjectTexts(SOURCE_DIRS);
const project = graphOf(projectTexts);

const RULES: { name: string; check: (g: ImportGraph) => string[]; violation: [file: string, text: string][] }[] = [
  {
    name: 'renderer/ imports only shared/, its own files and browser packages',
    check: rendererImportsOnlySharedAndItself,
    violation: [['renderer/src/library/planted.ts', "import { openDatabase } from '../../../electron/db/open-database';"]],
  },
  {
    name: 'shared/ imports neither electron/ nor renderer/ (nor Electron itself)',
    check: sharedImportsNeitherSide,
    violation: [['shared/text/planted.ts', "import { App } from '../../renderer/src/app/app';"]],
  },
  {
    name: 'core services import neither the shell, the IPC layer, the hosts nor the composition root',
    check: coreImportsNoShellIpcOrRoot,
    violation: [['electron/export/planted.ts', "import { describeZodError } from '../ipc/describe-zod-error';"]],
  },
  {
    name: 'only the shell and the hosts import the composition root',
    check: onlyHostsImportTheRoot,
    violation: [['electron/ipc/planted.ts', "import type { Core } from '../core/core';"]],
  },
  {
    name: 'the app never imports tooling/',
    check: runtimeNeverImportsTooling,
    violation: [['electron/engine/planted.ts', "import { writeTinyVlm } from '../../tooling/tiny-vlm/write-tiny-vlm';"]],
  },
  {
    name: 'only electron/main and electron/preload import the electron module',
    check: onlyShellImportsElectron,
    violation: [['electron/photos/planted.ts', "import { app } from 'electron';"]],
  },
  {
    name: 'nothing the page or the sandboxed preload pulls in, even through shared/, imports Node',
    check: (g) => browserCodeReachesNoNode(g, [...BROWSER_ENTRIES, 'renderer/src/planted-entry.ts']),
    violation: [
      ['renderer/src/planted-entry.ts', "import '../../shared/text/planted-node';"],
      ['shared/text/planted-node.ts', "import fs from 'node:fs';"],
    ],
  },
  {
    name: 'no two folders import each other',
    check: noFolderCycles,
    violation: [['electron/db/planted.ts', "import { listProducts } from '../products/list-products';"]],
  },
  {
    name: 'no two files import each other',
    check: noFileCycles,
    violation: [
      ['shared/text/planted-a.ts', "import { b } from './planted-b';"],
      ['shared/text/planted-b.ts', "import { a } from './planted-a';"],
    ],
  },
];

describe('architecture', () => {
  it('reads the real import graph (the scanner is not blind)', () => {
    expect(project.files.length).toBeGreaterThan(300);
    expect(project.edges.filter((e) => e.file.startsWith('renderer/')).length).toBeGreaterThan(50);
    expect(
      importsOf('renderer/src/x.ts', "import fs from 'node:fs';\nimport {\n  a,\n} from '../../electron/db/open-database';\n// import 'nope';\nconst m = await import('electron');").map(
        (e) => e.target,
      ),
    ).toEqual(['node:fs', 'electron/db/open-database', 'electron']);
    expect([folderOf('electron/queue/generate/select-products.ts'), folderOf('renderer/src/main.tsx'), folderOf('renderer/src/editor/tag-chips.tsx'), folderOf('shared/errors.ts')]).toEqual([
      'electron/queue',
      'renderer/src',
      'renderer/src/editor',
      'shared',
    ]);
  });

  for (const rule of RULES) {
    it(rule.name, () => {
      expect(rule.check(project)).toEqual([]);
    });

    it(`${rule.name}: a planted violation fails`, () => {
      const before = new Set(rule.check(project));
      const added = rule.check(graphOf(new Map([...projectTexts, ...rule.violation]))).filter((v) => !before.has(v));
      expect(added.length).toBe(1);
      // A folder cycle is reported by folder names; every other rule names a planted file.
      expect(added[0]).toContain(rule.name.startsWith('no two folders') ? folderOf(rule.violation[0]![0]) : 'planted');
    });
  }
});
