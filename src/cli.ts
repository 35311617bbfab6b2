#!/usr/bin/env node
// npx forge-release. --version and --help load nothing but the option table: cold start is budgeted.
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else if (argv.includes('--help') || argv.includes('-h')) {
  const { helpText } = await import('./cli/help.js');
  process.stdout.write(`${helpText()}\n`);
} else {
  const { runCli } = await import('./hosts/terminal.js');
  process.exitCode = await runCli(argv);
}
