/**
 * Scenario 4 of the bench: the requests each kind of run sends to the fake GitLab, recorded as
 * "METHOD path" lists into $FORGE_BENCH_REQUESTS_OUT for bench/run.mjs to judge against the budgets.
 * It fails only when a run itself fails; the budgets are judged (and asserted) elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../test/support/fake-gitlab/index.js';
import { runBundle } from '../test/support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../test/support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
const JOB_TOKEN = 'glcbt-job-token-00000000000';
const ASSETS = JSON.stringify([
  { name: 'linux', url: 'https://downloads.example.com/app-linux.tgz', link_type: 'package' },
  { name: 'docs', url: 'https://docs.example.com/v1' },
]);

let repo: TempRepo;
const recorded: Record<string, string[]> = {};

beforeAll(() => {
  repo = createTempRepo('forge-bench-requests-');
  repo.commit('feat: first feature');
  repo.tag('v0.1.0');
  repo.commit('fix(api): handle empty pages (#12)');
  repo.commit('feat: second feature');
});
afterAll(() => {
  repo.remove();
  const out = process.env.FORGE_BENCH_REQUESTS_OUT;
  if (out) writeFileSync(out, `${JSON.stringify(recorded, null, 2)}\n`);
});

async function run(fake: FakeGitLab, args: string[], env: NodeJS.ProcessEnv = { GITLAB_TOKEN: TOKEN }): Promise<void> {
  const result = await runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--tag', 'v1.0.0', ...args], { cwd: repo.dir, env });
  expect(result.code, result.stderr).toBe(0);
}

async function scenario(name: string, body: (fake: FakeGitLab) => Promise<void>): Promise<void> {
  const fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
  try {
    await body(fake);
    recorded[name] = fake.requests.map((r) => `${r.method} ${r.path}`);
  } finally {
    await fake.close();
  }
}

it('create', () => scenario('create', (fake) => run(fake, [])));

it('create with milestones and links', () => scenario('create-milestones', (fake) => run(fake, ['--milestones', 'M1', '--assets', ASSETS])));

it('create with a CI job token', () => scenario('create-job-token', (fake) => run(fake, [], { CI_JOB_TOKEN: JOB_TOKEN, CI_PROJECT_URL: 'https://gitlab.example.com/g/p' })));

it('identical re-run', () => scenario('rerun', async (fake) => {
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS]);
  fake.reset();
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS]);
}));

it('update of one link', () => scenario('update-link', async (fake) => {
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS]);
  fake.reset();
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS.replace('app-linux.tgz', 'app-linux-2.tgz')]);
}));

it('update of one link without evidence', () => scenario('update-link-no-evidence', async (fake) => {
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS]);
  fake.reset();
  await run(fake, ['--milestones', 'M1', '--assets', ASSETS.replace('app-linux.tgz', 'app-linux-2.tgz'), '--evidence', 'never']);
}));
