/**
 * The CLI's host in this process (src/hosts/terminal.ts runCli): the same flow as dist/cli.js
 * against the fake GitLab, on the current src/, with faults and requests inspected directly. The
 * spawned-bundle tests stay for what only a process shows (exit codes, the bundle itself).
 */
import { runCli } from '../../src/hosts/terminal.js';
import type { ProcessResult } from './run-bundle.js';

export async function runCliInProcess(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  // A clean environment, as runBundle gives a child: the developer's own GITLAB_TOKEN must not leak in.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  const code = await runCli(['--cwd', options.cwd, ...argv], env, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}
