/**
 * "Someone else changed GitLab between our read and our write", arranged honestly: a fault holds
 * the run's write (delayMs) before the fake handles it; the test waits until that write has
 * arrived, changes the fake's state as another user would, and the held write then meets the
 * changed world. The run read GitLab before the change and writes after it.
 */
import type { FakeGitLab, Fault, RecordedRequest } from './fake-gitlab/index.js';

export interface Interference {
  method: string;
  path: RegExp;
  /** How long the write is held; the change happens early in that window. */
  holdMs?: number;
  /** The other user's change. */
  change: () => void;
}

/** Arms the hold, then applies the change as soon as the held write arrives. Resolves to the write. */
export function interfereBeforeWrite(fake: FakeGitLab, interference: Interference): Promise<RecordedRequest> {
  fake.faults.add({ method: interference.method, path: interference.path, delayMs: interference.holdMs ?? 800 });
  return waitForRequest(fake, (r) => r.method === interference.method && interference.path.test(r.path)).then((request) => {
    interference.change();
    return request;
  });
}

/** The first recorded request (from now on or already there) that matches. */
export async function waitForRequest(fake: FakeGitLab, matches: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.requests.find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('the awaited request never arrived at the fake GitLab');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A barrier for racing runs: holds the first `times` matching requests and lets them all go at one
 * moment, `holdMs` after the first one arrived. Two runs started together then both read GitLab
 * before either writes, however their start-up times differ (within `holdMs`). The fake reads
 * `delayMs` when a request arrives, so a getter turns "wait N ms" into "wait until T".
 */
export function releasedTogether(target: { method: string; path: RegExp }, times: number, holdMs: number): Fault {
  let releaseAt: number | undefined;
  return {
    method: target.method, path: target.path, times,
    get delayMs() {
      releaseAt ??= Date.now() + holdMs;
      return Math.max(1, releaseAt - Date.now());
    },
  };
}
