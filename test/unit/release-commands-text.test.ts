/** The pure parts of the release commands: SHA256SUMS parsing, tables, the routing words. */
import { describe, expect, it } from 'vitest';
import { parseChecksums } from '../../src/commands/checksums.js';
import { isCommandName } from '../../src/commands/names.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { table } from '../../src/commands/table.js';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);

describe('parseChecksums', () => {
  it('reads text and binary mode lines, CRLF, ./ and directory prefixes; skips anything else', () => {
    const sums = parseChecksums(`${A}  app.tar.gz\r\n${B} *./bin/tool\n# comment\nnot a line\n\n${'c'.repeat(63)}  short\n`);
    expect([...sums]).toEqual([['app.tar.gz', A], ['tool', B.toLowerCase()]]);
  });
});

describe('table', () => {
  it('pads every column but the last, two spaces apart', () => {
    expect(table(['TAG', 'URL'], [['v1.10.0', 'https://a'], ['v2', '']])).toBe('TAG      URL\nv1.10.0  https://a\nv2');
  });
});

describe('command words', () => {
  it('routes exactly the registered commands; `release` and flags stay with the release step', () => {
    expect(COMMANDS.map((c) => c.name).filter(isCommandName)).toEqual(['list', 'show', 'latest', 'download', 'delete']);
    for (const word of ['release', '--dry-run', undefined, 'lists']) expect(isCommandName(word)).toBe(false);
  });
});
