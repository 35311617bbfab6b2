/**
 * Keeps the conformance suite complete: every scenario of §7 of the behaviour sheet (vendored as
 * test/vendor/gitlab/releases-api-scenarios.md) has a test named
 * `<section letter><number> …` in test/contract/fake-gitlab-*.test.ts, or a reason here why the
 * fake does not model it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVendored } from '../support/vendored.js';

export const NOT_MODELLED: Record<number, string> = {
  83: 'The changelog endpoints (§2.15) need GitLab\'s changelog generator (trailers, templates, config file); '
    + 'the fake does not serve them, and a job-token release run must not depend on them.',
};

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const CONTRACT_DIR = resolve(REPO_ROOT, 'test', 'contract');

/** Scenario number → section letter, from `### A. …` headings and `12. **Title.**` lines of §7. */
function sheetScenarios(): Map<number, string> {
  const text = readVendored('gitlab/releases-api-scenarios.md');
  const start = text.indexOf('## 7. Conformance scenarios');
  const end = text.indexOf('\n## 8.', start);
  const scenarios = new Map<number, string>();
  let section = '';
  for (const line of text.slice(start, end === -1 ? undefined : end).split('\n')) {
    const heading = /^### ([A-Z])\. /.exec(line);
    if (heading) section = heading[1]!;
    const scenario = /^(\d+)\. \*\*/.exec(line);
    if (scenario) scenarios.set(Number(scenario[1]), section);
  }
  return scenarios;
}

/** Scenario number → the section letters of the tests named after it ("A7 duplicate …"). */
function testedScenarios(): Map<number, string[]> {
  const tested = new Map<number, string[]>();
  for (const file of readdirSync(CONTRACT_DIR).filter((name) => /^fake-gitlab-.*\.test\.ts$/.test(name))) {
    const source = readFileSync(join(CONTRACT_DIR, file), 'utf8');
    for (const match of source.matchAll(/\bit\(\s*['"`]([A-H])(\d+) /g)) {
      const number = Number(match[2]);
      tested.set(number, [...(tested.get(number) ?? []), match[1]!]);
    }
  }
  return tested;
}

describe('§7 coverage', () => {
  it('the sheet has the 86 scenarios this suite was written against', () => {
    const numbers = [...sheetScenarios().keys()];
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(86);
  });

  it('every scenario has exactly one test under its section letter, or a NOT_MODELLED reason', () => {
    const tested = testedScenarios();
    const problems: string[] = [];
    for (const [number, section] of sheetScenarios()) {
      const letters = tested.get(number) ?? [];
      if (NOT_MODELLED[number] !== undefined) {
        if (letters.length > 0) problems.push(`${number} is tested but listed as NOT_MODELLED`);
      } else if (letters.length !== 1 || letters[0] !== section) {
        problems.push(`${number} (section ${section}) has tests [${letters.join(', ')}]`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every NOT_MODELLED entry names a scenario of the sheet and gives a reason', () => {
    const scenarios = sheetScenarios();
    for (const [number, reason] of Object.entries(NOT_MODELLED)) {
      expect(scenarios.has(Number(number))).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
