/** Runs a bundled entry (dist/cli.js or dist/index.js) as a real process, the way users and runners do. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** FORGE_DIST_DIR lets parallel work test a private build; the suite proper uses the committed dist/. */
export const DIST_DIR = resolve(REPO_ROOT, process.env.FORGE_DIST_DIR ?? 'dist');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBundle(entry: 'cli.js' | 'index.js', args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(DIST_DIR, entry), ...args], {
      cwd: options.cwd,
      // A clean environment: the developer's or CI's own GITLAB_TOKEN / CI_* must not leak into a test.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, stdout, stderr });
    });
  });
}
