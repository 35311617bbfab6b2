// Every error code the tool can raise is listed, with its meaning, in the README's error catalogue.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error catalogue', () => {
  it('lists every E_ code used in src/ in the README', () => {
    const codes = new Set(sources(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(E_[A-Z_]+)'/g)].map((m) => m[1]!)));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = [...codes].filter((code) => !readme.includes(`\`${code}\``));
    expect(codes.size).toBeGreaterThan(10);
    expect(missing, 'add these codes to the README error catalogue').toEqual([]);
  });
});
