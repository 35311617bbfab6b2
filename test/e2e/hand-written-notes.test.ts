/**
 * Issue 11, item 1: what a person wrote is never lost. GitLab keeps no history of descriptions,
 * so the default notes-mode replaces only the block forge-release marked as its own; a description
 * someone else wrote is kept (with a warning) unless the user chooses overwrite, and a dry run
 * shows the description change as a diff. The bundled CLI as a process against the fake GitLab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endMarker, ourNotes, startMarker } from '../../src/notes/merge.js';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

/** Several CLI processes in a row: on a loaded two-core runner 30 s is too tight for the whole test. */
const RUNS_IN_A_ROW = { timeout: 120_000 };
const TOKEN = 'glpat-dev-token-000000000000';
const HAND_WRITTEN = 'Our biggest release yet.\n\nThanks to everyone who tested the betas!';

let repo: TempRepo;
let fake: FakeGitLab;

beforeAll(() => {
  repo = createTempRepo('forge-notes-');
  repo.commit('feat: first feature');
  repo.tag('v0.1.0');
  repo.commit('fix(api): handle empty pages (#12)');
  repo.commit('feat: export to CSV');
  repo.tag('v1.0.0');
});
afterAll(() => repo.remove());

beforeEach(async () => {
  fake = await startFakeGitLab({ repoDir: repo.dir });
});
afterEach(async () => fake.close());

function cli(args: string[]): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--tag', 'v1.0.0', '--json', ...args], { cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN } });
}

function succeeded(result: ProcessResult): Record<string, unknown> {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const description = () => fake.state.release('v1.0.0')?.description;
const descriptionWrites = () => fake.writes().filter((r) => (r.body as Record<string, unknown> | undefined)?.description !== undefined);

describe('a release whose description a person wrote', RUNS_IN_A_ROW, () => {
  beforeEach(() => {
    fake.state.createRelease({ tag: 'v1.0.0', name: 'v1.0.0', description: HAND_WRITTEN });
  });

  it('keeps it by default: no description is sent, and a warning names the choices', async () => {
    const result = await cli([]);
    expect(succeeded(result)).toMatchObject({ result: 'unchanged' });
    expect(description()).toBe(HAND_WRITTEN);
    expect(descriptionWrites()).toEqual([]);
    expect(result.stderr).toContain('has a description forge-release did not write: it is kept as it is');
    expect(result.stderr).toContain('notes-mode overwrite');
  });

  it('a dry run of overwrite shows the change as a readable diff, then overwrite replaces it', async () => {
    const dry = await cli(['--notes-mode', 'overwrite', '--dry-run']);
    expect(succeeded(dry)).toMatchObject({ result: 'planned' });
    expect(dry.stderr).toMatch(/~ description {2}3 lines, \d+ characters → \d+ lines, \d+ characters:/);
    expect(dry.stderr).toMatch(/@@ -1,3 \+1,\d+ @@/);
    expect(dry.stderr).toContain('- Our biggest release yet.');
    expect(dry.stderr).toContain('- Thanks to everyone who tested the betas!');
    expect(dry.stderr).toContain(`+ ${startMarker('v1.0.0')}`);
    expect(dry.stderr).toContain('+ * **api:** handle empty pages');
    expect(dry.stderr).not.toMatch(/^\s*~ description .*characters$/m); // never sizes alone
    expect(fake.writes()).toEqual([]);

    expect(succeeded(await cli(['--notes-mode', 'overwrite']))).toMatchObject({ result: 'updated' });
    expect(description()).not.toContain('Our biggest release');
    expect(ourNotes(description()!, 'v1.0.0')).toContain('export to CSV');
  });

  it('append adds the notes under it once; a re-run and a switch back to replace change nothing', async () => {
    expect(succeeded(await cli(['--notes-mode', 'append']))).toMatchObject({ result: 'updated' });
    const appended = description()!;
    expect(appended.startsWith(`${HAND_WRITTEN}\n\n${startMarker('v1.0.0')}\n`)).toBe(true);
    fake.reset();
    expect(succeeded(await cli(['--notes-mode', 'append']))).toMatchObject({ result: 'unchanged' });
    expect(succeeded(await cli([]))).toMatchObject({ result: 'unchanged' });
    expect(fake.writes()).toEqual([]);
    expect(description()).toBe(appended);
  });
});

describe('a release forge-release wrote', RUNS_IN_A_ROW, () => {
  it('is marked in the default mode, so switching to append or prepend never duplicates the notes', async () => {
    expect(succeeded(await cli([]))).toMatchObject({ result: 'created' });
    const created = description()!;
    expect(created.startsWith(`${startMarker('v1.0.0')}\n`)).toBe(true);
    expect(created.endsWith(`\n${endMarker('v1.0.0')}`)).toBe(true);
    fake.reset();
    for (const mode of ['append', 'prepend', 'replace']) {
      expect(succeeded(await cli(['--notes-mode', mode]))).toMatchObject({ result: 'unchanged' });
    }
    expect(fake.writes()).toEqual([]);
    expect(description()).toBe(created);
  });

  it('replace changes only its own block and keeps what a person added around it', async () => {
    succeeded(await cli(['--description', 'First notes']));
    const release = fake.state.release('v1.0.0')!;
    release.description = `Read this first.\n\n${release.description}\n\nEdited by hand after the release.`;
    const dry = await cli(['--description', 'Second notes', '--dry-run']);
    expect(dry.stderr).toContain('- First notes');
    expect(dry.stderr).toContain('+ Second notes');
    expect(dry.stderr).toContain('  Read this first.'.trimEnd());
    expect(succeeded(await cli(['--description', 'Second notes']))).toMatchObject({ result: 'updated' });
    expect(description()).toBe(`Read this first.\n\n${startMarker('v1.0.0')}\nSecond notes\n${endMarker('v1.0.0')}\n\nEdited by hand after the release.`);
  });
});

describe('a release an older forge-release wrote without markers', RUNS_IN_A_ROW, () => {
  it('is recognised as its own notes: unchanged in every mode, never duplicated', async () => {
    const notesFile = join(repo.dir, 'notes.md');
    succeeded(await cli(['--dry-run', '--notes-file', notesFile]));
    const generated = ourNotes(readFileSync(notesFile, 'utf8').trimEnd(), 'v1.0.0')!;
    expect(generated).toContain('export to CSV');
    fake.state.createRelease({ tag: 'v1.0.0', name: 'v1.0.0', description: generated });
    for (const mode of ['replace', 'append', 'prepend']) {
      const result = await cli(['--notes-mode', mode]);
      expect(succeeded(result)).toMatchObject({ result: 'unchanged' });
      expect(result.stderr).not.toContain('did not write');
    }
    expect(descriptionWrites()).toEqual([]);
    expect(description()).toBe(generated);
  });
});
