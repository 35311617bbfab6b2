/**
 * Progress of one file being uploaded, as a line at most every few seconds: a file that goes up
 * faster than that shows none, a large one on a slow link shows it is still moving, how far and
 * how fast. The clock is a parameter so that the throttle can be tested without waiting.
 */
import { bytes } from './byte-size.js';

const PROGRESS_EVERY_MS = 5000;

export function uploadProgress(name: string, size: number, now: () => number = Date.now, everyMs = PROGRESS_EVERY_MS): (sent: number) => string | undefined {
  const started = now();
  let shown = started;
  return (sent) => {
    const at = now();
    if (at - shown < everyMs) return undefined;
    shown = at;
    const percent = Math.floor((sent / Math.max(size, 1)) * 100);
    const rate = sent / Math.max((at - started) / 1000, 0.001);
    return `  uploading ${name}: ${bytes(sent)} of ${bytes(size)} (${percent}%, ${bytes(Math.round(rate))}/s)`;
  };
}
