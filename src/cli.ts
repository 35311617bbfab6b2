#!/usr/bin/env node
// npx forge-release. The runtime is checked first; everything else loads lazily after it, so an
// old Node gets one clear line instead of a failure deep in a dependency. --version and --help
// load nothing but the option table: cold start is budgeted.
import { enableCompileCache } from './compile-cache.js';
import { keepYoungGenerationSmall } from './young-generation.js';
import { isCommandName } from './commands/names.js';
import { runtimeProblem } from './runtime-floor.js';
import { VERSION } from './version.js';

const words = process.argv.slice(2);
// `release` (or no command word) is the release step; list, show, … are the commands over existing releases.
const argv = words[0] === 'release' ? words.slice(1) : words;
const tooOld = runtimeProblem(process.versions.node, process.execPath);
if (tooOld) {
  process.stderr.write(`error E_RUNTIME: ${tooOld}\n`);
  process.exitCode = 2;
} else {
  // Before any lazy import: every module loaded below is then compiled once per machine.
  enableCompileCache();
  keepYoungGenerationSmall();
  process.exitCode = await run();
}

async function run(): Promise<number> {
  if (isCommandName(words[0])) {
    const { runCommand } = await import('./commands/dispatch.js');
    return runCommand(words[0], words.slice(1));
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    // `help` and `-h` as most CLIs take them; `-v` as well as `--version`.
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    const { helpText } = await import('./cli/help.js');
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const { runCli } = await import('./hosts/terminal.js');
  return runCli(argv);
}
