// Runs commands as real processes and times them: warm-ups, then rounds in which every command of a
// comparison runs once (rotating the order, so no command always runs first or last), medians.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`) in one extra run per command: the largest
// resident set of any process of the run (node itself, or a git it spawned).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export function median(values) {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One run of { cmd, args, cwd, env }; throws when the command fails (a measurement error). */
export function runOnce(command) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command.cmd, command.args, {
    cwd: command.cwd, env: command.env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`${command.label}: ${why}\n${String(result.stderr ?? '').trim().split('\n').slice(-5).join('\n')}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/** Peak RSS in bytes of one run, or undefined where GNU time is missing. */
export function peakRss(command) {
  if (!existsSync(GNU_TIME)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-rss-'));
  try {
    const file = join(dir, 'rss');
    runOnce({ ...command, cmd: GNU_TIME, args: ['-f', '%M', '-o', file, command.cmd, ...command.args] });
    return Number(readFileSync(file, 'utf8').trim().split('\n').at(-1)) * 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times commands side by side. Returns, per label: { median, min, max, samples, rss, last } where
 * `last` is the last run's { stdout, stderr } (to check that every tool did the same work).
 */
export function compare(commands, { runs, warmups = 1, rss = false }) {
  const results = new Map(commands.map((c) => [c.label, { samples: [], last: undefined, rss: undefined }]));
  for (let w = 0; w < warmups; w++) for (const c of commands) runOnce(c);
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < commands.length; i++) {
      const c = commands[(i + round) % commands.length];
      const r = runOnce(c);
      const entry = results.get(c.label);
      entry.samples.push(r.ms);
      entry.last = r;
    }
  }
  for (const c of commands) if (rss || c.rss) results.get(c.label).rss = peakRss(c);
  for (const entry of results.values()) {
    entry.median = median(entry.samples);
    entry.min = Math.min(...entry.samples);
    entry.max = Math.max(...entry.samples);
  }
  return results;
}
