/**
 * .gitlab-ci-template.yml is generated from the option table; this test keeps the committed file
 * (and the README's tables, see readme.test.ts) equal to the rendering — FORGE_UPDATE_SURFACES=1 rewrites them —
 * and checks the template and the example pipeline against GitLab's own CI schema.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderOutputsTable, renderTemplateInputsTable } from '../../scripts/surfaces/markdown-tables.js';
import {
  renderGitLabTemplate, templateInputs, templateOnlyInputs, templateOptions, type TemplateInput,
} from '../../scripts/surfaces/render-gitlab-template.js';
import { OPTIONS, OUTPUTS, envNameOf, optionsOn, type OptionSpec } from '../../src/options.js';
import { vendoredSchema } from '../support/vendored.js';
import { INPUT_BLOCK as BLOCK, interpolate, splitInclude, type InputValues, type Job } from '../support/gitlab-include.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATE = resolve(ROOT, '.gitlab-ci-template.yml');
const EXAMPLE = resolve(ROOT, 'examples/gitlab-ci/.gitlab-ci.yml');
const DOCS = resolve(ROOT, 'README.md');

const rendered = renderGitLabTemplate();
if (process.env.FORGE_UPDATE_SURFACES === '1') writeFileSync(TEMPLATE, rendered);
const committed = readFileSync(TEMPLATE, 'utf8');

/** An include template is two YAML documents: the `spec:` header, then the jobs. */
function splitTemplate(text: string): ReturnType<typeof splitInclude> {
  expect(() => splitInclude(text)).not.toThrow();
  return splitInclude(text);
}

const { spec, jobs } = splitTemplate(committed);
// GitLab's own CI schema, vendored with its source in test/vendor/README.md.
const schema = vendoredSchema('gitlab-ci');
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const expectValid = (config: unknown) => expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);

const defaults = (): InputValues => Object.fromEntries(Object.entries(spec.inputs).map(([name, input]) => [name, input.default])) as InputValues;
/**
 * The jobs as GitLab sees them once the include's inputs are interpolated. GitLab validates the
 * jobs after interpolation too; before it, `rules: "$[[ inputs.rules ]]"` is a string, not rules.
 */
const jobsWith = (inputs: InputValues = {}) => interpolate(jobs, { ...defaults(), ...inputs }) as Record<string, Job>;

describe('.gitlab-ci-template.yml', () => {
  it('is exactly what the option table renders (FORGE_UPDATE_SURFACES=1 to update)', () => {
    expect(committed).toBe(rendered);
  });

  it('has a spec header valid against GitLab\'s CI schema', () => {
    expectValid({ spec });
  });

  it('renders, with the default inputs, jobs valid against GitLab\'s CI schema', () => {
    expectValid(jobsWith());
    expectValid(jobsWith({ 'job-name': 'publish', stage: 'release', rules: [{ if: '$CI_COMMIT_TAG', when: 'manual' }], 'dry-run': true, timeout: 2.5 }));
  });

  it('declares the template\'s own inputs, then every template-surface option but secrets, in table order', () => {
    const options = templateOptions();
    expect(options).toEqual(optionsOn('template').filter((o) => o.kind !== 'secret'));
    expect(Object.keys(spec.inputs)).toEqual([...templateOnlyInputs().map((i) => i.name), ...options.map((o) => o.name)]);
    const own = templateOnlyInputs().map((i) => i.name);
    expect(own).toEqual(['job-name', 'stage', 'rules', 'image', 'tool-version', 'command', 'token-variable', 'dotenv']);
    for (const name of own) expect(optionsOn('template').map((o) => o.name), name).not.toContain(name);
    for (const name of Object.keys(spec.inputs)) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('offers no raw secret: tokens are named through token-variable, json is the CLI\'s own', () => {
    for (const secret of OPTIONS.filter((o) => o.kind === 'secret')) expect(spec.inputs[secret.name], secret.name).toBeUndefined();
    expect(spec.inputs.json).toBeUndefined();
    expect(spec.inputs['token-variable']).toMatchObject({ type: 'string', default: '' });
    const regex = new RegExp(spec.inputs['token-variable']!.regex!);
    for (const name of ['', 'RELEASE_TOKEN', 'GITLAB_TOKEN']) expect(regex.test(name), name).toBe(true);
    for (const name of ['$RELEASE_TOKEN', 'glpat-abc', 'A B', 'x;rm']) expect(regex.test(name), name).toBe(false);
  });

  it('types every input as GitLab allows: boolean, number, string with options for fixed values', () => {
    for (const option of templateOptions()) {
      const input = spec.inputs[option.name]!;
      expect(input.description.startsWith(option.description), option.name).toBe(true);
      if (option.kind === 'boolean') expect(input, option.name).toMatchObject({ type: 'boolean', default: option.default === 'true' });
      else if (option.kind === 'number') expect(input, option.name).toMatchObject({ type: 'number', default: Number(option.default) });
      else expect(input.type, option.name).toBe('string');
      if (option.values) expect(input.options, option.name).toEqual(option.values);
      if (option.values) expect(option.values, option.name).toContain(input.default);
      if (option.kind !== 'boolean' && option.kind !== 'number' && option.name !== 'notes-file') expect(input.default, option.name).toBe(option.default);
    }
    expect(spec.inputs['notes-file']).toMatchObject({ type: 'string', default: 'release-notes.md' });
    expect(spec.inputs.rules).toEqual(expect.objectContaining({ type: 'array', default: [{ if: '$CI_COMMIT_TAG' }] }));
  });

  it('pins the tool to the version the template ships with', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[] };
    expect(spec.inputs['tool-version']?.default).toBe(pkg.version);
    expect(pkg.files).toContain('.gitlab-ci-template.yml');
    const script = jobsWith().release!.script as string[];
    expect(script).toContain('FORGE_TPL_RUN="${FORGE_TPL_COMMAND:-npx --yes forge-release@$FORGE_TPL_TOOL_VERSION}"');
    expect(jobsWith().release!.variables.FORGE_TPL_TOOL_VERSION).toBe(pkg.version);
  });

  it('uses every input and no undeclared one', () => {
    const used = new Set([...committed.split('\n---\n')[1]!.matchAll(BLOCK)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(spec.inputs).sort());
  });
});

describe('the release job', () => {
  const job = jobsWith().release!;
  const script = (job.script as string[]).join('\n');

  it('is one visible job, named and staged by inputs, on tag pipelines by default', () => {
    expect(Object.keys(jobsWith())).toEqual(['release']);
    expect(Object.keys(jobsWith({ 'job-name': 'publish' }))).toEqual(['publish']);
    expect(job).toMatchObject({ stage: 'deploy', image: 'node:24', rules: [{ if: '$CI_COMMIT_TAG' }] });
    expect(jobsWith({ stage: 'release' }).release!.stage).toBe('release');
  });

  it('checks out the whole history with tags', () => {
    expect(job.variables).toMatchObject({ GIT_DEPTH: '0' });
    expect(job.variables.GIT_FETCH_EXTRA_FLAGS).toContain('--tags');
  });

  it('passes every option as FORGE_RELEASE_<NAME>, string inputs as variables, typed ones from the script', () => {
    for (const input of templateInputs().filter((i) => i.option)) {
      const env = envNameOf(input.name);
      if (input.type === 'string') expect(job.variables[env], env).toBeDefined();
      else expect(script, env).toContain(`export ${env}="\${${env}:-${String(input.default)}}"`);
    }
    expect(job.variables.FORGE_RELEASE_TAG).toBe('');
    expect(job.variables.FORGE_RELEASE_NOTES_MODE).toBe('replace');
    expect(jobsWith({ tag: 'v9.9.9' }).release!.variables.FORGE_RELEASE_TAG).toBe('v9.9.9');
    expect(jobsWith({ 'dry-run': true }).release!.script).toContain('export FORGE_RELEASE_DRY_RUN="${FORGE_RELEASE_DRY_RUN:-true}"');
  });

  it('gives GitLab only string variables (it refuses booleans and fractions as values)', () => {
    const typed = jobsWith({ 'dry-run': true, timeout: 2.5, 'prune-links': true }).release!;
    for (const [name, value] of Object.entries(typed.variables)) expect(typeof value, name).toBe('string');
  });

  it('writes the outputs as a dotenv report and keeps the notes as an artifact, both under the project directory', () => {
    expect(job.artifacts).toEqual({ paths: ['release-notes.md'], reports: { dotenv: 'release.env' } });
    expect(job.variables.FORGE_RELEASE_DOTENV).toBe('${CI_PROJECT_DIR}/release.env');
    expect(job.variables.FORGE_RELEASE_NOTES_FILE).toBe('${CI_PROJECT_DIR}/release-notes.md');
    // dotenv variables become inputs of later jobs: outputs must never share the inputs' prefix.
    for (const output of OUTPUTS) expect(output.dotenv.startsWith('FORGE_RELEASE_'), output.dotenv).toBe(false);
  });

  it('uses the job token unless a token variable is named, and never prints a token', () => {
    expect(script).toContain('unset GITLAB_TOKEN FORGE_RELEASE_TOKEN');
    expect(script).toContain('FORGE_RELEASE_TOKEN="$(printenv "$FORGE_TPL_TOKEN_VARIABLE" || true)"');
    expect(job.variables.FORGE_TPL_TOKEN_VARIABLE).toBe('');
    expect(jobsWith({ 'token-variable': 'RELEASE_TOKEN' }).release!.variables.FORGE_TPL_TOKEN_VARIABLE).toBe('RELEASE_TOKEN');
    expect(script).not.toMatch(/set -x|echo[^\n]*\$\{?(FORGE_RELEASE_TOKEN|CI_JOB_TOKEN|GITLAB_TOKEN)\b/);
    expect(script).not.toMatch(/printenv\s*$|\benv\s*$/m);
  });

  it('runs the command input instead of npx when it is given', () => {
    expect(jobsWith({ command: 'forge-release' }).release!.variables.FORGE_TPL_COMMAND).toBe('forge-release');
    expect(script).toContain('eval "$FORGE_TPL_RUN"');
  });

  it('is a POSIX shell script (alpine images have no bash)', () => {
    const lines = jobsWith({ 'dry-run': true, command: 'node dist/cli.js' }).release!.script as string[];
    expect(() => execFileSync('sh', ['-n'], { input: lines.join('\n') })).not.toThrow();
  });
});

describe('examples/gitlab-ci/.gitlab-ci.yml', () => {
  const example = parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, any>;
  const include = (example.include as Record<string, any>[]).find((i) => String(i.remote ?? i.local ?? '').endsWith('.gitlab-ci-template.yml'))!;

  it('is valid against GitLab\'s CI schema', () => {
    expectValid(example);
  });

  it('includes the template pinned to this version, with declared inputs of the declared types', () => {
    expect(include.remote).toContain(`forge-release@${spec.inputs['tool-version']!.default as string}/`);
    for (const [name, value] of Object.entries(include.inputs as Record<string, unknown>)) {
      const declared = spec.inputs[name];
      expect(declared, name).toBeDefined();
      expect(Array.isArray(value) ? 'array' : typeof value, name).toBe(declared!.type);
    }
  });

  it('merged with the template, is a valid pipeline whose deploy job reads the dotenv outputs', () => {
    const { include: _, ...own } = example;
    const merged = { ...jobsWith(include.inputs as InputValues), ...own };
    expectValid(merged);
    const releaseJob = Object.keys(jobsWith(include.inputs as InputValues))[0]!;
    const readers = Object.values(own).filter((job) => JSON.stringify(job).includes('$RELEASE_URL'));
    expect(readers.length).toBeGreaterThan(0);
    for (const reader of readers) {
      expect(JSON.stringify(reader.needs ?? reader.dependencies)).toContain(releaseJob);
      expect(reader.environment?.url).toBe('$RELEASE_URL');
    }
    expect((example.stages as string[]).includes(merged[releaseJob].stage)).toBe(true);
  });
});

describe('the README\'s GitLab CI section', () => {
  it('lists every input once, one line each, with its type and default', () => {
    const rows = renderTemplateInputsTable().trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(spec.inputs).length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
    const table = renderTemplateInputsTable();
    expect(table).toContain('| `tool-version` | string | `' + String(spec.inputs['tool-version']!.default) + '` |');
    expect(table).toContain('| `dry-run` | boolean | `false` |');
    expect(table).toContain('| `rules` | array | `[{"if":"$CI_COMMIT_TAG"}]` |');
    expect(table).toContain('| `notes-file` | string | `release-notes.md` |');
    expect(table).toContain('One of `replace`, `append`, `prepend`, `keep`, `overwrite`.');
    expect(table).not.toMatch(/\| `(token|job-token|json)` \|/);
  });

  it('shows the three-line include and the job-token limits', () => {
    const docs = readFileSync(DOCS, 'utf8');
    expect(docs).toMatch(/```yaml\ninclude:\n {2}- remote: \S+\.gitlab-ci-template\.yml\n {4}inputs: .+\n```/);
    for (const fact of ['JOB-TOKEN', 'milestones', '401', 'uploads', 'CI_PROJECT_URL', 'token-variable', 'environment:', '$RELEASE_URL']) {
      expect(docs, fact).toContain(fact);
    }
  });
});

describe('the renderer', () => {
  it('turns a new option into a typed input that reaches the job, and keeps YAML-special text a string', () => {
    const options: OptionSpec[] = [
      { name: 'x-flag', kind: 'boolean', default: 'true', description: 'a: b # not a comment' },
      { name: 'x-mode', kind: 'enum', default: 'on', values: ['on', 'off'], description: '"quoted"' },
      { name: 'x-hidden', kind: 'string', default: '', notOn: ['template'], description: 'not here' },
    ];
    const { spec: s, jobs: j } = splitTemplate(renderGitLabTemplate(options, '9.9.9'));
    expect(s.inputs['x-flag']).toEqual({ description: 'a: b # not a comment', type: 'boolean', default: true });
    expect(s.inputs['x-mode']).toMatchObject({ description: '"quoted" One of: on, off.', options: ['on', 'off'], default: 'on' });
    expect(s.inputs['x-hidden']).toBeUndefined();
    expect(s.inputs['tool-version']?.default).toBe('9.9.9');
    const job = interpolate(j, Object.fromEntries(Object.entries(s.inputs).map(([k, v]) => [k, v.default])) as InputValues) as Record<string, Job>;
    expect(job.release!.variables.FORGE_RELEASE_X_MODE).toBe('on');
    expect(job.release!.script).toContain('export FORGE_RELEASE_X_FLAG="${FORGE_RELEASE_X_FLAG:-true}"');
  });

  it('describes template inputs with the table\'s text, allowed values and default source', () => {
    const byName = new Map(templateInputs().map((i): [string, TemplateInput] => [i.name, i]));
    expect(byName.get('tag')?.description).toContain('Default: `CI_COMMIT_TAG`');
    expect(byName.get('notes-file')?.description).not.toContain('RUNNER_TEMP');
    expect(byName.get('evidence')?.description).toContain('One of: auto, always, never.');
  });
});
