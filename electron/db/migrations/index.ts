import { migration001 } from './001-initial';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration001];
