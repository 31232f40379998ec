/**
 * better-sqlite3 is not N-API: its .node file is built for one ABI. Node (tests, CLI) loads the
 * one npm built in node_modules; Electron loads its own copy, which `npm run rebuild:electron`
 * builds into build/electron/ and electron-builder ships. Neither replaces the other, so no one
 * has to flip builds back and forth. LISTING_STUDIO_SQLITE_BINDING overrides both.
 */
export function sqliteNativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.LISTING_STUDIO_SQLITE_BINDING) return env.LISTING_STUDIO_SQLITE_BINDING;
  return undefined;
}
