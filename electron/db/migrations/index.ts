import { migration001 } from './001-initial';
import { migration002 } from './002-queue-leases';
import { migration003 } from './003-photo-thumbnail-index';
import { migration006 } from './006-photo-palette-scene';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration006];
