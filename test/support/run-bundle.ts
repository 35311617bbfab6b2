/** Runs a bundled entry (dist/cli.js or dist/index.js) as a real process, the way users and runners do. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error: a plain .mjs build script, shared so the build and the check hash alike.
import { sourceStamp } from '../../scripts/source-stamp.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** FORGE_DIST_DIR lets parallel work test a private build; the suite proper uses the committed dist/. */
export const DIST_DIR = resolve(REPO_ROOT, process.env.FORGE_DIST_DIR ?? 'dist');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

let checkedDist: string | undefined;

/**
 * A bundle built from other sources than src/ would test stale code: editing src/ and running one
 * e2e file must fail loudly, not pass against the committed dist/.
 */
export function assertDistFresh(distDir: string = DIST_DIR): void {
  if (checkedDist === distDir) return;
  const stampFile = resolve(distDir, 'source-stamp.txt');
  const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '(no stamp)';
  const current = (sourceStamp as (root: string) => string)(REPO_ROOT);
  if (built !== current) {
    throw new Error(`${distDir} was not built from the current src/ (stamp ${built.slice(0, 12)}, src/ ${current.slice(0, 12)}): run npm run build first`);
  }
  checkedDist = distDir;
}

export function runBundle(entry: 'cli.js' | 'index.js', args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessResult> {
  assertDistFresh();
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
