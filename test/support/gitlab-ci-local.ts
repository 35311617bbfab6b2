/**
 * Runs a pipeline with gitlab-ci-local, without Docker: --force-shell-executor runs every job in
 * bash on this machine (images are ignored), --shell-isolation gives each job its own rsync'ed copy
 * of the checkout, as a runner's fresh clone would be. Variables play the CI/CD and predefined
 * variables GitLab would set; the environment is otherwise clean, so this machine's GITLAB_TOKEN
 * or CI_* cannot reach a job.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GCL = resolve(import.meta.dirname, '../../node_modules/gitlab-ci-local/dist/index.js');

export interface PipelineRun {
  code: number;
  output: string;
  /** The dotenv report a job left, as gitlab-ci-local hands it to later jobs. */
  dotenv(job: string, file?: string): Record<string, string>;
  log(job: string): string;
}

export interface PipelineOptions {
  home: string;
  variables: Record<string, string>;
  inputs?: Record<string, string>;
  /** Only these jobs (default: the whole pipeline). */
  jobs?: string[];
  timeoutMs: number;
}

/** gitlab-ci-local copies checkouts and artifacts with rsync (.ci/run installs it). */
export const hasRsync = (): boolean => spawnSync('rsync', ['--version']).status === 0;

export function runPipeline(dir: string, options: PipelineOptions): Promise<PipelineRun> {
  const { home, variables, inputs = {}, jobs = [], timeoutMs } = options;
  const args = [
    GCL, '--cwd', '.', '--home', home, '--force-shell-executor', '--shell-isolation', '--no-color',
    `--ignore-predefined-vars=${Object.keys(variables).join(',')}`,
    ...Object.entries(variables).map(([k, v]) => `--variable=${k}=${v}`),
    ...Object.entries(inputs).map(([k, v]) => `--input=${k}=${v}`),
    ...jobs,
  ];
  // Logs and artifacts of an earlier run in this checkout must not pass for this run's.
  const state = join(dir, '.gitlab-ci-local');
  for (const sub of ['output', 'artifacts', 'builds']) rmSync(join(state, sub), { recursive: true, force: true });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH, HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { output += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { output += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({
        code: code ?? -1, output,
        dotenv: (job, file = 'release.env') => {
          const path = join(state, 'artifacts', job, '.gitlab-ci-reports', 'dotenv', file);
          return existsSync(path) ? parseDotenv(readFileSync(path, 'utf8')) : {};
        },
        log: (job) => readFileSync(join(state, 'output', `${job}.log`), 'utf8'),
      });
    });
  });
}

function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(text.trimEnd().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/** The pipeline as gitlab-ci-local resolves it (includes, components and inputs expanded). */
export function previewPipeline(dir: string, home: string, variables: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [GCL, '--cwd', '.', '--home', home, '--preview', '--no-color',
    `--ignore-predefined-vars=${Object.keys(variables).join(',')}`, ...Object.entries(variables).map(([k, v]) => `--variable=${k}=${v}`)],
    { cwd: dir, env: { PATH: process.env.PATH, HOME: home }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gitlab-ci-local --preview failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}
