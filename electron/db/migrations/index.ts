import { migration001 } from './001-initial';
import { migration002 } from './002-queue-leases';
import { migration003 } from './003-photo-thumbnail-index';
import { migration004 } from './004-trash-and-merge-undo';
import { migration005 } from './005-job-pause-reason';
import { migration006 } from './006-photo-palette-scene';
import { migration007 } from './007-shop-profile';
import { migration008 } from './008-photo-evidence';
import { migration009 } from './009-observed-facts';
import { migration010 } from './010-variants';
import { migration011 } from './011-variant-splits';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];
