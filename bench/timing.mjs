// Scenarios 1–3: cold start, the newest release's notes, a 10,000-commit range. Every tool gets
// the same repository, the same range and the same clean environment; each returns table rows.
import { join } from 'node:path';
import { compare } from './measure.mjs';
import { bytes, ms, ratio } from './table.mjs';
import { cleanEnv } from './tools.mjs';

// The fields forge-release's own `git log` asks for (src/notes/commits.ts), so the git row is the floor.
const FORGE_LOG_FORMAT = '--format=%B%n-hash-%n%H%n-gitTags-%n%d%n-committerDate-%n%ci%x00';
const RSS_BUDGET = 150 * 1024 * 1024;

/** Bullet lines of the last "── Release notes" block a dry run printed (forge), or of a whole output. */
function entries(text, marker) {
  const block = marker ? text.slice(text.lastIndexOf(marker)) : text;
  return block.split('\n').filter((line) => line.startsWith('* ')).length;
}

export function coldStart({ node, dist, quick }) {
  const env = cleanEnv();
  const cli = join(dist, 'cli.js');
  const results = compare([
    { label: 'bare', cmd: node, args: ['-e', '0'], env },
    { label: 'version', cmd: node, args: [cli, '--version'], env },
    { label: 'help', cmd: node, args: [cli, '--help'], env },
  ], { runs: quick ? 10 : 30, warmups: 3 });
  const bare = results.get('bare').median;
  const row = (label, subject) => {
    const m = results.get(label).median;
    return { scenario: '1 cold start', subject, value: ms(m), detail: `${ratio(m, bare)} bare node (${ms(bare)})`, budget: '≤ 2.00×', pass: m / bare <= 2 };
  };
  return [
    { scenario: '1 cold start', subject: 'node -e 0', value: ms(bare), detail: 'the floor' },
    row('version', 'cli.js --version'),
    row('help', 'cli.js --help'),
  ];
}

/** Scenarios 2 and 3: forge-release's offline dry run against git log, git-cliff and conventional-changelog. */
export function releaseRange({ node, dist, repo, tag, prev, cliff, cc, runs, warmups, scenario, rssBudget, cliffBudget }) {
  const env = cleanEnv();
  const range = `${prev}..${tag}`;
  const commands = [
    { label: 'forge', cmd: node, args: [join(dist, 'cli.js'), '--dry-run', '--tag', tag, '--cwd', repo], cwd: repo, env, rss: true },
    { label: 'git', cmd: 'git', args: ['log', FORGE_LOG_FORMAT, '--no-merges', range], cwd: repo, env },
    { label: 'cc', cmd: node, args: [cc.path, '-p', 'conventionalcommits', '--stdout', '--from', prev, '--to', tag], cwd: repo, env, rss: Boolean(rssBudget) },
  ];
  if (cliff.path) commands.push({ label: 'cliff', cmd: cliff.path, args: ['--config', join(import.meta.dirname, 'cliff.toml'), range], cwd: repo, env, rss: Boolean(rssBudget) });
  const r = compare(commands, { runs, warmups });
  const forge = r.get('forge');
  const counts = {
    forge: entries(forge.last.stderr, '── Release notes'),
    git: r.get('git').last.stdout.split('\0').length - 1,
    cc: entries(r.get('cc').last.stdout.slice(r.get('cc').last.stdout.indexOf(`## [${tag.replace(/^v/, '')}]`))),
    cliff: cliff.path ? entries(r.get('cliff').last.stdout) : undefined,
  };
  const vs = (label) => r.get(label)?.median;
  const rows = [
    { scenario, subject: 'forge-release --dry-run', value: ms(forge.median), detail: `${counts.forge} entries; ${ratio(forge.median, vs('git'))} git log` },
    { scenario, subject: 'git log of the range', value: ms(vs('git')), detail: `${counts.git} commits (the floor)` },
  ];
  if (cliff.path) {
    rows.push({ scenario, subject: `git-cliff ${cliff.version.replace('git-cliff ', '')} (native)`, value: ms(vs('cliff')), detail: `${counts.cliff} entries${r.get('cliff').rss ? `; RSS ${bytes(r.get('cliff').rss)}` : ''}` });
    rows.push({ scenario, subject: 'forge ÷ git-cliff', value: ratio(forge.median, vs('cliff')), detail: `${ms(forge.median)} vs ${ms(vs('cliff'))}`, budget: `≤ ${cliffBudget.toFixed(2)}×`, pass: forge.median / vs('cliff') <= cliffBudget });
  } else {
    rows.push({ scenario, subject: 'git-cliff', value: 'n/a', detail: cliff.missing, budget: `≤ ${cliffBudget.toFixed(2)}×`, pass: false });
  }
  rows.push({ scenario, subject: `conventional-changelog ${cc.version} CLI`, value: ms(vs('cc')), detail: `${counts.cc} entries${r.get('cc').rss ? `; RSS ${bytes(r.get('cc').rss)}` : ''}` });
  if (rssBudget) {
    rows.push({ scenario, subject: 'forge ÷ conventional-changelog', value: ratio(forge.median, vs('cc')), detail: `${ms(forge.median)} vs ${ms(vs('cc'))}`, budget: '< 1.00×', pass: forge.median < vs('cc') });
    rows.push({ scenario, subject: 'forge peak RSS', value: bytes(forge.rss), detail: 'largest process of the run', budget: `≤ ${bytes(rssBudget)}`, pass: forge.rss === undefined ? undefined : forge.rss <= rssBudget });
  } else {
    rows.push({ scenario, subject: 'forge peak RSS', value: bytes(forge.rss), detail: 'largest process of the run' });
  }
  return rows;
}

export { RSS_BUDGET };
