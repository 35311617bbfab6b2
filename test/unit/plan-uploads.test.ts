// The upload part of the plan, pure: which files go up, how they are linked, how many writes.
import { describe, expect, it } from 'vitest';
import type { ForgeFacts } from '../../src/forge/forge.js';
import type { ExistingRelease } from '../../src/model.js';
import { planRelease, type DesiredRelease } from '../../src/plan/plan-release.js';
import { countWrites, planSteps } from '../../src/plan/steps.js';
import { defaultPackageName, type ReleaseFile } from '../../src/uploads/release-files.js';

const sha = 'a'.repeat(40);
const file = (name: string, sha256: string): ReleaseFile => ({ name, size: 10, sha256, source: { path: `/tmp/${name}` } });
const url = (name: string) => `https://gitlab.example.com/api/v4/projects/g%2Fp/packages/generic/app/1.0.0/${name}`;

function desired(files: ReleaseFile[]): DesiredRelease {
  return {
    tag: 'v1.0.0', version: '1.0.0', notes: 'notes', pruneLinks: false, evidence: 'never',
    files: { wanted: { packageName: 'app', packageVersion: '1.0.0', files }, urls: new Map(files.map((f) => [f.name, url(f.name)])) },
  };
}

const release = (links: ExistingRelease['links']): ExistingRelease => ({
  tagName: 'v1.0.0', name: 'v1.0.0', description: 'notes', releasedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', upcoming: false,
  commitSha: sha, milestones: [], links, evidenceCount: 1, webUrl: 'https://gitlab.example.com/g/p/-/releases/v1.0.0',
});

const plan = (files: ReleaseFile[], facts: Partial<ForgeFacts>) => planRelease(desired(files), { commitSha: sha, tagExistsLocally: true }, { online: true, ...facts }, new Date('2026-06-01T00:00:00Z'));

describe('planning release files', () => {
  it('a new release: every file is a PUT before the release step, linked as a package with /<name>', () => {
    const p = plan([file('app.tgz', '1'), file('app+linux.tgz', '2')], {});
    expect(planSteps(p).map((s) => s.kind)).toEqual(['upload', 'release', 'evidence']);
    expect(p.uploads?.files.map((f) => f.action)).toEqual(['put', 'put']);
    expect(p.release.kind === 'create' && p.release.fields.links).toEqual([
      { name: 'app.tgz', url: url('app.tgz'), linkType: 'package', directAssetPath: '/app.tgz' },
      // GitLab's direct_asset_path rule refuses "+": the link goes without one.
      { name: 'app+linux.tgz', url: url('app+linux.tgz'), linkType: 'package' },
    ]);
    expect(countWrites(p)).toBe(3);
  });

  it('an identical re-run plans zero writes; one changed file is one PUT and no link change', () => {
    const links = [{ id: 1, name: 'app.tgz', url: url('app.tgz'), linkType: 'package' as const, directAssetUrl: 'x', directAssetPath: '/app.tgz' }, { id: 2, name: 'b.txt', url: url('b.txt'), linkType: 'package' as const, directAssetUrl: 'y', directAssetPath: '/b.txt' }];
    const held = { exists: true, files: new Map([['app.tgz', { sha256: '1', size: 10 }], ['b.txt', { sha256: '2', size: 10 }]]) };
    expect(countWrites(plan([file('app.tgz', '1'), file('b.txt', '2')], { release: release(links), package: held }))).toBe(0);
    const changed = plan([file('app.tgz', '1'), file('b.txt', '3')], { release: release(links), package: held });
    expect(changed.uploads?.files.map((f) => [f.file.name, f.action])).toEqual([['app.tgz', 'same'], ['b.txt', 'put']]);
    expect(changed.links).toEqual([]);
    expect(countWrites(changed)).toBe(1);
  });
});

describe('defaultPackageName', () => {
  it('takes the package a tag prefix names, else the project, else release', () => {
    expect(defaultPackageName({ tagPrefix: 'cli@', project: 'g/p' })).toBe('cli');
    expect(defaultPackageName({ tagPrefix: 'tools/cli/v', project: 'g/p' })).toBe('cli');
    expect(defaultPackageName({ tagPrefix: 'v', project: 'group/my-app' })).toBe('my-app');
    expect(defaultPackageName({ tagPrefix: 'v', project: '24', projectUrl: 'https://gitlab.example.com/g/tool' })).toBe('tool');
    expect(defaultPackageName({ tagPrefix: 'v', project: '24' })).toBe('release');
  });
});
