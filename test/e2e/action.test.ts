/**
 * The bundled action (dist/index.js) run the way the GitHub runner runs it: every input of
 * action.yml as INPUT_<NAME> (hyphens kept, defaults filled in), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workflow context, cwd = the checkout; against the fake GitLab.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { REPO_ROOT, runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
const TOKEN_FORMS = [TOKEN, encodeURIComponent(TOKEN), Buffer.from(TOKEN).toString('base64')];
const ASSETS = JSON.stringify([{ name: 'linux', url: 'https://downloads.example.com/app-linux.tgz', link_type: 'package' }]);
const ACTION_DEFAULTS = Object.entries((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }> }).inputs);

interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
}

let repo: TempRepo;
let headSha: string;
let fake: FakeGitLab;
let runner: string;

beforeAll(() => {
  repo = createTempRepo('forge-action-');
  repo.commit('feat: first feature');
  repo.tag('v0.1.0');
  repo.commit('fix(api): handle empty pages');
  headSha = repo.commit('feat: a new button');
});
afterAll(() => repo.remove());

beforeEach(async () => {
  fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
  runner = mkdtempSync(join(tmpdir(), 'forge-runner-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(runner, { recursive: true, force: true });
});

/** A tag push of v1.0.0 unless the context says otherwise; inputs as the workflow's `with:`. */
async function action(inputs: Record<string, string>, context: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runner,
    GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag', GITHUB_SHA: headSha,
    ...context,
  };
  // The runner sets every declared input, with action.yml's default when the workflow gives none.
  const given = { 'gitlab-url': fake.url, project: 'g/p', token: TOKEN, 'retry-max-wait': '5', ...inputs };
  for (const [name, spec] of ACTION_DEFAULTS) env[`INPUT_${name.toUpperCase()}`] = given[name as keyof typeof given] ?? spec.default;
  const result = await runBundle('index.js', [], { cwd: repo.dir, env });
  return { ...result, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** $GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, `delimiter`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** The only place the token may appear is the runner's own ::add-mask:: commands, before anything else. */
function expectNoToken(run: ActionRun): void {
  const lines = run.stdout.split('\n');
  const masks = lines.findIndex((line) => !line.startsWith('::add-mask::'));
  expect(lines.slice(0, masks), 'the token and its encoded forms are masked before anything is printed').toEqual([...new Set(TOKEN_FORMS)].map((f) => `::add-mask::${f}`));
  const rest = [...lines.slice(masks), run.stderr, JSON.stringify(run.outputs), run.summary].join('\n');
  for (const form of TOKEN_FORMS) expect(rest).not.toContain(form);
}

const writes = () => fake.writes().map((r) => `${r.method} ${r.path}`);

describe('the GitHub Action', () => {
  it('creates the release of the pushed tag: outputs, notes file, job summary, log groups', async () => {
    const run = await action({ assets: ASSETS, milestones: 'M1' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'created', tag: 'v1.0.0', version: '1.0.0', 'previous-tag': 'v0.1.0', 'commit-sha': headSha,
      milestones: '["M1"]', evidence: 'collected', 'release-url': `${fake.webUrl}/-/releases/v1.0.0`,
    });
    expect(JSON.parse(run.outputs.assets!)).toEqual([expect.objectContaining({ name: 'linux', linkType: 'package' })]);
    expect(run.outputs['notes-file']).toBe(join(runner, 'forge-release-notes.md'));
    expect(readFileSync(run.outputs['notes-file']!, 'utf8')).toContain('a new button');
    expect(writes()[0]).toBe('POST /api/v4/projects/g%2Fp/releases');
    expect(fake.writes()[0]!.body).toMatchObject({ tag_name: 'v1.0.0', ref: headSha });

    expect(run.summary).toContain(`## Release [v1.0.0](${fake.webUrl}/-/releases/v1.0.0)`);
    expect(run.summary).toContain(`| Tag | \`v1.0.0\` → \`${headSha}\` |`);
    expect(run.summary).toContain('| Result | 🆕 created |');
    expect(run.summary).toContain('| linux | package |');
    expect(run.summary).toContain('<details><summary>Release notes</summary>');
    expect(run.stdout).toMatch(/^::group::.+$/m);
    expect(run.stdout).toMatch(/^::endgroup::$/m);
    expectNoToken(run);
  });

  it('an identical re-run says unchanged and sends zero write requests', async () => {
    expect((await action({ assets: ASSETS })).code).toBe(0);
    fake.reset();
    const run = await action({ assets: ASSETS });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(fake.writes()).toEqual([]);
    expect(run.summary).toContain('| Result | ✅ unchanged (nothing to do) |');
    expectNoToken(run);
  });

  it('a dry run sends only GETs, plans, and shows warnings as ::warning', async () => {
    const run = await action({ assets: ASSETS, 'dry-run': 'true', insecure: 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(run.outputs).toMatchObject({ result: 'planned', tag: 'v1.0.0' });
    expect(run.summary).toContain('## Release plan v1.0.0\n');
    expect(run.summary).toContain('+ POST /api/v4/projects/g%2Fp/releases');
    expect(run.stdout).toMatch(/^::warning::insecure: TLS certificates are NOT verified/m);
    expectNoToken(run);
  });

  it('a workflow_dispatch run releases the tag input (a full refs/tags/ name works too)', async () => {
    const branch = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' };
    const run = await action({ tag: 'refs/tags/v1.1.0' }, branch);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'created', tag: 'v1.1.0', version: '1.1.0', 'commit-sha': headSha });
    expect(fake.writes()[0]!.body).toMatchObject({ tag_name: 'v1.1.0', ref: headSha });
  });

  it('a GitLab failure becomes an ::error annotation with code, GitLab message and hint; exit 1', async () => {
    fake.faults.add({ method: 'POST', path: /\/releases$/, times: 1, status: 403, body: { message: '403 Forbidden' } });
    const run = await action({ retries: '0' });
    expect(run.code).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error '));
    expect(annotation).toMatch(/^::error title=E_[A-Z_]+::/);
    expect(annotation).toContain('403 Forbidden');
    expect(annotation).toContain('hint: ');
    expect(run.outputs.result).toBeUndefined();
    expectNoToken(run);
  });

  it('bad inputs fail with exit 2 and one annotation naming every bad input', async () => {
    const run = await action({ 'notes-mode': 'sideways', assets: '{' });
    expect(run.code).toBe(2);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error '));
    expect(annotation).toMatch(/^::error title=E_INPUT::2 invalid inputs/);
    expect(annotation).toContain('with: notes-mode: "sideways"');
    expect(annotation).toContain('with: assets: ');
    expect(annotation).not.toMatch(/--notes-mode|--assets/);
    expect(fake.requests).toEqual([]);
    expectNoToken(run);
  });

  it('names each input as the workflow gave it: with: for inputs, the variable for a context default', async () => {
    const run = await action({ evidence: 'Always', prerelease: 'true', token: '' }, { GITLAB_TOKEN: 'glpat-dev-token-00000000000\u2026' });
    expect(run.code).toBe(2);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error '))!;
    expect(annotation).toContain('with: evidence: "Always" is not one of auto, always, never');
    expect(annotation).toContain('with: prerelease: "true" would become the identifier');
    expect(annotation).toContain('GITLAB_TOKEN: contains a character that is not printable ASCII');
    expect(annotation).not.toMatch(/--[a-z]/);
    expect(fake.requests).toEqual([]);
  });

  it('a hint names the options it suggests as the workflow writes them, not as CLI flags', async () => {
    const run = await action({ bump: 'none' }, { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' });
    expect(run.code).toBe(2);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error '))!;
    expect(annotation).toContain('E_NO_TAG');
    expect(annotation).toContain('Give the tag (with: tag)');
    expect(annotation).toContain('with: bump set to auto');
    expect(annotation).not.toMatch(/--[a-z]|\{option:/);
    expect(run.summary).toContain('with: tag');
  });

  it('each log group holds its phase: resolve, GitLab, notes, plan, apply', async () => {
    const run = await action({ assets: ASSETS });
    expect(run.code, run.stdout).toBe(0);
    const groups = logGroups(run.stdout);
    expect(groups.map((g) => g.title)).toEqual(['Resolve the release', 'Read GitLab', 'Release notes', 'Plan', 'Apply']);
    for (const group of groups) expect(group.lines.length, group.title).toBeGreaterThan(0);
    expect(groups[0]!.lines.join('\n')).toContain('Tag v1.0.0 (given) on commit');
    expect(groups[1]!.lines.join('\n')).toContain('Release v1.0.0 does not exist on GitLab yet.');
    expect(groups[2]!.lines.join('\n')).toContain('a new button');
    expect(groups[3]!.lines.join('\n')).toContain('+ POST /api/v4/projects/g%2Fp/releases');
    expect(groups[4]!.lines).toEqual(['+ release v1.0.0 created', '+ evidence collected for v1.0.0']);
  });

  it('a failed run still leaves a job summary: the error, its hint and what was done before', async () => {
    expect((await action({ name: 'First' })).code).toBe(0);
    // The rename goes through, then the link create is refused: one write confirmed, then the failure.
    fake.faults.add({ method: 'POST', path: /assets\/links$/, times: 1, status: 403, body: { message: '403 Forbidden' } });
    const failing = await action({ name: 'Second', assets: ASSETS, retries: '0' });
    expect(failing.code).toBe(1);
    expect(failing.summary).toMatch(/^## forge-release failed: `E_GITLAB_FORBIDDEN`/);
    expect(failing.summary).toContain('**Hint:** ');
    expect(failing.summary).toContain('- ✅ **Resolve the release**\n  - Tag v1.0.0 (given) on commit');
    expect(failing.summary).toContain('- ✅ **Read GitLab**\n  - Release v1.0.0 exists on GitLab');
    expect(failing.summary).toContain('- ❌ **Apply**: failed here\n  - ~ release v1.0.0 updated: name');
    expect(failing.summary).toContain('GitLab confirmed 1 write (above).');
    expectNoToken(failing);
  });

  it('bad input leaves a summary saying nothing ran', async () => {
    const run = await action({ evidence: 'Always' });
    expect(run.code).toBe(2);
    expect(run.summary).toContain('## forge-release failed: `E_INPUT`');
    expect(run.summary).toContain('with: evidence: "Always" is not one of auto, always, never');
    expect(run.summary).toContain('Nothing had run yet: no git read, no request to GitLab.');
  });

  it('a dry run links the commit and the compare view, never the release page that does not exist yet', async () => {
    const run = await action({ 'dry-run': 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('## Release plan v1.0.0\n');
    expect(run.summary).not.toContain(`](${fake.webUrl}/-/releases/v1.0.0)`);
    expect(run.summary).toContain(`[commit](${fake.webUrl}/-/commit/${headSha})`);
    expect(run.summary).toContain(`[changes since v0.1.0](${fake.webUrl}/-/compare/v0.1.0...${headSha})`);
    expect(run.stdout).toContain(`v1.0.0 would be created from ${fake.webUrl}/-/commit/${headSha}`);
  });
});

/** The ::group:: sections of a runner log, with the lines each holds. */
function logGroups(stdout: string): { title: string; lines: string[] }[] {
  const groups: { title: string; lines: string[] }[] = [];
  let open: { title: string; lines: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) groups.push((open = { title: line.slice('::group::'.length), lines: [] }));
    else if (line.startsWith('::endgroup::')) open = undefined;
    else if (open && line.trim() !== '') open.lines.push(line);
  }
  return groups;
}
