// Golden files for the plan text: a reviewer sees exactly what a dry run prints.
// FORGE_UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePlan } from '../../src/describe.js';
import type { ExistingRelease } from '../../src/model.js';
import { planRelease, type PlanInput } from '../../src/plan/plan-release.js';
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

function plan(raw: RawInputs, extra: Partial<PlanInput>) {
  const { inputs } = parseInputs({ project: 'g/p', token: 'glpat-abcdefghijklmnop', 'gitlab-url': 'https://gitlab.example.com', tag: 'v1.2.0', ...raw });
  return planRelease({ inputs, tag: 'v1.2.0', version: '1.2.0', previousTag: 'v1.1.0', commitSha: sha, tagExists: false, notes: '## 1.2.0\n\n* feat one', projectUrl: 'https://gitlab.example.com/g/p', offline: false, now: new Date('2026-06-01T00:00:00Z'), ...extra });
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, `${name}.txt`);
  if (process.env.FORGE_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${text}\n`);
  expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
}

const context = { projectPath: "/api/v4/projects/g%2Fp" };

describe('describePlan', () => {
  it('shows a create with its links, milestones and the calls it makes', () => {
    const p = plan({ milestones: 'm1', 'tag-message': 'Release 1.2.0', assets: '[{"name":"app.tgz","url":"https://dl.example.com/app.tgz","link_type":"package","direct_asset_path":"/bin/app.tgz"}]' }, {});
    golden('create', describePlan(p, context));
  });

  it('shows an update and link changes with prune', () => {
    const p = plan({ 'prune-links': 'true', assets: '[{"name":"app.tgz","url":"https://dl.example.com/app.tgz","link_type":"package"},{"name":"new.zip","url":"https://dl.example.com/new.zip"}]' }, { existing, tagExists: true });
    golden('update', describePlan(p, context));
  });

  it('says there is nothing to do for an identical release', () => {
    const p = plan({}, { existing: { ...existing, description: '## 1.2.0\n\n* feat one' }, tagExists: true });
    const text = describePlan(p, context);
    expect(text).toContain('= release v1.2.0 unchanged');
    expect(text).toContain('No write request will be sent');
    golden('unchanged', text);
  });

  it('marks an offline plan', () => {
    const p = plan({}, { offline: true, projectUrl: undefined });
    expect(describePlan(p, { projectPath: "/api/v4/projects/<project>" })).toContain('offline');
  });
});
