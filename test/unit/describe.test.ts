// Golden files for the plan text: a reviewer sees exactly what a dry run prints.
// FORGE_UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePlan } from '../../src/describe.js';
import type { ExistingRelease } from '../../src/model.js';
import type { ForgeFacts } from '../../src/forge/forge.js';
import { createGitLabForge } from '../../src/forge/gitlab/gitlab-forge.js';
import type { Logger } from '../../src/hosts/host.js';
import { planRelease } from '../../src/plan/plan-release.js';
import { parseInputs } from '../../src/inputs/parse-inputs.js';
import type { RawInputs } from '../../src/options.js';

const GOLDEN = join(import.meta.dirname, '../fixtures/golden/plans');
const sha = '0123456789abcdef0123456789abcdef01234567';
const existing: ExistingRelease = {
  tagName: 'v1.2.0', name: 'v1.2.0', description: 'old notes', releasedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z',
  upcoming: false, commitSha: sha, milestones: ['m1'], evidenceCount: 1, webUrl: 'https://gitlab.example.com/g/p/-/releases/v1.2.0',
  links: [
    { id: 11, name: 'app.tgz', url: 'https://dl.example.com/app-old.tgz', linkType: 'package', directAssetUrl: 'https://dl.example.com/app-old.tgz' },
    { id: 12, name: 'stale.txt', url: 'https://dl.example.com/stale.txt', linkType: 'other', directAssetUrl: 'https://dl.example.com/stale.txt' },
  ],
};

function plan(raw: RawInputs, facts: Partial<ForgeFacts>) {
  const { inputs } = parseInputs({ project: 'g/p', token: 'glpat-abcdefghijklmnop', 'gitlab-url': 'https://gitlab.example.com', tag: 'v1.2.0', ...raw });
  const desired = {
    tag: 'v1.2.0', version: '1.2.0', previousTag: 'v1.1.0', notes: '## 1.2.0\n\n* feat one', pruneLinks: inputs.pruneLinks, evidence: inputs.evidence,
    ...(inputs.milestones ? { milestones: inputs.milestones } : {}), ...(inputs.tagMessage ? { tagMessage: inputs.tagMessage } : {}), ...(inputs.assets ? { links: inputs.assets } : {}),
  };
  return planRelease(desired, { commitSha: sha, tagExistsLocally: false }, { online: true, projectUrl: 'https://gitlab.example.com/g/p', ...facts }, new Date('2026-06-01T00:00:00Z'));
}

const silent: Logger = { info() {}, warn() {}, group: (_title, body) => body() };
const forgeFor = (project: string | undefined) => createGitLabForge({ gitlabUrl: 'https://gitlab.example.com', ...(project ? { project } : {}), auth: 'private', log: silent });

function golden(name: string, text: string): void {
  const file = join(GOLDEN, `${name}.txt`);
  if (process.env.FORGE_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${text}\n`);
  expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
}

const context = forgeFor('g/p');

describe('describePlan', () => {
  it('shows a create with its links, milestones and the calls it makes', () => {
    const p = plan({ milestones: 'm1', 'tag-message': 'Release 1.2.0', assets: '[{"name":"app.tgz","url":"https://dl.example.com/app.tgz","link_type":"package","direct_asset_path":"/bin/app.tgz"}]' }, {});
    golden('create', describePlan(p, context));
  });

  it('shows an update and link changes with prune', () => {
    const p = plan({ 'prune-links': 'true', assets: '[{"name":"app.tgz","url":"https://dl.example.com/app.tgz","link_type":"package"},{"name":"new.zip","url":"https://dl.example.com/new.zip"}]' }, { release: existing });
    golden('update', describePlan(p, context));
  });

  it('says there is nothing to do for an identical release', () => {
    const p = plan({}, { release: { ...existing, description: '## 1.2.0\n\n* feat one' } });
    const text = describePlan(p, context);
    expect(text).toContain('= release v1.2.0 unchanged');
    expect(text).toContain('No write request will be sent');
    golden('unchanged', text);
  });

  it('marks an offline plan', () => {
    const p = planRelease({ tag: 'v1.2.0', version: '1.2.0', notes: '', pruneLinks: false, evidence: 'auto' }, { commitSha: sha, tagExistsLocally: false }, { online: false }, new Date());
    expect(describePlan(p, forgeFor(undefined))).toContain('offline');
  });
});
