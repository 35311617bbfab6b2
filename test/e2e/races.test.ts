/**
 * Races (issue 5, item 2). Two runs for one tag at the same moment — a CI matrix — must both
 * succeed and leave one release with one copy of each link. And when someone else changes the
 * release between a run's read and its write (the write is held in the fake while the change is
 * made), the run must notice, read again and converge — never write on the strength of a stale read.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { interfereBeforeWrite, releasedTogether } from '../support/between-plan-and-apply.js';
import { startFakeGitLab, type FakeGitLab, type RecordedRequest } from '../support/fake-gitlab/index.js';
import {
  assetsArg, outputOf, releaseProblems, runCli as runWithBudget, TOKEN, writesOf, type WantedLink, type WantedRelease,
} from '../support/release-check.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const NAME = 'Release';
const NOTES = 'Notes of the race';
const TAG_MESSAGE = 'Tagged by the race';
const ARRANGED_TAG_MESSAGE = 'Tag pushed before the run';
const LINUX: WantedLink = { name: 'linux', url: 'https://dl.example.com/app-linux.tgz', link_type: 'package', filepath: '/bin/app-linux' };
const DOCS: WantedLink = { name: 'docs', url: 'https://docs.example.com/latest', link_type: 'other', filepath: null };
const STALE: WantedLink = { name: 'stale', url: 'https://old.example.com/app.zip', link_type: 'other', filepath: null };

/** One repository for the whole file: the fake only reads it, GitLab's tags live in the fake. */
let sharedRepo: TempRepo;
let head: string;
beforeAll(() => {
  sharedRepo = createTempRepo('forge-races-');
  head = sharedRepo.commit('feat: raced');
});
afterAll(() => sharedRepo.remove());
const repo = () => ({ dir: sharedRepo.dir, head });

function argsFor(tag: string, links: WantedLink[] | undefined, extra: string[] = []): string[] {
  return ['--tag', tag, '--name', NAME, '--description', NOTES, '--tag-message', TAG_MESSAGE, ...(links ? ['--assets', assetsArg(links)] : []), ...extra];
}

function wanted(tag: string, links: WantedLink[], tagMessage: string): WantedRelease {
  return { tag, name: NAME, description: NOTES, links, milestones: [], tagSha: repo().head, tagMessage };
}

/** GitLab already holds the tag and a release on it (with evidence), as another run left it. */
function arrange(fake: FakeGitLab, tag: string, release: { name?: string; links: WantedLink[] }): void {
  fake.state.addTag(tag, { sha: repo().head, message: ARRANGED_TAG_MESSAGE, target: 'e'.repeat(40), created_at: new Date() });
  const created = fake.state.createRelease({
    tag, name: release.name ?? NAME, description: NOTES,
    links: release.links.map((l) => ({ name: l.name, url: l.url, link_type: l.link_type, filepath: l.filepath })),
  });
  fake.state.collectEvidence(created);
}

/**
 * Races hold requests in the fake for a while: a per-request timeout well above the hold keeps a
 * held request from turning into a timeout (that is the fault matrix's business, not this file's).
 */
const RACE_BUDGET = { timeoutS: 10, retries: 2, retryMaxWaitS: 3 };
const runCli = (fake: FakeGitLab, cwd: string, args: string[]) => runWithBudget(fake, cwd, args, {}, RACE_BUDGET);

const fromTool = (r: RecordedRequest) => r.headers['user-agent']?.startsWith('forge-release/') ?? false;
const line = (r: RecordedRequest) => `${r.method} ${r.path.replace(/^\/api\/v4\/projects\/g%2Fp/, '')} ${r.status}`;
const toolLog = (fake: FakeGitLab) => fake.requests.filter(fromTool).map(line);

/** Someone else's change through the API, as a second user would make it. */
async function asSomeoneElse(fake: FakeGitLab, method: string, path: string): Promise<number> {
  const response = await fetch(`${fake.url}/api/v4/projects/g%2Fp${path}`, { method, headers: { 'PRIVATE-TOKEN': TOKEN } });
  await response.arrayBuffer();
  return response.status;
}

async function withFake<T>(body: (fake: FakeGitLab) => Promise<T>): Promise<T> {
  const fake = await startFakeGitLab({ repoDir: repo().dir });
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

describe('two runs for the same tag at the same moment (a CI matrix)', () => {
  const rounds = [1, 2, 3].flatMap((round) => [
    { label: `new release with two links, round ${round}`, links: [LINUX, DOCS] as WantedLink[] | undefined, existing: false },
    { label: `new release without assets, round ${round}`, links: undefined, existing: false },
  ]);
  rounds.push({ label: 'existing release, both runs add the same two links', links: [LINUX, DOCS], existing: true });

  it.concurrent.for(rounds)('$label: both exit 0, one release, one copy of each link', async ({ links, existing }, { expect }) => {
    await withFake(async (fake) => {
      const tag = 'v2.0.0';
      if (existing) arrange(fake, tag, { links: [] });
      // Both GETs are held and answered together: both runs read "no release" (or "no links") before either writes.
      fake.faults.add(releasedTogether({ method: 'GET', path: /\/releases\/v2\.0\.0$/ }, 2, 3000));
      const [a, b] = await Promise.all([runCli(fake, repo().dir, argsFor(tag, links)), runCli(fake, repo().dir, argsFor(tag, links))]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(fake.faults.pending()).toBe(0);
      const log = toolLog(fake);
      const why = `${log.join('\n')}\n--- a\n${a.stderr}\n--- b\n${b.stderr}`;
      // The race was real: both runs wrote the same thing, and GitLab refused the second one.
      if (existing) {
        expect(log.filter((l) => /^POST \/releases\/v2\.0\.0\/assets\/links 201$/.test(l)), why).toHaveLength(2);
        expect(log.filter((l) => /^POST \/releases\/v2\.0\.0\/assets\/links 400$/.test(l)).length, why).toBeGreaterThanOrEqual(1);
      } else {
        expect(log.filter((l) => l === 'POST /releases 201'), why).toHaveLength(1);
        expect(log.filter((l) => l === 'POST /releases 409'), why).toHaveLength(1);
      }
      expect(releaseProblems(fake, wanted(tag, links ?? [], existing ? ARRANGED_TAG_MESSAGE : TAG_MESSAGE))).toEqual([]);
      expect(fake.state.releases()).toHaveLength(1);
      const results = [outputOf(a)?.result, outputOf(b)?.result].sort();
      expect(results).toContain(existing ? 'updated' : 'created');
      // The loser re-read and found the winner's release: at most an update, never a second create.
      expect(results.filter((r) => r === 'created').length).toBeLessThanOrEqual(1);
      fake.reset();
      const again = await runCli(fake, repo().dir, argsFor(tag, links));
      expect(outputOf(again)?.result, again.stderr).toBe('unchanged');
      expect(writesOf(fake)).toEqual([]);
    });
  });
});

describe('someone else changes the release between plan and apply', () => {
  it.concurrent('the release is deleted while our PUT is on its way: re-read, re-created on the existing tag', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.0.0';
      arrange(fake, tag, { name: 'Old name', links: [LINUX] });
      const held = interfereBeforeWrite(fake, { method: 'PUT', path: /\/releases\/v3\.0\.0$/, change: () => fake.state.deleteRelease(tag) });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX]));
      await held;
      expect(run.code, run.stderr).toBe(0);
      expect(outputOf(run)?.result).toBe('created');
      // GitLab's 403 to a PUT on a tag without a release → read again → create; never a blind POST.
      expect(toolLog(fake)).toEqual([
        'GET /releases/v3.0.0 200', 'PUT /releases/v3.0.0 403', 'GET /releases/v3.0.0 404', 'POST /releases 201', 'POST /releases/v3.0.0/evidence 202',
      ]);
      expect(run.stderr).toMatch(/warning: .*403.*reading the release again/);
      // The tag was already there: GitLab kept it as it was (commit and message).
      expect(releaseProblems(fake, wanted(tag, [LINUX], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });

  it.concurrent('the release is deleted while our link create is on its way: re-read, created with its links', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.1.0';
      arrange(fake, tag, { links: [LINUX] });
      const held = interfereBeforeWrite(fake, { method: 'POST', path: /\/assets\/links$/, change: () => fake.state.deleteRelease(tag) });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX, DOCS]));
      await held;
      expect(run.code, run.stderr).toBe(0);
      expect(toolLog(fake)).toEqual([
        'GET /releases/v3.1.0 200', 'POST /releases/v3.1.0/assets/links 404', 'GET /releases/v3.1.0 404', 'POST /releases 201', 'POST /releases/v3.1.0/evidence 202',
      ]);
      expect(releaseProblems(fake, wanted(tag, [LINUX, DOCS], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });

  it.concurrent('a link renamed and re-pointed by someone else while our update of it is on its way: converges to ours', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.2.0';
      arrange(fake, tag, { links: [{ ...LINUX, url: 'https://dl.example.com/app-linux-0.9.tgz' }, DOCS] });
      const linkId = fake.state.release(tag)!.links.find((l) => l.name === 'linux')!.id;
      let theirs = '';
      const held = interfereBeforeWrite(fake, {
        method: 'PUT', path: /\/assets\/links\/\d+$/,
        change: () => {
          const edited = fake.state.editLink(tag, linkId, { name: 'linux-by-someone', url: 'https://elsewhere.example.com/linux', link_type: 'other' });
          theirs = `${edited.name} ${edited.url}`;
        },
      });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX, DOCS]));
      await held;
      expect(theirs).toBe('linux-by-someone https://elsewhere.example.com/linux');
      expect(run.code, run.stderr).toBe(0);
      // The PUT carries every field of the link (name, URL, type, path), so it lands on the wanted link.
      expect(fake.writes().find((r) => r.method === 'PUT')!.body).toMatchObject({ name: 'linux', url: LINUX.url, link_type: 'package', direct_asset_path: '/bin/app-linux' });
      expect(releaseProblems(fake, wanted(tag, [LINUX, DOCS], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });

  it.concurrent('someone adds a link with the name we are about to create: "has already been taken", re-read, updated in place', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.3.0';
      arrange(fake, tag, { links: [LINUX] });
      const held = interfereBeforeWrite(fake, {
        method: 'POST', path: /\/assets\/links$/,
        change: () => fake.state.addLink(tag, { name: 'docs', url: 'https://someone.example.com/docs' }),
      });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX, DOCS]));
      await held;
      expect(run.code, run.stderr).toBe(0);
      expect(toolLog(fake)).toEqual([
        'GET /releases/v3.3.0 200', 'POST /releases/v3.3.0/assets/links 400', 'GET /releases/v3.3.0 200', expect.stringMatching(/^PUT \/releases\/v3\.3\.0\/assets\/links\/\d+ 200$/),
      ]);
      expect(releaseProblems(fake, wanted(tag, [LINUX, DOCS], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });

  it.concurrent('a link deleted by someone else while our update of it is on its way: re-read, re-created', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.4.0';
      arrange(fake, tag, { links: [{ ...LINUX, url: 'https://dl.example.com/app-linux-0.9.tgz' }, DOCS] });
      const linkId = fake.state.release(tag)!.links.find((l) => l.name === 'linux')!.id;
      let deleted: Promise<number> | undefined;
      const held = interfereBeforeWrite(fake, {
        method: 'PUT', path: /\/assets\/links\/\d+$/,
        change: () => { deleted = asSomeoneElse(fake, 'DELETE', `/releases/${tag}/assets/links/${linkId}`); },
      });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX, DOCS]));
      await held;
      expect(await deleted).toBe(200);
      expect(run.code, run.stderr).toBe(0);
      expect(toolLog(fake)).toEqual([
        'GET /releases/v3.4.0 200', `PUT /releases/v3.4.0/assets/links/${linkId} 404`, 'GET /releases/v3.4.0 200', 'POST /releases/v3.4.0/assets/links 201',
      ]);
      expect(outputOf(run)?.result).toBe('updated');
      expect(releaseProblems(fake, wanted(tag, [LINUX, DOCS], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });

  it.concurrent('someone deletes the extra link we are about to prune: 404, re-read, nothing left to do', async ({ expect }) => {
    await withFake(async (fake) => {
      const tag = 'v3.5.0';
      arrange(fake, tag, { links: [LINUX, DOCS, STALE] });
      const staleId = fake.state.release(tag)!.links.find((l) => l.name === 'stale')!.id;
      let deleted: Promise<number> | undefined;
      const held = interfereBeforeWrite(fake, {
        method: 'DELETE', path: /\/assets\/links\/\d+$/,
        change: () => { deleted = asSomeoneElse(fake, 'DELETE', `/releases/${tag}/assets/links/${staleId}`); },
      });
      const run = await runCli(fake, repo().dir, argsFor(tag, [LINUX, DOCS], ['--prune-links']));
      await held;
      expect(await deleted).toBe(200);
      expect(run.code, run.stderr).toBe(0);
      expect(toolLog(fake)).toEqual([
        'GET /releases/v3.5.0 200', `DELETE /releases/v3.5.0/assets/links/${staleId} 404`, 'GET /releases/v3.5.0 200',
      ]);
      // Someone else deleted it, not this run: nothing was changed by the run.
      expect(outputOf(run)?.result).toBe('unchanged');
      expect(releaseProblems(fake, wanted(tag, [LINUX, DOCS], ARRANGED_TAG_MESSAGE))).toEqual([]);
    });
  });
});
