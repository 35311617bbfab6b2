/**
 * README.md: its generated tables are current (FORGE_UPDATE_SURFACES=1 fills them), and it opens
 * with the two commands a fresh machine runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_TABLES, fillReadmeTables } from '../../scripts/surfaces/readme-tables.js';

const README = resolve(import.meta.dirname, '../../README.md');
if (process.env.FORGE_UPDATE_SURFACES === '1') writeFileSync(README, fillReadmeTables(readFileSync(README, 'utf8')));
const readme = readFileSync(README, 'utf8');

describe('README.md', () => {
  it('carries every generated table, current', () => {
    for (const marker of README_TABLES) expect(readme, marker).toMatch(new RegExp(`<!-- ${marker}:start -->\\n\\| `));
    expect(readme).toBe(fillReadmeTables(readme));
  });

  it('opens with the main job and the test suite', () => {
    const first = readme.split('```')[1] ?? '';
    expect(first).toContain('npm ci && npm run dry-run');
    expect(first).toContain('npm ci && npm test');
  });
});
