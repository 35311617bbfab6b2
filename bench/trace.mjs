// Scenario 2's breakdown: where each millisecond of the newest release's dry run goes, from a
// timeline that bench/trace-hook.mjs records inside the process (Node's boot, loading the bundle,
// each git process, the JavaScript between and after them). Medians per phase over interleaved runs.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runOnce } from './measure.mjs';
import { ms } from './table.mjs';
import { cleanEnv } from './tools.mjs';

/** One run's phases as [label, ms, detail] in the order they happen. */
export function phasesOf(trace) {
  const phases = [['node boot (process start → first JavaScript)', trace.booted, '']];
  const git = [...trace.git].sort((a, b) => a.start - b.start);
  const firstGit = git[0]?.start ?? trace.exit;
  const loaded = trace.loads.filter((l) => l.at < firstGit).map((l) => fileURLToPath(l.url));
  const loadedBytes = loaded.reduce((sum, file) => sum + statSync(file).size, 0);
  phases.push(['load the bundle, parse inputs (→ first git)', firstGit - trace.booted, `${loaded.length} files, ${Math.round(loadedBytes / 1024)} kB`]);
  let free = firstGit; // when the last git process so far ended
  git.forEach((g, i) => {
    if (i > 0 && g.start > free) phases.push([`JavaScript before git #${i + 1}`, g.start - free, '']);
    const overlap = g.start < free ? `; runs beside the one before (${ms(free - g.start)} overlap)` : '';
    phases.push([`git #${i + 1}: git ${g.args.slice(0, 60)}`, g.end - g.start, `from +${ms(g.start)}${overlap}`]);
    free = Math.max(free, g.end);
  });
  const later = trace.loads.filter((l) => l.at >= firstGit).length;
  phases.push(['after the last git: notes, output, exit', trace.exit - free, later ? `${later} more files loaded during the run` : '']);
  phases.push(['total inside the process', trace.exit, `${git.length} git processes`]);
  return phases;
}

/** Table rows: the median of each phase over `runs` traced runs (after one warm-up). */
export function traceBreakdown({ node, dist, repo, tag, runs, scenario }) {
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-trace-'));
  try {
    const file = join(dir, 'trace.json');
    const command = {
      label: 'forge --trace', cmd: node, cwd: repo, env: cleanEnv({ FORGE_BENCH_TRACE: file }),
      args: ['--import', join(import.meta.dirname, 'trace-hook.mjs'), join(dist, 'cli.js'), '--dry-run', '--tag', tag, '--cwd', repo],
    };
    runOnce(command);
    const samples = new Map();
    for (let i = 0; i < runs; i++) {
      runOnce(command);
      for (const [label, value, detail] of phasesOf(JSON.parse(readFileSync(file, 'utf8')))) {
        const entry = samples.get(label) ?? { values: [], detail };
        entry.values.push(value);
        samples.set(label, entry);
      }
    }
    return [...samples].map(([label, { values, detail }]) => ({
      scenario, subject: label, value: ms(median(values)), detail: `${detail}${values.length < runs ? ` (in ${values.length} of ${runs} runs)` : ''}`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
