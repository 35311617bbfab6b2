/**
 * Tests validate against vendored copies of public schemas and GitLab's scenario list; this keeps
 * each copy present, intact (the sha256 its README row records) and usable as a schema, and shows
 * that a copy that cannot be read fails loudly instead of leaving a suite with nothing to check.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { VENDOR_DIR, readVendored, vendoredSchema, type VendoredSchema } from '../support/vendored.js';

/** README rows: `| \`file\` | source | version | licence | \`sha256\` |`. */
function readmeRows(): { file: string; licence: string; sha256: string }[] {
  return readVendored('README.md').split('\n')
    .map((line) => /^\| `([^`]+)` \|.*\| ([^|]+) \| `([0-9a-f]{64})` \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1]!, licence: m[2]!.trim(), sha256: m[3]! }));
}

const SCHEMAS: VendoredSchema[] = ['github-action', 'github-workflow', 'gitlab-ci'];

describe('test/vendor', () => {
  it('lists every vendored file in its README with a licence and a sha256 that matches', () => {
    const rows = readmeRows();
    const onDisk = readdirSync(VENDOR_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'README.md')
      .map((e) => join(e.parentPath, e.name).slice(VENDOR_DIR.length + 1)).sort();
    expect(rows.map((r) => r.file).sort()).toEqual(onDisk);
    for (const row of rows) {
      expect(row.licence.length, row.file).toBeGreaterThan(2);
      expect(createHash('sha256').update(readVendored(row.file)).digest('hex'), row.file).toBe(row.sha256);
    }
  });

  it('holds the three schemas, each one Ajv compiles', () => {
    for (const name of SCHEMAS) {
      const schema = vendoredSchema(name);
      expect(schema, name).toHaveProperty('$schema', 'http://json-schema.org/draft-07/schema#');
      expect(typeof new Ajv({ strict: false }).compile(schema), name).toBe('function');
    }
  });

  it('holds the 86 numbered scenarios of the behaviour sheet under sections A to H', () => {
    const text = readVendored('gitlab/releases-api-scenarios.md');
    expect([...text.matchAll(/^### ([A-Z])\. /gm)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect([...text.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 86 }, (_, i) => i + 1));
  });

  describe('a schema that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-vendor-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fails with the file and the fix when it is missing', () => {
      expect(() => vendoredSchema('gitlab-ci', dir)).toThrow(/schemas\/gitlab-ci\.json cannot be read \(ENOENT\).*test\/vendor\/README\.md/);
    });

    it('fails when it is not JSON', () => {
      mkdirSync(join(dir, 'schemas'));
      writeFileSync(join(dir, 'schemas', 'github-action.json'), '<html>rate limited</html>');
      expect(() => vendoredSchema('github-action', dir)).toThrow(/schemas\/github-action\.json is not JSON/);
    });
  });
});
