/**
 * Runs async jobs with at most `limit` at a time, in order of the list. The fault matrix spends
 * most of its time waiting (Retry-After, timeouts), so a pool wider than the two cores keeps it
 * fast without starving the fake GitLab that shares the test process.
 */
export async function runPool<T, R>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await job(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
