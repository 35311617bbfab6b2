import { CommitParser } from 'conventional-commits-parser';
import createPreset from 'conventional-changelog-conventionalcommits';
import { gt as semverGt } from 'semver';
import { describe, expect, it } from 'vitest';
import type { ReleaseTag } from '../../src/git/read-git-facts.js';
import type { ParsedCommit } from '../../src/notes/commits.js';
import { bumpLevelOf } from '../../src/version/bump-level.js';
import { nextVersion, type NextVersionInput } from '../../src/version/next-version.js';
import { ancestryQuestions, previousRelease } from '../../src/version/previous-tag.js';

/** In a linear history every tag is contained and older: only versions decide. */
const findPreviousTag = (tags: ReleaseTag[], current: { tag: string; version: string }) =>
  previousRelease(tags, { ...current, date: 1e10 }, new Set(tags.map((t) => t.name)));

const parser = new CommitParser((createPreset() as { parser: object }).parser);
const commits = (...messages: string[]): ParsedCommit[] => messages.map((m) => parser.parse(m));
const tag = (version: string, sha = `sha-${version}`, date = 0): ReleaseTag => ({ name: `v${version}`, version, sha, date });

function next(overrides: Partial<NextVersionInput>) {
  return nextVersion({ base: tag('1.2.3'), allTags: [tag('1.2.3')], commits: [], bump: 'auto', initialVersion: '1.0.0', majorOnZero: false, ...overrides });
}

describe('bump level of conventional commits', () => {
  it.each([
    [['feat!: drop the v1 API'], 'major'],
    [['fix: x', 'refactor: y\n\nBREAKING CHANGE: config moved'], 'major'],
    [['feat(ui): button', 'fix: typo'], 'minor'],
    [['fix: crash'], 'patch'],
    [['perf: faster'], 'patch'],
    [['revert: feat: something'], 'patch'],
    [['docs: readme', 'chore: deps', 'Update README', 'ci: pipeline'], undefined],
  ])('%j → %s', (messages, level) => {
    expect(bumpLevelOf(commits(...messages)).level).toBe(level);
  });

  it('says why', () => {
    expect(bumpLevelOf(commits('feat: a', 'fix: b', 'fix: c')).reason).toBe('0 breaking changes, 1 feature, 2 fixes in 3 commits');
  });
});

describe('next version', () => {
  it('bumps by the commits', () => {
    expect(next({ commits: commits('fix: a') })).toMatchObject({ version: '1.2.4' });
    expect(next({ commits: commits('feat: a') })).toMatchObject({ version: '1.3.0' });
    expect(next({ commits: commits('feat!: a') })).toMatchObject({ version: '2.0.0' });
  });

  it('skips when nothing is releasable, saying why', () => {
    const result = next({ commits: commits('docs: a', 'chore: b') });
    expect(result).toEqual({ skip: expect.stringContaining('no releasable commit since v1.2.3') });
  });

  it('keeps a breaking change on minor while 0.x unless major-on-zero', () => {
    const base = tag('0.4.1');
    expect(next({ base, allTags: [base], commits: commits('feat!: a') })).toMatchObject({ version: '0.5.0' });
    expect(next({ base, allTags: [base], commits: commits('feat!: a'), majorOnZero: true })).toMatchObject({ version: '1.0.0' });
    expect(next({ base, allTags: [base], commits: commits('feat: a') })).toMatchObject({ version: '0.5.0' });
    expect(next({ base, allTags: [base], commits: commits('fix: a') })).toMatchObject({ version: '0.4.2' });
  });

  it('uses the initial version for a first release', () => {
    const { base: _none, ...rest } = { base: undefined };
    expect(nextVersion({ ...rest, allTags: [], commits: commits('chore: init'), bump: 'auto', initialVersion: '0.1.0', majorOnZero: false })).toMatchObject({ version: '0.1.0' });
  });

  it('forces a level when asked, even without releasable commits', () => {
    expect(next({ bump: 'major', commits: commits('docs: a') })).toMatchObject({ version: '2.0.0' });
    expect(next({ bump: 'patch' })).toMatchObject({ version: '1.2.4' });
  });

  it('numbers prereleases from 1 and continues the line', () => {
    expect(next({ commits: commits('feat: a'), prerelease: 'rc' })).toMatchObject({ version: '1.3.0-rc.1' });
    const tags = [tag('1.3.0-rc.2'), tag('1.3.0-rc.1'), tag('1.2.3')];
    expect(next({ allTags: tags, commits: commits('feat: a', 'fix: b'), prerelease: 'rc' })).toMatchObject({ version: '1.3.0-rc.3' });
    expect(next({ allTags: tags, commits: commits('feat!: a'), prerelease: 'rc' })).toMatchObject({ version: '2.0.0-rc.1' });
    expect(next({ allTags: tags, commits: commits('feat: a'), prerelease: 'beta' })).toMatchObject({ version: '1.3.0-beta.1' });
  });

  it('never goes below the version this line already reached (a prerelease the commit contains)', () => {
    expect(next({ base: tag('1.8.1'), reached: '43.0.0-beta.9', commits: commits('fix: a') })).toMatchObject({ version: '43.0.0' });
    expect(next({ base: tag('1.8.1'), reached: '43.0.0-beta.9', commits: commits('feat!: a') })).toMatchObject({ version: '43.0.0' });
    expect(next({ base: tag('1.8.1'), reached: '45.0.0-nightly.3', allTags: [tag('45.0.0-nightly.3')], commits: commits('feat: a'), prerelease: 'nightly' })).toMatchObject({ version: '45.0.0-nightly.4' });
    expect(next({ base: tag('1.2.3'), reached: '1.2.3', commits: commits('fix: a') })).toMatchObject({ version: '1.2.4' });
    expect(next({ base: tag('42.1.0'), reached: '43.0.0-beta.9', commits: commits('fix: a'), prerelease: 'alpha' })).toMatchObject({ version: '43.0.1-alpha.1' });
    expect(next({ base: tag('42.1.0'), reached: '43.0.0-beta.9', commits: commits('fix: a'), prerelease: 'rc' })).toMatchObject({ version: '43.0.0-rc.1' });
  });

  it('bump prerelease continues a pending prerelease line, else starts a patch one', () => {
    const tags = [tag('1.3.0-rc.1'), tag('1.2.3')];
    expect(next({ bump: 'prerelease', prerelease: 'rc', allTags: tags })).toMatchObject({ version: '1.3.0-rc.2' });
    expect(next({ bump: 'prerelease', prerelease: 'rc' })).toMatchObject({ version: '1.2.4-rc.1' });
  });
});

describe('previous tag', () => {
  const tags = [tag('2.0.0'), tag('1.3.0'), tag('1.3.0-rc.2'), tag('1.3.0-rc.1'), tag('1.2.0')];

  it('is the highest release below the current one by semver precedence', () => {
    expect(findPreviousTag(tags, { tag: 'v1.4.0', version: '1.4.0' })?.name).toBe('v1.3.0');
  });

  it('skips prereleases for a stable release', () => {
    expect(findPreviousTag(tags.slice(2), { tag: 'v1.3.0', version: '1.3.0' })?.name).toBe('v1.2.0');
  });

  it('takes the previous prerelease for a prerelease', () => {
    expect(findPreviousTag(tags, { tag: 'v1.3.0-rc.3', version: '1.3.0-rc.3' })?.name).toBe('v1.3.0-rc.2');
  });

  it('never returns the current tag; none for a first release', () => {
    expect(findPreviousTag([tag('1.0.0')], { tag: 'v1.0.0', version: '1.0.0' })).toBeUndefined();
    expect(findPreviousTag([], { tag: 'v1.0.0', version: '1.0.0' })).toBeUndefined();
  });

  it('takes the highest stable release below a tag that is not semver', () => {
    expect(findPreviousTag(tags, { tag: 'nightly', version: 'nightly' })?.name).toBe('v2.0.0');
  });
});

describe('previous tag on release branches, maintenance branches and channels', () => {
  /** `[version, date]` rows made into tags highest first (as readReleaseTags returns them); each question names what its commit contains. */
  const history = (rows: [string, number][]) => {
    const tags = rows.map(([version, date]) => tag(version, `sha-${version}`, date)).sort((a, b) => (semverGt(a.version, b.version) ? -1 : 1));
    return (version: string, date: number, contains: string[]) => previousRelease(tags, { tag: `v${version}`, version, date }, new Set(contains.map((v) => `v${v}`)))?.name;
  };

  it('electron: a major cut on its own branch starts at the last release of the previous line, not at a 2017 ancestor', () => {
    const previous = history([['1.8.1', 1], ['42.0.0', 10], ['42.1.0', 20], ['42.2.0', 40], ['43.0.0-nightly.1', 5], ['44.0.0-nightly.1', 25]]);
    expect(previous('43.0.0', 30, ['1.8.1', '43.0.0-nightly.1'])).toBe('v42.1.0');
  });

  it('electron: prereleases keep their chain; the first alpha starts at the nightly its commit contains', () => {
    const previous = history([['1.8.1', 1], ['43.0.0', 20], ['43.0.0-nightly.9', 5], ['44.0.0-nightly.1', 8], ['43.0.0-alpha.3', 6], ['44.0.0-alpha.1', 27], ['44.0.0-beta.5', 28]]);
    expect(previous('44.0.0-alpha.1', 27, ['1.8.1', '43.0.0-nightly.9', '44.0.0-nightly.1'])).toBe('v43.0.0-nightly.9');
    expect(previous('44.0.0-beta.6', 29, ['1.8.1', '43.0.0-nightly.9', '44.0.0-nightly.1', '44.0.0-alpha.1', '44.0.0-beta.5'])).toBe('v44.0.0-beta.5');
  });

  it('vite: a maintenance release made later on branch v7 is not where v8.0.0-beta.0 starts', () => {
    const previous = history([['7.2.6', 10], ['7.2.7', 30], ['7.3.5', 80], ['7.3.6', 90], ['8.0.0-beta.0', 20]]);
    expect(previous('8.0.0-beta.0', 20, ['7.2.6'])).toBe('v7.2.6');
    expect(previous('7.3.6', 90, ['7.2.6', '7.2.7', '7.3.5'])).toBe('v7.3.5');
  });

  it('semantic-release: a beta and an alpha of 25.0.0 both start at 24.2.6, ignoring the other channel and later 24.2.x', () => {
    const previous = history([['24.2.6', 10], ['24.2.9', 60], ['25.0.0-beta.1', 20], ['25.0.0-beta.3', 22], ['25.0.0-alpha.1', 30]]);
    expect(previous('25.0.0-beta.1', 20, ['24.2.6'])).toBe('v24.2.6');
    expect(previous('25.0.0-alpha.1', 30, ['24.2.6', '25.0.0-beta.1', '25.0.0-beta.3'])).toBe('v24.2.6');
    expect(previous('25.0.0-beta.4', 40, ['24.2.6', '25.0.0-beta.1', '25.0.0-beta.3'])).toBe('v25.0.0-beta.3');
  });

  it('asks about the ancestry of only the tags above the best one made before the release', () => {
    const tags = [tag('42.1.7', 's', 50), tag('42.1.6', 's', 40), tag('42.1.5', 's', 20), tag('42.1.4', 's', 10), tag('43.0.0-nightly.2', 's', 5)];
    expect(ancestryQuestions(tags, { tag: 'v43.0.0', version: '43.0.0', date: 30 }).map((t) => t.name)).toEqual(['v42.1.7', 'v42.1.6']);
    expect(ancestryQuestions(tags, { tag: 'v43.0.0', version: '43.0.0', date: 60 })).toEqual([]);
    expect(ancestryQuestions(tags, { tag: 'v43.0.0-beta.1', version: '43.0.0-beta.1', date: 60 }).map((t) => t.name)).toEqual(['v42.1.7', 'v42.1.6', 'v42.1.5', 'v42.1.4']);
  });
});
