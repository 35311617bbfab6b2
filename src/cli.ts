#!/usr/bin/env node
// npx forge-release. --version and --help load nothing but the option table: cold start is budgeted.
import { isCommandName } from './commands/names.js';
import { VERSION } from './version.js';

const words = process.argv.slice(2);
// `release` (or no command word) is the release step; list, show, … are the commands over existing releases.
const argv = words[0] === 'release' ? words.slice(1) : words;
// `help` and `-h` as most CLIs take them; `-v` as well as `--version`.
if (isCommandName(words[0])) {
  const { runCommand } = await import('./commands/dispatch.js');
  process.exitCode = await runCommand(words[0], words.slice(1));
} else if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
  const { helpText } = await import('./cli/help.js');
  process.stdout.write(`${helpText()}\n`);
} else {
  const { runCli } = await import('./hosts/terminal.js');
  process.exitCode = await runCli(argv);
}
