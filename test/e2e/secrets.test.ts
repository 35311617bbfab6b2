/**
 * A token never appears anywhere a run writes: stdout, stderr, --json, the dotenv report or the
 * notes file, raw, URL-encoded or base64, on success and on every failure path we can provoke
 * (bad token, wrong project, protected tag, server errors out of retries, a hung server, a closed
 * port, bad input). Dependencies' errors carry request headers: this is where they would leak.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const MARKER = 'glpat-MARKERsecret-4711-xyzzy';
const JOB_MARKER = 'glcbt-JOBMARKER-secret-0815';
const FORMS = (token: string) => [token, encodeURIComponent(token), Buffer.from(token).toString('base64'), token.slice(6)];

let repo: TempRepo;
let fake: FakeGitLab;
let out: string;

beforeAll(async () => {
  repo = createTempRepo();
  repo.commit('feat: secret-free feature');
  out = mkdtempSync(join(tmpdir(), 'forge-secrets-'));
  fake = await startFakeGitLab({
    repoDir: repo.dir,
    tokens: { [MARKER]: { role: 'developer', kind: 'pat' }, [JOB_MARKER]: { role: 'developer', kind: 'job' } },
    protectedTags: [{ pattern: 'locked-*', developersCanCreate: false }],
  });
});
// A fault a run did not use up (it gave up first) must not leak into the next case.
afterEach(() => fake.faults.clear());
afterAll(async () => {
  await fake.close();
  repo.remove();
  rmSync(out, { recursive: true, force: true });
});

async function runAndCollect(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ result: ProcessResult; written: string }> {
  const dotenv = join(out, `${name}.env`);
  const notes = join(out, `${name}.md`);
  const result = await runBundle('cli.js', ['--json', '--dotenv', dotenv, '--notes-file', notes, '--timeout', '2', '--retries', '1', '--retry-max-wait', '1', ...args], {
    cwd: repo.dir, env,
  });
  const files = [dotenv, notes].filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
  return { result, written: [result.stdout, result.stderr, ...files].join('\n') };
}

const base = () => ['--gitlab-url', fake.url, '--project', 'g/p'];
const paths: [string, () => string[], () => void, number][] = [
  ['success', () => [...base(), '--tag', 'v1.0.0'], () => {}, 0],
  ['unknown project', () => ['--gitlab-url', fake.url, '--project', 'g/nope', '--tag', 'v1.0.1'], () => {}, 1],
  ['protected tag', () => [...base(), '--tag', 'locked-1'], () => {}, 1],
  ['server errors out of retries', () => [...base(), '--tag', 'v1.0.2'], () => fake.faults.add({ method: 'GET', times: 5, status: 502 }), 1],
  ['hung server', () => [...base(), '--tag', 'v1.0.3'], () => fake.faults.add({ method: 'GET', times: 5, hang: true }), 1],
  ['connection reset', () => [...base(), '--tag', 'v1.0.4'], () => fake.faults.add({ method: 'GET', times: 5, reset: true }), 1],
  ['closed port', () => ['--gitlab-url', 'http://127.0.0.1:9', '--project', 'g/p', '--tag', 'v1.0.5'], () => {}, 1],
  ['bad input next to the token', () => [...base(), '--tag', 'HEAD', '--assets', '{'], () => {}, 2],
];

describe('tokens never leak', () => {
  it.each(paths)('personal token, %s', async (name, args, arrange, code) => {
    arrange();
    const { result, written } = await runAndCollect(`pat-${name.replace(/\W/g, '-')}`, args(), { GITLAB_TOKEN: MARKER });
    expect(result.code, result.stderr).toBe(code);
    for (const form of FORMS(MARKER)) expect(written).not.toContain(form);
  });

  it('an unknown token (401) is reported without the token', async () => {
    const other = 'glpat-UNKNOWNsecret-1234-abcd';
    const { result, written } = await runAndCollect('unknown', [...base(), '--tag', 'v1.1.0'], { GITLAB_TOKEN: other });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_GITLAB_UNAUTHORIZED');
    for (const form of FORMS(other)) expect(written).not.toContain(form);
  });

  it.each(paths.slice(0, 4))('job token, %s', async (name, args, arrange, code) => {
    arrange();
    const { result, written } = await runAndCollect(`job-${name.replace(/\W/g, '-')}`, [...args(), '--tag', `j-${name.length}`], { CI_JOB_TOKEN: JOB_MARKER, CI_PROJECT_URL: fake.webUrl });
    expect([code, 1]).toContain(result.code);
    for (const form of FORMS(JOB_MARKER)) expect(written).not.toContain(form);
  });
});
