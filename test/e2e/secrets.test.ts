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
// Each path gets its own tag (suffixed per token kind) so runs do not converge on each other.
const paths: [string, (suffix: string) => string[], () => void, number][] = [
  ['success', (s) => [...base(), '--tag', `v1.0.0${s}`], () => {}, 0],
  ['unknown project', (s) => ['--gitlab-url', fake.url, '--project', 'g/nope', '--tag', `v1.0.1${s}`], () => {}, 1],
  ['protected tag', (s) => [...base(), '--tag', `locked-1${s}`], () => {}, 1],
  ['server errors out of retries', (s) => [...base(), '--tag', `v1.0.2${s}`], () => fake.faults.add({ method: 'GET', times: 5, status: 502 }), 1],
  ['hung server', (s) => [...base(), '--tag', `v1.0.3${s}`], () => fake.faults.add({ method: 'GET', times: 5, hang: true }), 1],
  ['connection reset', (s) => [...base(), '--tag', `v1.0.4${s}`], () => fake.faults.add({ method: 'GET', times: 5, reset: true }), 1],
  ['closed port', (s) => ['--gitlab-url', 'http://127.0.0.1:9', '--project', 'g/p', '--tag', `v1.0.5${s}`], () => {}, 1],
  ['bad input next to the token', () => [...base(), '--tag', 'HEAD', '--assets', '{'], () => {}, 2],
];

describe('tokens never leak', () => {
  it.each(paths)('personal token, %s', async (name, args, arrange, code) => {
    arrange();
    const { result, written } = await runAndCollect(`pat-${name.replace(/\W/g, '-')}`, args(''), { GITLAB_TOKEN: MARKER });
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

  it.each(paths)('job token, %s', async (name, args, arrange, code) => {
    arrange();
    const { result, written } = await runAndCollect(`job-${name.replace(/\W/g, '-')}`, args('-job'), { CI_JOB_TOKEN: JOB_MARKER, CI_PROJECT_URL: fake.webUrl });
    expect(result.code, result.stderr).toBe(code);
    for (const form of FORMS(JOB_MARKER)) expect(written).not.toContain(form);
  });
});
