import { CommitParser } from 'conventional-commits-parser';
import createPreset from 'conventional-changelog-conventionalcommits';
import { describe, expect, it } from 'vitest';
import type { ReleaseTag } from '../../src/git/read-git-facts.js';
import type { ParsedCommit } from '../../src/notes/commits.js';
import { bumpLevelOf } from '../../src/version/bump-level.js';
import { nextVersion, type NextVersionInput } from '../../src/version/next-version.js';
import { previousTagCandidates } from '../../src/version/previous-tag.js';

const findPreviousTag = (tags: ReleaseTag[], current: { tag: string; version: string }) => previousTagCandidates(tags, current)[0];

const parser = new CommitParser((createPreset() as { parser: object }).parser);
const commits = (...messages: string[]): ParsedCommit[] => messages.map((m) => parser.parse(m));
const tag = (version: string, sha = `sha-${version}`): ReleaseTag => ({ name: `v${version}`, version, sha });

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
