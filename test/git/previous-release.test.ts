import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTagNames, readReleaseTags, readTags, tagsContainedIn } from '../../src/git/read-git-facts.js';
import { findPreviousRelease, firstDateQuestions, FIRST_BATCH } from '../../src/resolve/previous-release.js';
import { previousRelease, type CurrentRelease } from '../../src/version/previous-tag.js';
import { releasesByName } from '../../src/version/release-names.js';
import { runCliInProcess } from '../support/run-cli.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

// v2.0.0 is cut on its own branch early; a dozen v1.x are tagged on main after it (more than the
// first batch of dates), and v1.3.1 is tagged late on the commit v2.0.0 grew from.
let repo: TempRepo;
let base: string;
const lateOnMain = Array.from({ length: FIRST_BATCH + 4 }, (_, i) => `v1.${i + 1}.0`);

beforeAll(() => {
  repo = createTempRepo('forge-previous-');
  base = repo.commit('feat: one');
  repo.tag('v1.0.0');
  repo.git('checkout', '-q', '-b', 'next');
  repo.commit('feat!: two');
  repo.tag('v2.0.0-beta.1', 'beta');
  repo.commit('fix: three');
  repo.tag('v2.0.0', 'major');
  repo.git('checkout', '-q', 'main');
  for (const name of lateOnMain) {
    repo.commit(`fix: ${name}`);
    repo.tag(name, 'later maintenance');
  }
  repo.git('tag', '-a', 'v1.3.1', '-m', 'late, on the base', base);
  repo.tag('v1.4.0-rc.1', 'rc');
  repo.git('tag', 'v9.0.0', `${base}^{tree}`);
  // A maintenance line grown from the base: its only stable ancestors sit below a dozen others.
  repo.git('checkout', '-q', '-b', 'old', base);
  repo.commit('fix: on the old line');
  repo.git('checkout', '-q', 'main');
  repo.commit('fix: after the last maintenance release');
});
afterAll(() => repo.remove());

/** The rule as it was first written: every tag read, one walk over all of them. */
async function eager(current: CurrentRelease, commit: string): Promise<string | undefined> {
  const [tags, contained] = await Promise.all([readReleaseTags(repo.dir, 'v'), tagsContainedIn(repo.dir, commit, { prefix: 'v' })]);
  return previousRelease(tags, current, contained)?.name;
}

async function lazy(current: CurrentRelease, commit: string): Promise<string | undefined> {
  const { names } = await listTagNames(repo.dir, 'v');
  const releases = releasesByName(names, 'v', false);
  const read = await readTags(repo.dir, firstDateQuestions(releases, current).map((c) => c.name));
  return (await findPreviousRelease(repo.dir, commit, releases, current, read))?.name;
}

describe('the previous release, reading only the tags that can matter', () => {
  it('reads dates past the first batch when every tag in it was made after the release', async () => {
    const [v2] = [...(await readTags(repo.dir, ['v2.0.0'])).values()];
    const current = { tag: 'v2.0.0', version: '2.0.0', date: v2!.date };
    expect(await lazy(current, v2!.sha!)).toBe('v1.3.1');
    expect(await eager(current, v2!.sha!)).toBe('v1.3.1');
  });

  it('picks what the rule picks for every tag of the history, for a tag not made yet and for one that is not semver', async () => {
    const tags = await readTags(repo.dir, (await listTagNames(repo.dir, 'v')).names);
    const head = repo.git('rev-parse', 'HEAD');
    const currents: [CurrentRelease, string][] = [...tags.values()].filter((t) => t.sha !== undefined)
      .map((t) => [{ tag: t.name, version: t.name.slice(1), date: t.date }, t.sha!]);
    currents.push([{ tag: 'v1.13.0', version: '1.13.0', date: 2e9 }, head], [{ tag: 'nightly', version: 'nightly', date: 2e9 }, head],
      [{ tag: 'v3.0.0-beta.1', version: '3.0.0-beta.1', date: 2e9 }, head]);
    for (const [current, commit] of currents) {
      expect({ tag: current.tag, previous: await lazy(current, commit) }).toEqual({ tag: current.tag, previous: await eager(current, commit) });
    }
  });
});

describe('the next version, asking about the highest tags first', () => {
  const computed = async (ref: string) => {
    const run = await runCliInProcess(['--dry-run', '--json', '--bump', 'auto', '--ref', ref], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    const { tag, previousTag } = JSON.parse(run.stdout) as { tag: string; previousTag: string };
    return { tag, previousTag };
  };

  it('finds a base below more stable tags than the first walk asks about', async () => {
    expect(await computed('old')).toEqual({ tag: 'v1.3.2', previousTag: 'v1.3.1' });
  });

  it('finds a recent base in the first walk', async () => {
    expect(await computed('main')).toEqual({ tag: 'v1.12.1', previousTag: 'v1.12.0' });
  });

  it('converges on the tag of a released commit, asking only about the tags above the one made before it', async () => {
    expect(await computed('v1.12.0')).toEqual({ tag: 'v1.12.0', previousTag: 'v1.11.0' });
    expect(await computed('v2.0.0')).toEqual({ tag: 'v2.0.0', previousTag: 'v1.3.1' });
  });
});

describe('tag names and tag reads', () => {
  it('lists the names with the prefix, and says whether the clone is shallow, in one process', async () => {
    const { names, shallow } = await listTagNames(repo.dir, 'v');
    expect(shallow).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['v1.0.0', 'v2.0.0-beta.1', 'v1.3.1', 'v9.0.0']));
    expect((await listTagNames(repo.dir, 'v2.')).names.sort()).toEqual(['v2.0.0', 'v2.0.0-beta.1']);
    expect((await listTagNames(repo.dir, '')).names).toHaveLength(names.length);
  });

  it('reads only the tags named, without a commit for a tag of a tree, and only the contained ones when asked', async () => {
    const read = await readTags(repo.dir, ['v1.0.0', 'v9.0.0', 'v8.0.0', 'v1.3.1']);
    expect([...read.keys()].sort()).toEqual(['v1.0.0', 'v1.3.1', 'v9.0.0']);
    expect(read.get('v1.0.0')!.sha).toBe(base);
    expect(read.get('v1.3.1')!.sha).toBe(base);
    expect(read.get('v9.0.0')!.sha).toBeUndefined();
    const contained = await readTags(repo.dir, ['v1.0.0', 'v2.0.0', 'v1.3.1'], { mergedInto: base });
    expect([...contained.keys()].sort()).toEqual(['v1.0.0', 'v1.3.1']);
  });

  it('orders releases by version and skips prereleases unparsed when only stable ones count', () => {
    const names = ['v1.10.0', 'v1.9.0', 'v1.10.0-rc.1', 'v1.2', 'v01.2.3', 'v1.2.3+build', 'x1.0.0'];
    expect(releasesByName(names, 'v', false).map((r) => r.name)).toEqual(['v1.10.0', 'v1.10.0-rc.1', 'v1.9.0']);
    expect(releasesByName(names, 'v', true).map((r) => r.name)).toEqual(['v1.10.0', 'v1.9.0']);
    expect(releasesByName(['pkg-1.0.0', 'pkg-1.1.0-rc.1'], 'pkg-', true).map((r) => r.name)).toEqual(['pkg-1.0.0']);
  });
});
