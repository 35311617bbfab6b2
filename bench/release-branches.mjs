#!/usr/bin/env node
// Scenario 6 (issues 10, 14): offline dry runs on an electron-shaped history, where the previous
// release of a major is on another branch. Budgets: the major ≤ 0.5 s median, with the expected
// previous tag; a patch on a release branch (tagged after the next major) ≤ 1.2× the newest release
// of the synthetic repository, timed interleaved with it in the same rounds.
// Run alone with `node bench/release-branches.mjs` (after npm run build); bench/run.mjs includes it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare } from './measure.mjs';
import { releaseBranchesRepo } from './release-branches-repo.mjs';
import { syntheticRepo } from './synthetic-repo.mjs';
import { ms, ratio } from './table.mjs';
import { cleanEnv, distDir, nodeBinary } from './tools.mjs';

export const BUDGET_MS = 500;
export const PATCH_RATIO = 1.2;

/** The last maintenance release of the previous line and the one before it (both on its release branch). */
function lastPatch(repo) {
  const line = `v${repo.major.slice(1).split('.')[0] - 1}`;
  const names = execFileSync('git', ['for-each-ref', '--sort=-v:refname', '--format=%(refname:strip=2)', `refs/tags/${line}.*`], { cwd: repo.dir, encoding: 'utf8' })
    .split('\n').filter((t) => /^v\d+\.\d+\.\d+$/.test(t));
  return { tag: names[0], expectedPrevious: names[1] };
}

export function releaseBranches({ node, dist, quick, log = () => {} }) {
  const repo = releaseBranchesRepo(log);
  const newest = syntheticRepo(log);
  const patch = lastPatch(repo);
  const scenario = `6 release branches (${repo.commits} commits, ${repo.tags} tags)`;
  const dryRun = (label, dir, tag) => ({ label, cmd: node, args: [join(dist, 'cli.js'), '--dry-run', '--json', '--tag', tag, '--cwd', dir], cwd: dir, env: cleanEnv() });
  const r = compare([
    dryRun('major', repo.dir, repo.major),
    dryRun('patch', repo.dir, patch.tag),
    dryRun('newest', newest.dir, newest.newest),
  ], { runs: quick ? 5 : 11, warmups: 2 });
  const previousOf = (label) => JSON.parse(r.get(label).last.stdout).previousTag;
  const [major, patchRun, newestRun] = ['major', 'patch', 'newest'].map((l) => r.get(l));
  const majorRight = previousOf('major') === repo.expectedPrevious;
  const patchRight = previousOf('patch') === patch.expectedPrevious;
  const patchRatio = patchRun.median / newestRun.median;
  return [{
    scenario, subject: `forge-release --dry-run --tag ${repo.major}`, value: ms(major.median),
    detail: `previous ${previousOf('major')}${majorRight ? '' : ` (expected ${repo.expectedPrevious})`}; ${repo.laterOnPreviousLine} later v${repo.major.slice(1).split('.')[0] - 1}.x left out`,
    budget: `≤ ${ms(BUDGET_MS)}`, pass: majorRight && major.median <= BUDGET_MS,
  }, {
    scenario, subject: `forge-release --dry-run --tag ${patch.tag} (patch on its release branch)`, value: ms(patchRun.median),
    detail: `previous ${previousOf('patch')}${patchRight ? '' : ` (expected ${patch.expectedPrevious})`}; ${ratio(patchRun.median, newestRun.median)} the newest release (${ms(newestRun.median)}, same rounds)`,
    budget: `≤ ${PATCH_RATIO.toFixed(2)}× newest`, pass: patchRight && patchRatio <= PATCH_RATIO,
  }];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = releaseBranches({ node: nodeBinary(), dist: distDir(), quick: process.argv.includes('--quick'), log: (l) => process.stderr.write(`bench: ${l}\n`) });
  for (const row of rows) process.stdout.write(`${row.scenario}: ${row.subject}: ${row.value} (${row.detail}); budget ${row.budget}: ${row.pass ? 'met' : 'MISSED'}\n`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
