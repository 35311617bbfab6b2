#!/usr/bin/env node
// Scenario 6 (issue 10): the offline dry run of a major on an electron-shaped history, where the
// previous release is on another branch. Budget: ≤ 0.5 s median, with the expected previous tag.
// Run alone with `node bench/release-branches.mjs` (after npm run build); bench/run.mjs includes it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare } from './measure.mjs';
import { releaseBranchesRepo } from './release-branches-repo.mjs';
import { ms } from './table.mjs';
import { cleanEnv, distDir, nodeBinary } from './tools.mjs';

export const BUDGET_MS = 500;

export function releaseBranches({ node, dist, quick, log = () => {} }) {
  const repo = releaseBranchesRepo(log);
  const scenario = `6 release branches (${repo.commits} commits, ${repo.tags} tags)`;
  const forge = { label: 'forge', cmd: node, args: [join(dist, 'cli.js'), '--dry-run', '--json', '--tag', repo.major, '--cwd', repo.dir], cwd: repo.dir, env: cleanEnv() };
  const result = compare([forge], { runs: quick ? 5 : 11, warmups: 2 }).get('forge');
  const previous = JSON.parse(result.last.stdout).previousTag;
  const right = previous === repo.expectedPrevious;
  return [{
    scenario, subject: `forge-release --dry-run --tag ${repo.major}`, value: ms(result.median),
    detail: `previous ${previous}${right ? '' : ` (expected ${repo.expectedPrevious})`}; ${repo.laterOnPreviousLine} later v${repo.major.slice(1).split('.')[0] - 1}.x left out`,
    budget: `≤ ${ms(BUDGET_MS)}`, pass: right && result.median <= BUDGET_MS,
  }];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = releaseBranches({ node: nodeBinary(), dist: distDir(), quick: process.argv.includes('--quick'), log: (l) => process.stderr.write(`bench: ${l}\n`) });
  for (const row of rows) process.stdout.write(`${row.scenario}: ${row.subject}: ${row.value} (${row.detail}); budget ${row.budget}: ${row.pass ? 'met' : 'MISSED'}\n`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
