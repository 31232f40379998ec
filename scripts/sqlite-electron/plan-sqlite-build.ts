/**
 * Decisions for building better-sqlite3 against Electron's ABI, kept apart from the glue that
 * copies folders and spawns tools: what counts as up to date, which commands to try, and what to
 * tell the person when none worked.
 */
export interface SqliteBuildTarget {
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
}

export interface BuildStep {
  label: string;
  command: string;
  args: string[];
}

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** The stamp beside the .node file says which Electron and better-sqlite3 it was built for. */
export function isUpToDate(stamp: unknown, target: SqliteBuildTarget): boolean {
  if (typeof stamp !== 'object' || stamp === null) return false;
  const s = stamp as Record<string, unknown>;
  return (Object.keys(target) as (keyof SqliteBuildTarget)[]).every((key) => s[key] === target[key]);
}

/**
 * First a prebuilt binary from better-sqlite3's GitHub releases (no compiler needed), then a
 * compile against Electron's headers. Both run inside a copy of the package, so the Node build in
 * node_modules stays as it is.
 */
export function planBuildSteps(target: SqliteBuildTarget, tools: { node: string; prebuildInstall: string; nodeGyp: string; gypDevDir: string }): BuildStep[] {
  const common = [`--target=${target.electronVersion}`, `--arch=${target.arch}`];
  return [
    {
      label: 'download a prebuilt binary',
      command: tools.node,
      args: [tools.prebuildInstall, '--runtime=electron', ...common, `--platform=${target.platform}`, '--verbose'],
    },
    {
      label: 'compile against the Electron headers',
      command: tools.node,
      args: [tools.nodeGyp, 'rebuild', '--release', ...common, `--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${tools.gypDevDir}`],
    },
  ];
}

/**
 * npm and npx pass their config to child tools as npm_config_*; a `nodedir` there (some setups set
 * it to the system Node) would make node-gyp compile against Node's headers instead of
 * Electron's, producing a binary Electron refuses to load. Those keys are dropped.
 */
export function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const overriding = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|platform|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !overriding.test(key)));
}

export function explainFailure(target: SqliteBuildTarget, failures: readonly string[]): string {
  return [
    `Could not build better-sqlite3 ${target.betterSqlite3Version} for Electron ${target.electronVersion} (${target.platform}-${target.arch}).`,
    ...failures.map((f) => `  - ${f}`),
    'Both ways need the internet once: the prebuilt binary comes from github.com, the headers from electronjs.org.',
    'Connect and run "npm run rebuild:sqlite-electron" again; to compile, also install Python 3 and a C++ toolchain',
    '(build-essential on Linux, Xcode command-line tools on macOS, Visual Studio Build Tools on Windows).',
    'Tests and the CLI are unaffected: they use the Node build in node_modules.',
  ].join('\n');
}
