/**
 * action.yml is generated from the option and output tables; this test keeps the committed file
 * equal to the rendering (FORGE_UPDATE_SURFACES=1 rewrites it) and valid for GitHub.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderInputsTable, renderOutputsTable } from '../../scripts/surfaces/markdown-tables.js';
import { renderActionYml } from '../../scripts/surfaces/render-action-yml.js';
import { OUTPUTS, optionsOn, type OptionSpec } from '../../src/options.js';
import { vendoredSchema } from '../support/vendored.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ACTION_YML = resolve(ROOT, 'action.yml');

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default: unknown; required: boolean }>;
  outputs: Record<string, { description: string }>;
  branding: { icon: string; color: string };
}

const rendered = renderActionYml();
if (process.env.FORGE_UPDATE_SURFACES === '1') writeFileSync(ACTION_YML, rendered);
const committed = readFileSync(ACTION_YML, 'utf8');
const action = parse(committed) as ActionYml;

describe('action.yml', () => {
  it('is exactly what the option and output tables render (FORGE_UPDATE_SURFACES=1 to update)', () => {
    expect(committed).toBe(rendered);
  });

  it('is valid against the GitHub action metadata schema', () => {
    const schema = vendoredSchema('github-action');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs dist/index.js on node24 and carries marketplace metadata', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).not.toBe('');
    expect(committed).toMatch(/^name: "/m);
    expect(committed).toMatch(/^author: "/m);
    expect(committed).toMatch(/^description: "/m);
  });

  it('declares every action-surface option, in table order, with a description and a quoted string default', () => {
    const options = optionsOn('action');
    expect(Object.keys(action.inputs)).toEqual(options.map((o) => o.name));
    for (const option of options) {
      const input = action.inputs[option.name];
      expect(input?.description.startsWith(option.description), option.name).toBe(true);
      expect(input?.default, option.name).toBe(option.default);
      expect(committed).toContain(`  ${option.name}:\n    description: `);
      expect(committed).toContain(`    default: ${JSON.stringify(option.default)}\n`);
    }
  });

  it('leaves out the options the action sets itself (json, dotenv)', () => {
    expect(action.inputs.json).toBeUndefined();
    expect(action.inputs.dotenv).toBeUndefined();
  });

  it('tells the allowed values and the context default in the description', () => {
    expect(action.inputs['notes-mode']?.description).toContain('One of: replace, append, prepend, keep, overwrite.');
    expect(action.inputs.tag?.description).toContain('GITHUB_REF_NAME');
  });

  it('declares every output of the output table with its description', () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    for (const output of OUTPUTS) expect(action.outputs[output.name]?.description).toBe(output.description);
    for (const required of ['release-url', 'tag', 'version', 'previous-tag', 'result', 'commit-sha', 'assets', 'milestones', 'evidence', 'notes-file']) {
      expect(action.outputs[required], required).toBeDefined();
    }
  });

  it('renders a new option and keeps YAML-special text a string', () => {
    const tricky: OptionSpec = { name: 'x-new', kind: 'string', default: 'yes', description: 'a: b # not a comment "quoted"' };
    const parsed = parse(renderActionYml([tricky], [])) as ActionYml;
    expect(parsed.inputs['x-new']).toEqual({ description: 'a: b # not a comment "quoted"', required: false, default: 'yes' });
  });
});

describe('README tables', () => {
  const rowsOf = (table: string) => table.trimEnd().split('\n').slice(2);

  it('lists every action input with its default and allowed values', () => {
    const table = renderInputsTable('action');
    expect(table.split('\n')[0]).toBe('| Input | Default | Description |');
    expect(rowsOf(table)).toHaveLength(optionsOn('action').length);
    expect(table).toContain('| `notes-mode` | `replace` | ');
    expect(table).toContain('One of `replace`, `append`, `prepend`, `keep`, `overwrite`.');
    expect(table).toContain('| `tag` | `CI_COMMIT_TAG`; `GITHUB_REF_NAME` when `GITHUB_REF_TYPE=tag`; else computed (see bump) |');
    expect(table).not.toContain('`dotenv`');
  });

  it('gives the CLI flag and its variable', () => {
    const table = renderInputsTable('cli');
    expect(rowsOf(table)).toHaveLength(optionsOn('cli').length);
    expect(table).toContain('| `--tag-message TEXT` | `FORGE_RELEASE_TAG_MESSAGE` |');
    expect(table).toContain('| `--dry-run` | `FORGE_RELEASE_DRY_RUN` | `false` |');
  });

  it('lists every output under its three names, each row one line', () => {
    const table = renderOutputsTable();
    expect(rowsOf(table)).toHaveLength(OUTPUTS.length);
    expect(table).toContain('| `release-url` | `releaseUrl` | `RELEASE_URL` | Web URL of the release. |');
    for (const row of rowsOf(table)) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});
