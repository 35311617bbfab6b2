/**
 * The CI/CD Catalog components in templates/: the include template's inputs and job, rendered
 * from the same option table, under the names GitLab gives components (templates/<name>.yml).
 * `release` creates or updates the release on tag pipelines; `release-plan` is the same job as a
 * dry run in merge request pipelines (GET requests only, the plan and notes in the job log).
 */
import { OPTIONS, type OptionSpec } from '../../src/options.js';
import { VERSION } from '../../src/version.js';
import { renderGitLabTemplate, type GitLabIncludeVariant } from './render-gitlab-template.js';

const TEST = 'test/unit/surfaces-components.test.ts';
const USE = (name: string) => `include: [{ component: $CI_SERVER_FQDN/<group>/forge-release/${name}@<version>, inputs: { ... } }]  (README.md, CI/CD component)`;

export const COMPONENTS: Readonly<Record<string, GitLabIncludeVariant>> = {
  release: { test: TEST, use: USE('release') },
  'release-plan': {
    test: TEST,
    use: USE('release-plan'),
    defaults: {
      'job-name': 'release-plan',
      stage: 'test',
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }],
      'dry-run': true,
    },
  },
};

/** templates/<name>.yml for every component. */
export function renderGitLabComponents(options: readonly OptionSpec[] = OPTIONS, version: string = VERSION): Record<string, string> {
  return Object.fromEntries(Object.entries(COMPONENTS).map(([name, variant]) => [`templates/${name}.yml`, renderGitLabTemplate(options, version, variant)]));
}
