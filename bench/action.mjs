// Scenario 7 (issue 14): the action's cold path. `node dist/index.js` as a runner starts it (every
// input of action.yml as INPUT_<NAME> with its default, the workflow's files) next to
// `node dist/cli.js`, both on the newest release's offline dry run, interleaved. Budget ≤ 1.2× the CLI.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compare } from './measure.mjs';
import { ms, ratio } from './table.mjs';
import { REPO_ROOT, cleanEnv } from './tools.mjs';

export const ACTION_RATIO = 1.2;

function actionEnv(runner, given) {
  const { inputs } = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'));
  const env = cleanEnv({ GITHUB_ACTIONS: 'true', CI: 'true', RUNNER_TEMP: runner, GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary') });
  for (const [name, spec] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = given[name] ?? String(spec.default ?? '');
  return env;
}

export function actionColdPath({ node, dist, repo, tag, quick }) {
  const runner = mkdtempSync(join(tmpdir(), 'forge-bench-runner-'));
  try {
    const env = actionEnv(runner, { tag, 'dry-run': 'true' });
    const reset = () => { writeFileSync(env.GITHUB_OUTPUT, ''); writeFileSync(env.GITHUB_STEP_SUMMARY, ''); };
    reset();
    const r = compare([
      { label: 'action', cmd: node, args: [join(dist, 'index.js')], cwd: repo, env },
      { label: 'cli', cmd: node, args: [join(dist, 'cli.js'), '--dry-run', '--tag', tag, '--cwd', repo], cwd: repo, env: cleanEnv() },
    ], { runs: quick ? 5 : 15, warmups: 2 });
    const [action, cli] = [r.get('action').median, r.get('cli').median];
    const notes = (text) => text.split('\n').filter((l) => l.startsWith('* ')).length;
    return [
      { scenario: '7 action cold path', subject: 'node dist/cli.js --dry-run', value: ms(cli), detail: `${notes(r.get('cli').last.stderr)} entries` },
      {
        scenario: '7 action cold path', subject: 'node dist/index.js (dry-run input)', value: ms(action),
        detail: `${notes(r.get('action').last.stdout + r.get('action').last.stderr)} entries; ${ratio(action, cli)} the CLI`, budget: `≤ ${ACTION_RATIO.toFixed(2)}× CLI`, pass: action / cli <= ACTION_RATIO,
      },
    ];
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}
