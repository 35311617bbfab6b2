/**
 * Issue 10 through the bundled CLI against the fake GitLab: the notes' date does not move with
 * the clock, so a re-run on another day converges with zero writes.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
const DAY_MS = 86_400_000;
let repo: TempRepo;
let fake: FakeGitLab;

/** A preload that moves the CLI process's clock by `days` (Date() and Date.now()). */
function clockMovedBy(days: number): NodeJS.ProcessEnv {
  const shift = days * DAY_MS;
  const code = `const R=Date;globalThis.Date=class extends R{constructor(...a){super(...(a.length?a:[R.now()+${shift}]))}static now(){return R.now()+${shift}}};`;
  return { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(code)}` };
}

beforeEach(async () => {
  repo = createTempRepo('forge-histories-');
  repo.commit('feat: first');
  repo.tag('v1.0.0');
  repo.commit('fix: a crash');
  fake = await startFakeGitLab({ repoDir: repo.dir });
});
afterEach(async () => {
  await fake.close();
  repo.remove();
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--json', ...args], { cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, ...env } });
}

const out = (result: ProcessResult) => {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
};
const headingDate = (notes: string) => /^## .*\((\d{4}-\d{2}-\d{2})\)$/m.exec(notes)?.[1];

describe('the date in the notes', () => {
  it('a re-run a day later plans unchanged and sends zero writes (the date is the release’s released_at)', async () => {
    const created = out(await cli(['--bump', 'auto']));
    expect(created).toMatchObject({ result: 'created', tag: 'v1.0.1' });
    const releasedAt = fake.state.release('v1.0.1')!.released_at.toISOString().slice(0, 10);
    fake.reset();
    const tomorrow = out(await cli(['--tag', 'v1.0.1'], clockMovedBy(1)));
    expect(tomorrow).toMatchObject({ result: 'unchanged', tag: 'v1.0.1' });
    expect(fake.writes()).toEqual([]);
    const notes = out(await cli(['--tag', 'v1.0.1', '--dry-run'], clockMovedBy(2))).notes ?? '';
    expect(headingDate(notes)).toBe(releasedAt);
  });

  it('offline, an existing tag gives the same notes on any day: the tag’s date', async () => {
    repo.tag('v1.0.1');
    const offline = (days: number) => runBundle('cli.js', ['--dry-run', '--json', '--tag', 'v1.0.1'], { cwd: repo.dir, env: clockMovedBy(days) });
    const [today, later] = [out(await offline(0)), out(await offline(3))];
    expect(headingDate(today.notes ?? '')).toBe('2026-01-01');
    expect(later.notes).toBe(today.notes);
  });
});

describe('prefix-less tags', () => {
  let bare: TempRepo;
  beforeEach(() => {
    bare = createTempRepo('forge-bare-tags-');
    bare.commit('feat: first');
    bare.tag('1.0.0');
    bare.commit('feat: second');
    bare.tag('1.1.0');
    bare.commit('fix: third');
  });
  afterEach(() => bare.remove());

  const expectPatch = (result: ProcessResult) => expect(out(result)).toMatchObject({ result: 'planned', tag: '1.1.1', version: '1.1.1', previousTag: '1.1.0' });

  it('an empty --tag-prefix means no prefix, as a flag and as FORGE_RELEASE_TAG_PREFIX=', async () => {
    expectPatch(await runBundle('cli.js', ['--dry-run', '--json', '--tag-prefix', ''], { cwd: bare.dir }));
    expectPatch(await runBundle('cli.js', ['--dry-run', '--json', '--tag-prefix='], { cwd: bare.dir }));
    expectPatch(await runBundle('cli.js', ['--dry-run', '--json'], { cwd: bare.dir, env: { FORGE_RELEASE_TAG_PREFIX: '' } }));
  });

  it('an empty tag-prefix input means no prefix in the action', async () => {
    const result = await runBundle('index.js', [], { cwd: bare.dir, env: {
      GITHUB_ACTIONS: 'true', RUNNER_TEMP: bare.dir, 'INPUT_TAG-PREFIX': '', 'INPUT_DRY-RUN': 'true', INPUT_BUMP: 'auto',
    } });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Next version 1.1.1');
  });

  it('the default prefix warns that version-like tags without it exist, instead of silently releasing over all history', async () => {
    const result = await runBundle('cli.js', ['--dry-run', '--json'], { cwd: bare.dir });
    expect(out(result)).toMatchObject({ tag: 'v1.0.0', previousTag: '' });
    expect(result.stderr).toContain('No release tag has the prefix "v", but the history has version-like tags with no prefix (2, e.g. 1.');
    expect(result.stderr).toContain('--tag-prefix');
  });
});

describe('the next version is never an existing tag', () => {
  it('a computed version tagged on another branch stops the run before any write, with the fix', async () => {
    repo.git('checkout', '-q', '-b', 'maint', 'v1.0.0');
    repo.commit('fix: backport');
    repo.tag('v1.0.1');
    repo.git('checkout', '-q', 'main');
    const result = await cli(['--bump', 'auto']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error E_VERSION_TAKEN');
    expect(result.stderr).toContain('The computed version v1.0.1 is already a tag in this checkout');
    expect(result.stderr).toContain('explicit tag (--tag)');
    expect(result.stderr).not.toContain('git fetch --tags');
    expect(fake.writes()).toEqual([]);
  });
});

describe('monorepo packages (path)', () => {
  let mono: TempRepo;
  beforeEach(() => {
    mono = createTempRepo('forge-mono-');
    mono.commit('feat: root');
    mono.tag('web@1.0.0');
    mono.git('mv', 'file.txt', 'root.txt');
    mono.git('commit', '-q', '-m', 'chore: move');
    for (const [dir, subject] of [['packages/web', 'feat(web): dark mode'], ['packages/api', 'feat(api): a new endpoint'], ['packages/web', 'docs(web): readme']] as const) {
      mono.git('checkout', '-q', 'main');
      execFileSync('mkdir', ['-p', join(mono.dir, dir)]);
      writeFileSync(join(mono.dir, dir, `${subject.length}.txt`), subject);
      mono.git('add', dir);
      mono.git('commit', '-q', '-m', subject);
    }
  });
  afterEach(() => mono.remove());

  it('bumps and writes notes from the package’s commits only, and shows the paths in the plan', async () => {
    const result = await runBundle('cli.js', ['--dry-run', '--json', '--tag-prefix', 'web@', '--path', 'packages/web'], { cwd: mono.dir });
    const plan = out(result);
    expect(plan).toMatchObject({ result: 'planned', tag: 'web@1.1.0', previousTag: 'web@1.0.0' });
    expect(plan.notes).toContain('dark mode');
    expect(plan.notes).not.toContain('endpoint');
    expect(result.stderr).toContain('  paths     packages/web (only commits touching them count)');
  });

  it('takes several pathspecs, and says nothing to release when none of them was touched', async () => {
    const result = await runBundle('cli.js', ['--dry-run', '--json', '--tag-prefix', 'web@', '--path', 'packages/api,packages/none'], { cwd: mono.dir });
    expect(out(result)).toMatchObject({ result: 'planned', tag: 'web@1.1.0' });
    const none = await runBundle('cli.js', ['--dry-run', '--json', '--tag-prefix', 'web@', '--path', 'packages/none'], { cwd: mono.dir });
    expect(out(none)).toMatchObject({ result: 'skipped' });
    expect(none.stderr).toContain('no releasable commit since web@1.0.0');
  });
});

describe('a history without conventional commits', () => {
  it('warns with the count instead of publishing a bare heading silently; notes-other-commits lists them', async () => {
    repo.tag('v1.0.1');
    repo.commit('Update the parser');
    repo.commit('docs: guide');
    const warned = await runBundle('cli.js', ['--dry-run', '--json', '--tag', 'v1.0.2'], { cwd: repo.dir });
    expect(out(warned)).toMatchObject({ previousTag: 'v1.0.1' });
    expect(warned.stderr).toContain('v1.0.2: 2 commits since v1.0.1, none a releasable conventional commit');
    expect(warned.stderr).toContain('notes-other-commits');
    const listed = out(await runBundle('cli.js', ['--dry-run', '--json', '--tag', 'v1.0.2', '--notes-other-commits'], { cwd: repo.dir }));
    expect(listed.notes).toContain('### Other Changes\n\n* Update the parser');
    expect(listed.notes).not.toContain('guide');
  });
});
