/**
 * .ci/run's closing line must never look green over tests that did not run: this feeds
 * .ci/summarize.mjs real vitest JSON reports, from a child vitest run over files made to fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { summarize } from '../../.ci/summarize.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const summary = summarize as (report: unknown, status: number) => { line: string; brokenFiles: string[] };

const FILES: Record<string, string> = {
  'passes.test.ts': "import { it, expect } from 'vitest';\nit('a', () => expect(1).toBe(1));\nit('b', () => expect(2).toBe(2));\n",
  'fails.test.ts': "import { it, expect } from 'vitest';\nit('c', () => expect(1).toBe(2));\n",
  'does-not-load.test.ts': "import { it } from 'vitest';\nthrow new Error('vendored schema cannot be read');\nit('never runs', () => {});\n",
  'hook-fails.test.ts': "import { it, expect, afterAll } from 'vitest';\nafterAll(() => { throw new Error('cleanup'); });\nit('d', () => expect(1).toBe(1));\n",
  'skips.test.ts': "import { it } from 'vitest';\nit.skip('e', () => {});\n",
};

let dir: string;
/** Runs vitest over the named files and returns its JSON report and exit status. */
function runVitest(files: string[]): { report: any; status: number } {
  const out = join(dir, `report-${files.length}.json`);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--reporter=json', `--outputFile.json=${out}`, ...files],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { report: JSON.parse(readFileSync(out, 'utf8')), status: r.status ?? 1 };
}

beforeAll(() => {
  dir = mkdtempSync(join(ROOT, 'node_modules', '.cache-ci-summary-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'vitest.config.mjs'), 'export default { test: { include: ["*.test.ts"] } };\n');
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.ci/summarize.mjs', () => {
  it('counts a file that failed to load, a failed hook and a skipped test as failures', () => {
    const { report, status } = runVitest(Object.keys(FILES));
    expect(status).not.toBe(0);
    const { line, brokenFiles } = summary(report, status);
    // passed: a, b, d; failed: c, skipped e, the file that did not load, the file whose hook failed.
    expect(line).toBe('3 passed, 4 failed');
    expect(brokenFiles.join('\n')).toMatch(/does-not-load\.test\.ts: .*vendored schema cannot be read/);
    expect(brokenFiles.join('\n')).toMatch(/hook-fails\.test\.ts: .*cleanup/);
  }, 60_000);

  it('reports a green run as it is', () => {
    const { report, status } = runVitest(['passes.test.ts']);
    expect(status).toBe(0);
    expect(summary(report, status).line).toBe('2 passed, 0 failed');
  }, 60_000);

  it('never prints 0 failed for a run that exited non-zero', () => {
    const { report } = runVitest(['passes.test.ts']);
    expect(summary(report, 1).line).toBe('2 passed, 1 failed');
  }, 60_000);

  it('is what .ci/run prints last', () => {
    const run = readFileSync(resolve(ROOT, '.ci/run'), 'utf8');
    expect(run).toContain('node .ci/summarize.mjs "$report" "$status"');
  });
});
