// The progress line of a file being uploaded: none for a file that goes up within a few seconds,
// then one line per interval with how far and how fast, whatever the number of chunks between.
import { describe, expect, it } from 'vitest';
import { uploadProgress } from '../../src/uploads/progress.js';

describe('upload progress', () => {
  it('says nothing within the first interval, then a line per interval with size, percent and rate', () => {
    let clock = 1_000_000;
    const progress = uploadProgress('app.tar.gz', 100_000_000, () => clock, 5000);
    const lines: (string | undefined)[] = [];
    for (let second = 1; second <= 12; second += 1) {
      clock += 1000;
      lines.push(progress(second * 5_000_000));
    }
    expect(lines.filter((l) => l !== undefined)).toEqual([
      '  uploading app.tar.gz: 25.0 MB of 100.0 MB (25%, 5.0 MB/s)',
      '  uploading app.tar.gz: 50.0 MB of 100.0 MB (50%, 5.0 MB/s)',
    ]);
    expect(lines.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a fast file shows no line at all', () => {
    let clock = 0;
    const progress = uploadProgress('small.zip', 3_000_000, () => clock);
    const lines = [1_000_000, 2_000_000, 3_000_000].map((sent) => { clock += 100; return progress(sent); });
    expect(lines).toEqual([undefined, undefined, undefined]);
  });
});
