/**
 * Our runner protocol must be byte-for-byte what @actions/core (kept as a devDependency for this
 * check only) prints and writes, for hostile values too: newlines, %, colons, commas.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as ours from '../../src/hosts/workflow-commands.js';

const TRICKY = 'line 1\nline 2\r\n100% done: a, b :: c';

function captured(body: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let text = '';
  process.stdout.write = ((chunk: string) => { text += chunk; return true; }) as typeof process.stdout.write;
  try {
    body();
  } finally {
    process.stdout.write = original;
  }
  return text;
}

const dir = mkdtempSync(join(tmpdir(), 'forge-wf-'));
afterEach(() => { delete process.env.GITHUB_OUTPUT; });

describe('workflow commands', () => {
  it.each([
    ['add-mask', () => core.setSecret(TRICKY), () => ours.setSecret(TRICKY)],
    ['warning', () => core.warning(TRICKY), () => ours.warning(TRICKY)],
    ['error with a title', () => core.error(TRICKY, { title: 'E_X: a, b' }), () => ours.error(TRICKY, 'E_X: a, b')],
    ['info', () => core.info(TRICKY), () => ours.info(TRICKY)],
  ])('%s is printed as @actions/core prints it', (_name, theirs, mine) => {
    expect(captured(mine)).toBe(captured(theirs));
  });

  it('groups as @actions/core groups', async () => {
    let mine = '';
    let theirs = '';
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => { mine += chunk; return true; }) as typeof process.stdout.write;
    await ours.group('Phase: one', async () => ours.info('inside'));
    process.stdout.write = ((chunk: string) => { theirs += chunk; return true; }) as typeof process.stdout.write;
    await core.group('Phase: one', async () => core.info('inside'));
    process.stdout.write = original;
    expect(mine).toBe(theirs);
  });

  it('writes outputs in the same name<<delimiter layout (delimiters are random)', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    core.setOutput('notes', TRICKY);
    ours.setOutput('notes', TRICKY, process.env);
    const normalised = readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
    const [theirs, mine] = normalised.split(/(?<=DELIM\n)(?=notes<<)/);
    expect(mine).toBe(theirs);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads inputs as the runner passes them: INPUT_<NAME> with hyphens, trimmed', () => {
    expect(ours.getInput('dry-run', { 'INPUT_DRY-RUN': ' true \n' })).toBe('true');
    expect(ours.getInput('tag', {})).toBe('');
  });
});
