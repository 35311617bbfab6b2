/**
 * The project's own workflow and the copy-paste workflow in the docs must be workflows GitHub
 * accepts: both are validated against the workflow schema, so a typo fails here, not on GitHub.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendoredSchema } from '../support/vendored.js';

const ROOT = resolve(import.meta.dirname, '../..');
const schema = vendoredSchema('github-workflow');
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; id?: string }
interface Workflow { jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>; permissions?: Record<string, string> }

function expectValid(workflow: unknown): void {
  expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(readFileSync(resolve(ROOT, '.github/workflows/ci.yml'), 'utf8')) as Workflow;

  it('is valid against the GitHub workflow schema', () => expectValid(workflow));

  it('tests, checks dist/ and runs the action from the checkout as a dry run', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['test', 'check-dist', 'smoke']);
    expect(workflow.jobs.test?.steps.some((s) => s.run?.includes('vitest run'))).toBe(true);
    expect(workflow.jobs['check-dist']?.steps.some((s) => s.run?.includes('git status --porcelain --untracked-files=all -- dist'))).toBe(true);
    const action = workflow.jobs.smoke?.steps.find((s) => s.uses === './');
    expect(action?.with).toMatchObject({ 'dry-run': 'true' });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe('README workflows', () => {
  const docs = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const workflows = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? '') as Workflow).filter((w) => w?.jobs);

  it('holds copy-paste workflows, each valid against the schema', () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) expectValid(workflow);
  });

  it('checks out the full history and passes the token from secrets', () => {
    const steps = workflows.flatMap((w) => Object.values(w.jobs).flatMap((job) => job.steps));
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const release = steps.find((s) => s.uses?.includes('/forge-release@'));
    expect(release?.with?.token).toBe('${{ secrets.GITLAB_TOKEN }}');
    expect(steps.some((s) => s.run?.includes('steps.release.outputs.') || JSON.stringify(s).includes('steps.release.outputs.'))).toBe(true);
  });
});
