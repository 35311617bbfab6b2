// An electron-shaped history for the previous-release search (issue 10), written with
// `git fast-import`: ~30,000 commits, ~4,000 tags. Nightlies (`vN.0.0-nightly.K`) on main only;
// every major is cut to its own `N-x-y` branch, which carries alphas, betas, N.0.0 and its
// maintenance releases, interleaved in time with the next majors' work. So v43.0.0's only stable
// ancestors are ancient, and some v42.x are tagged after v43.0.0. Built once per version, cached.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, importRepo } from './synthetic-repo.mjs';

export const GENERATOR_VERSION = 1;
const MAJORS = 44; // main reaches v44 nightlies; branches are cut for 1…43
const MAIN_PER_MAJOR = 630;
const SLOT_EVERY = 20; // main commits between two rounds of release-branch work
const NIGHTLY_EVERY = 11;
const BRANCH_RELEASES = [
  ...[1, 2, 3].map((n) => `alpha.${n}`), ...Array.from({ length: 10 }, (_, i) => `beta.${i + 1}`),
  '0.0', ...Array.from({ length: 9 }, (_, i) => `0.${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `1.${i}`),
];

/** { dir, commits, tags, major, expectedPrevious } — building the repository when not cached. */
export function releaseBranchesRepo(log = () => {}) {
  const root = join(cacheRoot(), `release-branches-v${GENERATOR_VERSION}`);
  const metaFile = join(root, 'meta.json');
  if (existsSync(metaFile)) return JSON.parse(readFileSync(metaFile, 'utf8'));
  log(`building the release-branches repository in ${root} (once per generator version)…`);
  const building = `${root}.building-${process.pid}`;
  const { git, facts } = importRepo(building, writeStream);
  const meta = {
    generatorVersion: GENERATOR_VERSION,
    dir: join(root, 'repo'),
    commits: Number(git(['rev-list', '--count', '--all']).trim()),
    tags: git(['tag']).trim().split('\n').length,
    ...facts,
  };
  writeFileSync(join(building, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  return meta;
}

const TYPES = ['feat', 'fix', 'fix', 'chore', 'docs', 'refactor', 'perf', 'test'];
const AREAS = ['window', 'session', 'tray', 'menu', 'crash reporter', 'protocol', 'ipc', 'dialogs', 'updater', 'gpu'];

function writeStream(file) {
  const out = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let mark = 0;
  let time = Date.UTC(2016, 0, 1) / 1000;
  const stamp = () => `Ada <ada@example.com> ${(time += 900)} +0000`;
  const commit = (ref, from, msg) => {
    mark += 1;
    const who = stamp();
    out.push(`commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(msg)}${from ? `from :${from}\n` : ''}`);
    out.push(`M 100644 inline src/${AREAS[mark % AREAS.length].replace(/ /g, '-')}.txt\n${data(`${mark}\n`)}\n`);
    return mark;
  };
  const message = (n, where) => `${TYPES[n % TYPES.length]}(${AREAS[(n * 7) % AREAS.length]}): ${where} change ${n}\n`;
  const tag = (name, at, annotated) => out.push(annotated
    ? `tag ${name}\nfrom :${at}\ntagger ${stamp()}\n${data(`Release ${name}\n`)}`
    : `reset refs/tags/${name}\nfrom :${at}\n\n`);
  const branches = []; // { major, tip, next, slots }
  const made = []; // tag names in the order they were made
  let main = 0;
  for (let major = 1; major <= MAJORS; major += 1) {
    for (let k = 1; k <= MAIN_PER_MAJOR; k += 1) {
      main = commit('refs/heads/main', main, message(mark, 'main'));
      if (k % NIGHTLY_EVERY === 0) { tag(`v${major}.0.0-nightly.${k / NIGHTLY_EVERY}`, main, false); made.push(`v${major}.0.0-nightly.${k / NIGHTLY_EVERY}`); }
      if (k % SLOT_EVERY === 0) for (const b of branches) branchWork(b);
    }
    if (major < MAJORS) branches.push({ major, tip: main, next: 0, slots: 0 });
  }
  function branchWork(b) {
    if (b.next >= BRANCH_RELEASES.length) return;
    b.tip = commit(`refs/heads/${b.major}-x-y`, b.tip, message(mark, `${b.major}-x-y`));
    b.slots += 1;
    if (b.slots % 2 !== 0) return;
    const step = BRANCH_RELEASES[b.next++];
    const name = /^\d/.test(step) ? `v${b.major}.${step}` : `v${b.major}.0.0-${step}`;
    tag(name, b.tip, true);
    made.push(name);
  }
  writeFileSync(file, out.join(''));
  const major = `v${MAJORS - 1}.0.0`;
  // The rule's answer, from how the history was made: the highest v42.x tagged before v43.0.0.
  const before = made.slice(0, made.indexOf(major)).filter((t) => new RegExp(`^v${MAJORS - 2}\\.\\d+\\.\\d+$`).test(t));
  return { major, expectedPrevious: before.at(-1), laterOnPreviousLine: made.slice(made.indexOf(major)).filter((t) => t.startsWith(`v${MAJORS - 2}.`)).length };
}
