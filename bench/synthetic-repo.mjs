// A large, deterministic git repository for the bench, written with `git fast-import`:
// 30,000 commits (some merges of short topic branches), 1,000 semver tags (half annotated, some
// prereleases), conventional messages with scopes, bodies, `BREAKING CHANGE:` footers and `#123`
// references. One stretch of exactly 10,000 non-merge commits carries no tag, so the release at its
// end (meta.big) has a 10,000-commit range. Built once per GENERATOR_VERSION and cached.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GENERATOR_VERSION = 1;
const TOTAL_COMMITS = 30_000;
const TOTAL_TAGS = 1_000;
const GAP = 10_000; // non-merge commits between BIG_TAG's previous release and BIG_TAG
const GAP_STARTS_AT = 10_000; // the gap begins after about this many commits

export function cacheRoot() {
  return process.env.FORGE_BENCH_CACHE ?? join(tmpdir(), 'forge-bench-cache');
}

/** { dir, newest, newestPrev, big, bigPrev, commits, tags } — building the repository when not cached. */
export function syntheticRepo(log = () => {}) {
  const root = join(cacheRoot(), `synthetic-repo-v${GENERATOR_VERSION}`);
  const metaFile = join(root, 'meta.json');
  if (existsSync(metaFile)) return JSON.parse(readFileSync(metaFile, 'utf8'));
  log(`building the synthetic repository in ${root} (once per generator version)…`);
  const building = `${root}.building-${process.pid}`;
  const { repo, git, facts } = importRepo(building, writeStream);
  const count = (range) => Number(git(['rev-list', '--count', '--no-merges', range]).trim());
  const meta = {
    generatorVersion: GENERATOR_VERSION,
    dir: join(root, 'repo'),
    commits: Number(git(['rev-list', '--count', 'main']).trim()),
    merges: Number(git(['rev-list', '--count', '--merges', 'main']).trim()),
    tags: git(['tag']).trim().split('\n').length,
    newest: facts.newest, newestPrev: facts.newestPrev, newestCommits: count(`${facts.newestPrev}..${facts.newest}`),
    big: facts.big, bigPrev: facts.bigPrev, bigCommits: count(`${facts.bigPrev}..${facts.big}`),
  };
  writeFileSync(join(building, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  return meta;
}

// ── the history ────────────────────────────────────────────────────────────────────────────────

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [['feat', 25], ['fix', 30], ['docs', 9], ['chore', 11], ['refactor', 8], ['perf', 5], ['test', 5], ['ci', 2], ['build', 2], ['style', 1], ['', 2]];
const SCOPES = ['api', 'cli', 'core', 'deps', 'git', 'notes', 'parser', 'auth', 'ui', 'renderer', 'main', 'net', 'build', 'config', 'docs'];
const VERBS = ['add', 'support', 'handle', 'fix', 'remove', 'avoid', 'cache', 'expose', 'allow', 'use', 'update', 'rename', 'validate', 'simplify', 'speed up'];
const NOUNS = ['window options', 'session cookies', 'tray icon', 'menu accelerators', 'crash reporter', 'protocol handler', 'context isolation', 'web contents', 'ipc channel', 'file dialogs', 'auto updater', 'notifications', 'gpu info', 'spell checker', 'download items', 'native themes', 'tag lookup', 'proxy settings'];
const WORDS = 'the a when this that with for on in of to from is be not now and or so which before after every each only still also because while'.split(' ')
  .concat('release window process renderer handler value option cache request event callback memory thread timer buffer stream path platform macOS Linux Windows'.split(' '));
const PEOPLE = Array.from({ length: 40 }, (_, i) => [`Dev ${String.fromCharCode(65 + (i % 26))}${i}`, `dev${i}@example.com`]);

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function weighted(r, pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [value, w] of pairs) if ((x -= w) < 0) return value;
  return pairs[0][0];
}

function sentence(r, min, max) {
  const n = min + Math.floor(r() * (max - min + 1));
  const words = Array.from({ length: n }, () => pick(r, WORDS));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function message(r, n) {
  const type = weighted(r, TYPES);
  const subject = `${pick(r, VERBS)} ${pick(r, NOUNS)}${r() < 0.3 ? ` on ${pick(r, ['macOS', 'Linux', 'Windows'])}` : ''}`;
  if (type === '') return `${subject.replace(/^./, (c) => c.toUpperCase())}\n`; // not conventional
  const scope = r() < 0.7 ? `(${pick(r, SCOPES)})` : '';
  const bang = type === 'feat' && r() < 0.01 ? '!' : '';
  let text = `${type}${scope}${bang}: ${subject}${r() < 0.25 ? ` (#${1000 + (n % 39000)})` : ''}\n`;
  if (r() < 0.6) {
    const paragraphs = 1 + Math.floor(r() * 3);
    for (let p = 0; p < paragraphs; p++) text += `\n${Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r, 6, 14)).join(' ')}\n`;
  }
  const footers = [];
  if (r() < 0.02 || bang) footers.push(`BREAKING CHANGE: ${sentence(r, 8, 16)}`);
  if (r() < 0.3) footers.push(`Closes #${1 + Math.floor(r() * 40000)}`);
  if (r() < 0.1) footers.push(`Refs #${1 + Math.floor(r() * 40000)}, #${1 + Math.floor(r() * 40000)}`);
  if (r() < 0.05) footers.push(`Co-authored-by: ${pick(r, PEOPLE)[0]} <${pick(r, PEOPLE)[1]}>`);
  if (footers.length) text += `\n${footers.join('\n')}\n`;
  return text;
}

/** Tag positions (commit numbers, 1-based, on mainline commits) and which of them are forced stable. */
function tagPlan(r) {
  const gapStart = GAP_STARTS_AT;
  const gapEnd = gapStart + GAP;
  const spanA = gapStart;
  const spanB = TOTAL_COMMITS - gapEnd;
  const countA = Math.round((TOTAL_TAGS - 1) * spanA / (spanA + spanB)); // includes the tag at gapStart
  const countB = TOTAL_TAGS - countA; // includes BIG at gapEnd and the newest at TOTAL_COMMITS
  const spread = (from, to, n) => {
    // n positions in (from, to], the last exactly at `to`, jittered, at least 4 apart.
    const step = (to - from) / n;
    const out = [];
    for (let k = 1; k < n; k++) out.push(Math.round(from + k * step + (r() - 0.5) * step * 0.8));
    out.push(to);
    for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + 4);
    return out;
  };
  const positions = [...spread(0, gapStart, countA), gapEnd, ...spread(gapEnd, TOTAL_COMMITS, countB - 1)];
  return { positions, gapStart, gapEnd };
}

/** Writes the fast-import stream; returns the tag names the bench uses. */
function writeStream(file) {
  const r = rng(20261201);
  const { positions, gapStart, gapEnd } = tagPlan(r);
  const versions = versionSequence(r);
  const out = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let mark = 0;
  let time = Date.UTC(2016, 0, 1) / 1000;
  let mainTip = 0;
  const person = () => {
    const [name, email] = pick(r, PEOPLE);
    time += 600 + Math.floor(r() * 7200);
    return `${name} <${email}> ${time} +0000`;
  };
  const commit = (ref, from, msg, merge) => {
    mark += 1;
    const who = person();
    const file = `src/${pick(r, SCOPES)}/${pick(r, NOUNS).replace(/ /g, '-')}.txt`;
    out.push(`commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(msg)}`);
    if (from) out.push(`from :${from}\n`);
    if (merge) out.push(`merge :${merge}\n`);
    out.push(`M 100644 inline ${file}\n${data(`${msg}${mark}\n`)}\n`);
    return mark;
  };
  const names = {};
  let lastStable;
  let next = 0; // index into positions
  let branch = 0;
  while (mark < TOTAL_COMMITS) {
    const room = positions[next] - mark; // commits until the next tag
    const inGap = mark >= gapStart && mark < gapEnd;
    if (!inGap && mainTip > 0 && room > 7 && r() < 0.02) {
      // A short topic branch and one mainline commit, merged back with GitLab's message.
      branch += 1;
      let tip = mainTip;
      for (let i = 0; i < 2 + Math.floor(r() * 3); i++) tip = commit(`refs/heads/topic-${branch}`, tip, message(r, mark));
      mainTip = commit('refs/heads/main', mainTip, message(r, mark));
      mainTip = commit('refs/heads/main', mainTip, `Merge branch 'topic-${branch}' into 'main'\n\n${sentence(r, 4, 8)}\n\nSee merge request g/p!${branch}\n`, tip);
      out.push(`reset refs/heads/topic-${branch}\nfrom 0000000000000000000000000000000000000000\n\n`);
      continue;
    }
    mainTip = commit('refs/heads/main', mainTip || undefined, message(r, mark));
    if (mark !== positions[next]) continue;
    const kind = mark === gapStart || mark === TOTAL_COMMITS ? 'stable' : mark === gapEnd ? 'major' : 'any';
    const v = versions(kind);
    if (r() < 0.5) out.push(`tag ${v.tag}\nfrom :${mainTip}\ntagger ${person()}\n${data(`Release ${v.tag}\n`)}`);
    else out.push(`reset refs/tags/${v.tag}\nfrom :${mainTip}\n\n`);
    if (mark === gapStart) names.bigPrev = v.tag;
    if (mark === gapEnd) names.big = v.tag;
    if (mark === TOTAL_COMMITS) { names.newest = v.tag; names.newestPrev = lastStable; }
    if (!v.prerelease) lastStable = v.tag;
    next += 1;
  }
  writeFileSync(file, out.join(''));
  return names;
}

/** Mostly patches and minors; now and then a major, preceded by a beta and an rc. */
function versionSequence(r) {
  let current = [0, 1, 0];
  let pending = [];
  const stable = (v) => ({ tag: `v${v.join('.')}`, prerelease: false });
  return (kind) => {
    if (kind === 'major') {
      pending = [];
      current = [current[0] + 1, 0, 0];
      return stable(current);
    }
    if (pending.length) {
      const v = kind === 'stable' ? pending.at(-1) : pending[0];
      pending = kind === 'stable' ? [] : pending.slice(1);
      return v;
    }
    if (kind === 'any' && r() < 0.02) {
      current = [current[0] + 1, 0, 0];
      const base = `v${current.join('.')}`;
      pending = [{ tag: `${base}-rc.1`, prerelease: true }, stable(current)];
      return { tag: `${base}-beta.1`, prerelease: true };
    }
    current = r() < 0.2 ? [current[0], current[1] + 1, 0] : [current[0], current[1], current[2] + 1];
    return stable(current);
  };
}

/**
 * A repository in `building/repo` from the fast-import stream `writeStream(file)` writes (it
 * returns facts about what it wrote), made to look like a fresh clone: one pack, packed refs, a
 * checkout, no commit-graph.
 */
export function importRepo(building, writeStream) {
  rmSync(building, { recursive: true, force: true });
  const repo = join(building, 'repo');
  mkdirSync(repo, { recursive: true });
  const git = (args, options = {}) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', ...options });
  git(['init', '-q', '-b', 'main']);
  const streamFile = join(building, 'stream.fi');
  const facts = writeStream(streamFile);
  const fd = openSync(streamFile, 'r');
  try {
    git(['fast-import', '--quiet'], { stdio: [fd, 'ignore', 'inherit'] });
  } finally {
    closeSync(fd);
  }
  rmSync(streamFile);
  git(['repack', '-a', '-d', '-q']);
  git(['pack-refs', '--all']);
  git(['reset', '-q', '--hard', 'main']);
  return { repo, git, facts };
}
