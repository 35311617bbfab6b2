#!/usr/bin/env node
// `npm run bench`: forge-release's performance budgets (issue 6), measured side by side with
// git log, git-cliff and conventional-changelog on one synthetic repository, as medians and ratios.
// A missed budget is reported, not fatal; a measurement that errors makes the exit code 1.
// FORGE_DIST_DIR picks the bundle under test (default dist/); `--quick` takes fewer samples;
// `--offline` skips the registry; `--markdown FILE` also writes the table as Markdown (default: in the bench cache).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionColdPath } from './action.mjs';
import { coldNpx } from './cold-npx.mjs';
import { releaseBranches } from './release-branches.mjs';
import { requests } from './requests.mjs';
import { sizes } from './size.mjs';
import { upload } from './upload.mjs';
import { cacheRoot, syntheticRepo } from './synthetic-repo.mjs';
import { renderMarkdown, renderText } from './table.mjs';
import { coldStart, releaseRange, RSS_BUDGET } from './timing.mjs';
import { traceBreakdown } from './trace.mjs';
import { conventionalChangelogCli, distDir, gitCliff, machine, nodeBinary } from './tools.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
// --offline leaves out the cold npx (scenario 8), which installs semantic-release and release-it from the registry.
const offline = args.includes('--offline');
const markdownFile = args.includes('--markdown') ? args[args.indexOf('--markdown') + 1] : join(cacheRoot(), 'last-results.md');
const log = (line) => process.stderr.write(`bench: ${line}\n`);

const node = nodeBinary();
const dist = distDir();
if (!existsSync(join(dist, 'cli.js'))) {
  log(`no bundle at ${dist}: run npm run build (or node scripts/bundle.mjs --out DIR and set FORGE_DIST_DIR=DIR/dist)`);
  process.exit(1);
}
const facts = machine(node);
const load = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'n/a');
const loadBefore = load();
const repo = syntheticRepo(log);
const cliff = gitCliff(log);
if (cliff.missing) log(`git-cliff unavailable: ${cliff.missing}`);
const cc = conventionalChangelogCli();

const rows = [];
const errors = [];
const scenarios = [
  ['1 cold start', () => coldStart({ node, dist, quick })],
  ['2 newest release', () => releaseRange({
    node, dist, repo: repo.dir, tag: repo.newest, prev: repo.newestPrev, cliff, cc,
    runs: quick ? 5 : 15, warmups: 2, scenario: `2 newest release (${repo.newestCommits} commits)`, cliffBudget: 0.8,
  })],
  ['2 breakdown', () => traceBreakdown({
    node, dist, repo: repo.dir, tag: repo.newest, runs: quick ? 5 : 11, scenario: '2 newest release, where the time goes',
  })],
  ['3 large range', () => releaseRange({
    node, dist, repo: repo.dir, tag: repo.big, prev: repo.bigPrev, cliff, cc,
    runs: quick ? 3 : 5, warmups: 1, scenario: `3 large range (${repo.bigCommits} commits)`, rssBudget: RSS_BUDGET, cliffBudget: 0.5,
  })],
  ['4 requests', () => requests({ node, dist })],
  ['5 size', () => sizes({ node, dist, repo: repo.dir, tag: repo.newest })],
  ['6 release branches', () => releaseBranches({ node, dist, quick, log })],
  ['7 action cold path', () => actionColdPath({ node, dist, repo: repo.dir, tag: repo.newest, quick })],
  ...(offline ? [] : [['8 cold npx', () => coldNpx({ node, dist, quick })]]),
  ['9 upload', () => upload({ node, dist, quick })],
];
for (const [name, measure] of scenarios) {
  log(`${name}…`);
  try {
    rows.push(...await measure());
  } catch (error) {
    errors.push(name);
    log(`${name} could not be measured: ${error.message}`);
    rows.push({ scenario: name, subject: 'ERROR (not measured)', value: 'n/a', detail: String(error.message).split('\n')[0] });
  }
}

const about = [
  `machine: ${facts.cpus} × ${facts.model}, ${facts.memory}, ${facts.kernel}`,
  `node ${facts.node} · git ${facts.git} · ${cliff.version ?? 'git-cliff n/a'} · conventional-changelog ${cc.version} · ${facts.date}`,
  `load average (1 min): ${loadBefore} before, ${load()} after (other processes share the ${facts.cpus} cores)`,
  `bundle: ${dist}`,
  `repository: synthetic v${repo.generatorVersion}, ${repo.commits} commits (${repo.merges} merges), ${repo.tags} tags; newest ${repo.newestPrev}..${repo.newest}, large ${repo.bigPrev}..${repo.big}`,
];
const failed = rows.filter((r) => r.pass === false).length;
const judged = rows.filter((r) => r.pass !== undefined && r.pass !== null).length;
process.stdout.write(`\n${about.join('\n')}\n\n${renderText(rows)}\n\n${judged - failed} of ${judged} budgets met${errors.length ? `; not measured: ${errors.join(', ')}` : ''}\n`);
writeFileSync(markdownFile, `${about.map((l) => `${l}  `).join('\n')}\n\n${renderMarkdown(rows)}\n`);
log(`Markdown table written to ${markdownFile}`);
process.exitCode = errors.length ? 1 : 0;
