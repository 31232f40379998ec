import { describe, expect, it } from 'vitest';
import { eventNames, routeNames } from '../../../shared/ipc/contract';
import { EVENT_NAMES, ROUTE_NAMES } from '../../../shared/ipc/route-names';

describe('the zod-free name lists the preload and renderer use', () => {
  it('hold exactly the contract routes and events', () => {
    expect([...ROUTE_NAMES].sort()).toEqual([...routeNames].sort());
    expect([...EVENT_NAMES].sort()).toEqual([...eventNames].sort());
  });
});
