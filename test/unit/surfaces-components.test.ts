/**
 * The CI/CD Catalog components (templates/release.yml, templates/release-plan.yml) are generated
 * from the option table like .gitlab-ci-template.yml; this keeps the committed files equal to the
 * rendering (FORGE_UPDATE_SURFACES=1 rewrites them), checks them against GitLab's CI schema and
 * shows they are the template's inputs and job, with only the plan's defaults changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPONENTS, renderGitLabComponents } from '../../scripts/surfaces/render-gitlab-components.js';
import { jobsWith, splitInclude } from '../support/gitlab-include.js';
import { vendoredSchema } from '../support/vendored.js';

const ROOT = resolve(import.meta.dirname, '../..');
const rendered = renderGitLabComponents();
if (process.env.FORGE_UPDATE_SURFACES === '1') {
  for (const [file, text] of Object.entries(rendered)) {
    mkdirSync(dirname(resolve(ROOT, file)), { recursive: true });
    writeFileSync(resolve(ROOT, file), text);
  }
}
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const template = splitInclude(read('.gitlab-ci-template.yml'));
const release = splitInclude(read('templates/release.yml'));
const plan = splitInclude(read('templates/release-plan.yml'));

const validate = new Ajv({ strict: false, allErrors: true }).compile(vendoredSchema('gitlab-ci'));
const expectValid = (config: unknown) => expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);

describe('templates/', () => {
  it('holds exactly the components the option table renders (FORGE_UPDATE_SURFACES=1 to update)', () => {
    expect(Object.keys(rendered)).toEqual(['templates/release.yml', 'templates/release-plan.yml']);
    for (const [file, text] of Object.entries(rendered)) expect(read(file), file).toBe(text);
    expect(Object.keys(COMPONENTS)).toEqual(['release', 'release-plan']);
  });

  it('has spec headers and default jobs valid against GitLab\'s CI schema', () => {
    for (const component of [release, plan]) {
      expectValid({ spec: component.spec });
      expectValid(jobsWith(component));
      expectValid(jobsWith(component, { 'job-name': 'x', 'dry-run': false, rules: [{ if: '$CI_COMMIT_TAG', when: 'manual' }] }));
    }
  });

  it('offers the template\'s inputs with their types, and the release component its defaults too', () => {
    expect(release.spec).toEqual(template.spec);
    const types = (c: typeof plan) => Object.fromEntries(Object.entries(c.spec.inputs).map(([n, i]) => [n, i.type]));
    expect(types(plan)).toEqual(types(template));
    for (const component of [release, plan]) expect(JSON.stringify(component.spec)).not.toMatch(/"(component|description)":\[/);
  });

  it('runs the template\'s job: with the same inputs, the jobs are the same', () => {
    const inputs = { 'job-name': 'publish', stage: 'deploy', 'dry-run': true, rules: [{ if: '$CI_COMMIT_TAG' }] };
    expect(jobsWith(release, inputs)).toEqual(jobsWith(template, inputs));
    expect(jobsWith(plan, inputs)).toEqual(jobsWith(template, inputs));
  });

  it('makes release-plan a dry run in merge request pipelines, in the test stage, under its own job name', () => {
    const job = jobsWith(plan)['release-plan']!;
    expect(Object.keys(jobsWith(plan))).toEqual(['release-plan']);
    expect(job).toMatchObject({ stage: 'test', rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }] });
    expect(job.script).toContain('export FORGE_RELEASE_DRY_RUN="${FORGE_RELEASE_DRY_RUN:-true}"');
    // Both components in one pipeline: two jobs, no merge of one into the other.
    expect(Object.keys({ ...jobsWith(release), ...jobsWith(plan) })).toEqual(['release', 'release-plan']);
  });
});

describe('the README\'s component section', () => {
  const docs = read('README.md');
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? '') as Record<string, any>);
  const includes = blocks.flatMap((b) => (Array.isArray(b?.include) ? b.include as Record<string, any>[] : []));

  it('shows both components included by component: with inputs the components declare', () => {
    for (const name of ['release', 'release-plan']) {
      const include = includes.find((i) => String(i.component ?? '').includes(`/${name}@`));
      expect(include, name).toBeDefined();
      expect(include!.component).toMatch(/^\$CI_SERVER_FQDN\/[\w./-]+\/(release|release-plan)@\S+$/);
      const spec = name === 'release' ? release.spec : plan.spec;
      for (const input of Object.keys(include!.inputs ?? {})) expect(spec.inputs[input], `${name}: ${input}`).toBeDefined();
    }
  });

  it('maps release-cli and the release: keyword to this tool\'s inputs', () => {
    for (const text of ['release-cli create', '--tag-name', '--assets-link', '--milestone', '--released-at', 'tag_name', 'assets:links']) expect(docs, text).toContain(text);
  });
});
