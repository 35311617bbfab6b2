/**
 * The only place that runs git. Always execFile/spawn (never a shell), so a tag or ref can never
 * change what runs; callers put `--end-of-options` before any user-supplied ref.
 */
import { execFile, spawn } from 'node:child_process';
import { ReleaseError } from '../errors.js';
import { mention } from '../option-mention.js';

export interface GitOptions {
  cwd: string;
  /** Exit codes that are answers, not failures (e.g. 1 for `merge-base --is-ancestor`). */
  okCodes?: number[];
}

export interface GitResult {
  stdout: string;
  code: number;
}

// Keep git from paging, prompting or translating messages we may show to users.
const GIT_ENV = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export function runGit(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: options.cwd, env: GIT_ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (!error || options.okCodes?.includes(code)) return resolve({ stdout, code });
        reject(gitFailure(args, code, stderr || error.message, options.cwd));
      });
  });
}

/** stdout of a git command that must succeed. */
export async function git(args: string[], options: GitOptions): Promise<string> {
  return (await runGit(args, options)).stdout;
}

/**
 * Streams git's stdout in records split by `separator`, so a 10,000-commit log is never held
 * twice in memory (raw text + parsed commits).
 */
export async function* streamGit(args: string[], options: GitOptions & { separator: string }): AsyncGenerator<string> {
  const child = spawn('git', args, { cwd: options.cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  let pending = '';
  for await (const chunk of child.stdout.setEncoding('utf8')) {
    pending += chunk as string;
    let at = pending.indexOf(options.separator);
    while (at !== -1) {
      yield pending.slice(0, at);
      pending = pending.slice(at + options.separator.length);
      at = pending.indexOf(options.separator);
    }
  }
  const code = await exited;
  if (code !== 0) throw gitFailure(args, code, stderr, options.cwd);
  if (pending.trim() !== '') yield pending;
}

function gitFailure(args: string[], code: number, stderr: string, cwd: string): ReleaseError {
  const notRepo = /not a git repository/i.test(stderr);
  return new ReleaseError(notRepo ? 'E_NOT_A_REPOSITORY' : 'E_GIT',
    notRepo ? `${cwd} is not a git repository` : `git ${args[0]} failed (exit ${code}): ${stderr.trim()}`, {
      hint: notRepo
        ? `Run forge-release inside a clone of the project, or point ${mention('cwd')} at one.`
        : 'Check that the repository is a complete clone and the ref exists (git fetch --tags --unshallow).',
    });
}
