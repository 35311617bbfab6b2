#!/usr/bin/env node
// npx forge-release. --version and --help load nothing but the option table: cold start is budgeted.
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
// `help` and `-h` as most CLIs take them; `-v` as well as `--version`.
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
  const { helpText } = await import('./cli/help.js');
  process.stdout.write(`${helpText()}\n`);
} else {
  const { runCli } = await import('./hosts/terminal.js');
  process.exitCode = await runCli(argv);
}
