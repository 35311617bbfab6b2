// `node --import ./trace-hook.mjs dist/cli.js …`: a `--trace`-style timeline of one run, written as
// JSON to $FORGE_BENCH_TRACE at exit: when Node had booted (this hook is the first code to run),
// when each module file of the bundle was loaded, when each git process started and ended, and
// when the process exited. The bundle reaches child_process through require(), so wrapping the
// module object's spawn/execFile here sees every git the run starts.
import childProcess from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

const out = process.env.FORGE_BENCH_TRACE;
if (out) {
  const trace = { booted: performance.now(), loads: [], git: [], exit: undefined };
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:') && !url.endsWith('trace-hook.mjs')) trace.loads.push({ url, at: performance.now() });
      return nextLoad(url, context);
    },
  });
  const record = (args, child) => {
    const entry = { args: args.slice(0, 2).join(' '), start: performance.now(), end: undefined };
    trace.git.push(entry);
    child.once('exit', () => { entry.end = performance.now(); });
    return child;
  };
  const { spawn, execFile } = childProcess;
  childProcess.spawn = (cmd, args, ...rest) => (cmd === 'git' ? record(args, spawn(cmd, args, ...rest)) : spawn(cmd, args, ...rest));
  childProcess.execFile = (cmd, args, ...rest) => (cmd === 'git' ? record(args, execFile(cmd, args, ...rest)) : execFile(cmd, args, ...rest));
  process.once('exit', () => {
    trace.exit = performance.now();
    writeFileSync(out, JSON.stringify(trace));
  });
}
