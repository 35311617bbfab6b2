import { describe, expect, it } from 'vitest';
import type { ExistingLink, ExistingRelease } from '../../src/model.js';
import { planEvidenceStep } from '../../src/plan/evidence-step.js';
import { planLinkSteps } from '../../src/plan/link-steps.js';
import { planReleaseStep, type DesiredRelease } from '../../src/plan/release-step.js';

const existingLink = (id: number, name: string, extra: Partial<ExistingLink> = {}): ExistingLink => ({
  id, name, url: `https://x/${name}`, linkType: 'other', directAssetUrl: `https://x/${name}`, ...extra,
});
const release = (extra: Partial<ExistingRelease> = {}): ExistingRelease => ({
  tagName: 'v1.0.0', name: 'v1.0.0', description: 'notes', releasedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z',
  upcoming: false, commitSha: 'a'.repeat(40), milestones: [], links: [], evidenceCount: 1, webUrl: 'https://g/p/-/releases/v1.0.0', ...extra,
});
const desired = (extra: Partial<DesiredRelease> = {}): DesiredRelease => ({ tag: 'v1.0.0', description: 'notes', ref: 'a'.repeat(40), links: [], ...extra });

describe('planReleaseStep', () => {
  it('creates with every field, naming the release after the tag', () => {
    const step = planReleaseStep(desired({ tagMessage: 'msg', milestones: ['m1'], releasedAt: '2026-01-02T00:00:00.000Z' }), undefined, false);
    expect(step).toEqual({ kind: 'create', fields: { tagName: 'v1.0.0', name: 'v1.0.0', description: 'notes', ref: 'a'.repeat(40), tagMessage: 'msg', milestones: ['m1'], releasedAt: '2026-01-02T00:00:00.000Z', links: [] } });
  });

  it('sends tag_message only when the tag will be created', () => {
    const step = planReleaseStep(desired({ tagMessage: 'msg' }), undefined, true);
    expect(step.kind).toBe('create');
    expect(step.kind === 'create' && 'tagMessage' in step.fields).toBe(false);
  });

  it('plans nothing for an identical release, whatever the milestone order or date format', () => {
    const current = release({ milestones: ['a', 'b'] });
    expect(planReleaseStep(desired({ milestones: ['b', 'a'], releasedAt: '2026-01-01T00:00:00Z' }), current, true)).toEqual({ kind: 'none' });
  });

  it('updates only the fields that differ and keeps an existing name unless one is given', () => {
    const current = release({ name: 'Custom', milestones: ['a'] });
    expect(planReleaseStep(desired({ description: 'new' }), current, true)).toEqual({ kind: 'update', changed: { description: 'new' } });
    expect(planReleaseStep(desired({ milestones: [] }), current, true)).toEqual({ kind: 'update', changed: { milestones: [] } });
    expect(planReleaseStep(desired({ name: 'Other' }), current, true)).toEqual({ kind: 'update', changed: { name: 'Other' } });
  });

  it('treats a null description as empty', () => {
    expect(planReleaseStep(desired({ description: '' }), release({ description: null }), true)).toEqual({ kind: 'none' });
  });
});

describe('planLinkSteps', () => {
  const links = [existingLink(1, 'a'), existingLink(2, 'b', { linkType: 'package', directAssetPath: '/bin/b' })];

  it('leaves links alone when assets were not given', () => {
    expect(planLinkSteps(undefined, links, true)).toEqual([]);
  });

  it('plans nothing when links match', () => {
    expect(planLinkSteps([{ name: 'a', url: 'https://x/a', linkType: 'other' }, { name: 'b', url: 'https://x/b', linkType: 'package', directAssetPath: '/bin/b' }], links, true)).toEqual([]);
  });

  it('updates in place, creates missing and deletes extras only when pruning, deletes first', () => {
    const want = [{ name: 'a', url: 'https://x/a2', linkType: 'other' as const }, { name: 'c', url: 'https://x/c', linkType: 'image' as const }];
    expect(planLinkSteps(want, links, false).map((s) => s.kind)).toEqual(['update', 'create']);
    expect(planLinkSteps(want, links, true)).toEqual([
      { kind: 'delete', id: 2, name: 'b' },
      { kind: 'update', id: 1, link: want[0], was: links[0] },
      { kind: 'create', link: want[1] },
    ]);
  });

  it('renames a link whose URL is unchanged instead of creating a duplicate URL', () => {
    const steps = planLinkSteps([{ name: 'renamed', url: 'https://x/a', linkType: 'other' }], [existingLink(1, 'a')], false);
    expect(steps).toEqual([{ kind: 'update', id: 1, link: { name: 'renamed', url: 'https://x/a', linkType: 'other' }, was: existingLink(1, 'a') }]);
  });

  it('sees a changed link_type or a removed path as a change', () => {
    expect(planLinkSteps([{ name: 'b', url: 'https://x/b', linkType: 'other', directAssetPath: '/bin/b' }], links, false)[0]?.kind).toBe('update');
    expect(planLinkSteps([{ name: 'b', url: 'https://x/b', linkType: 'package' }], links, false)[0]?.kind).toBe('update');
  });
});

describe('planEvidenceStep', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('collects after a change and when a release has none', () => {
    expect(planEvidenceStep({ mode: 'auto', now })).toEqual({ kind: 'collect', required: false });
    expect(planEvidenceStep({ mode: 'always', existing: release({ evidenceCount: 0 }), now })).toEqual({ kind: 'collect', required: true });
  });
  it('skips when unchanged with evidence, when never, for historical and upcoming releases', () => {
    expect(planEvidenceStep({ mode: 'auto', existing: release({ createdAt: '2026-05-01T00:00:00Z', releasedAt: '2026-05-01T00:00:00Z' }), now }).kind).toBe('skip');
    expect(planEvidenceStep({ mode: 'never', now }).kind).toBe('skip');
    const historical = planEvidenceStep({ mode: 'auto', releasedAt: '2019-03-20T10:00:00Z', now });
    expect(historical).toEqual({ kind: 'skip', reason: expect.stringContaining('historical') });
    const upcoming = planEvidenceStep({ mode: 'auto', releasedAt: '2027-01-01T00:00:00Z', now });
    expect(upcoming).toEqual({ kind: 'skip', reason: expect.stringContaining('upcoming') });
  });
});
