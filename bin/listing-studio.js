#!/usr/bin/env node
// Runs the CLI's TypeScript directly through tsx, so a fresh clone works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
