// The bundle runner refuses a dist/ built from other sources than src/: one e2e file run after an
// edit of src/ must fail, not pass against stale code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDistFresh, DIST_DIR } from '../support/run-bundle.js';

describe('assertDistFresh', () => {
  it('refuses a dist/ whose source stamp differs from src/, or that has none', () => {
    const stale = mkdtempSync(join(tmpdir(), 'forge-stale-dist-'));
    expect(() => assertDistFresh(stale)).toThrow(/was not built from the current src\/.*\(no stamp\).*npm run build/);
    writeFileSync(join(stale, 'source-stamp.txt'), `${'0'.repeat(64)}\n`);
    expect(() => assertDistFresh(stale)).toThrow(/stamp 000000000000/);
  });

  it('accepts the dist/ a build of this src/ made', () => {
    expect(() => assertDistFresh(DIST_DIR)).not.toThrow();
  });
});
