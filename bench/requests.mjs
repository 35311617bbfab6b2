// Scenario 4: runs bench/requests.bench.ts under vitest (which compiles the TypeScript fake
// GitLab in test/support/fake-gitlab) against the bundle under test, then judges the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './tools.mjs';

const isRead = (r) => r.startsWith('GET ') || r.startsWith('HEAD ');
const short = (list) => list.map((r) => r.replace(/ \/api\/v4\/projects\/g%2Fp/, ' …')).join(', ') || 'none';

// A create reads GitLab's tag once more before writing (issue 11: a checkout without tags must
// not attach the release to another commit), so its budgets are one read above the old ones;
// the writes stay two.
const BUDGETS = [
  ['create', 'create', '≤ 4 requests', (l) => l.length <= 4],
  ['create-milestones', 'create, milestones + 2 links', '≤ 5 requests', (l) => l.length <= 5],
  ['create-job-token', 'create, CI job token', '≤ 4 requests', (l) => l.length <= 4],
  ['rerun', 'identical re-run', 'reads only, ≤ 2', (l) => l.every(isRead) && l.length <= 2],
  ['update-link', 'update of one link', 'reads + 1 write', (l) => l.filter((r) => !isRead(r)).length === 1],
  ['update-link-no-evidence', 'update of one link, --evidence never', 'reads + 1 write', (l) => l.filter((r) => !isRead(r)).length === 1],
];

export function requests({ node, dist }) {
  if (!existsSync(join(REPO_ROOT, 'test/support/fake-gitlab/index.ts'))) throw new Error('test/support/fake-gitlab/index.ts is missing');
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-requests-'));
  try {
    const out = join(dir, 'requests.json');
    const r = spawnSync(node, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'bench/vitest.bench.config.ts'], {
      cwd: REPO_ROOT, encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, FORGE_DIST_DIR: dist, FORGE_BENCH_REQUESTS_OUT: out, NO_COLOR: '1' },
    });
    if (r.status !== 0 || !existsSync(out)) throw new Error(`bench/requests.bench.ts failed:\n${(r.stdout + r.stderr).trim().split('\n').slice(-30).join('\n')}`);
    const recorded = JSON.parse(readFileSync(out, 'utf8'));
    return BUDGETS.map(([key, subject, budget, ok]) => {
      const list = recorded[key];
      if (!list) throw new Error(`requests scenario ${key} recorded nothing`);
      const writes = list.filter((x) => !isRead(x)).length;
      return { scenario: '4 requests', subject, value: `${list.length} (${list.length - writes} R, ${writes} W)`, detail: short(list), budget, pass: ok(list) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
