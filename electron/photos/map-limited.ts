/**
 * Runs `work` over every item with at most `limit` running at once. Returns one promise per item,
 * in order, so callers can await groups of items as soon as those are done.
 */
export function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R>[] {
  const waiting: (() => void)[] = [];
  let running = 0;
  const acquire = async (): Promise<void> => {
    if (running < limit) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return items.map(async (item, index) => {
    await acquire();
    try {
      return await work(item, index);
    } finally {
      release();
    }
  });
}
