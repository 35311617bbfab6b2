/**
 * The option table → .gitlab-ci-template.yml, a GitLab CI include with typed `spec:inputs` and one
 * release job. Pure: a test keeps the committed file equal to this text, so an option added to
 * src/options.ts reaches the template by itself. Scalars are written as JSON strings (valid YAML
 * double-quoted scalars), so no description can turn into a YAML number, boolean or comment.
 */
import { OPTIONS, envNameOf, type OptionSpec } from '../../src/options.js';
import { VERSION } from '../../src/version.js';
import { inputDescription } from './render-action-yml.js';

export type InputType = 'string' | 'boolean' | 'number' | 'array';
type InputDefault = string | boolean | number | readonly Record<string, string>[];

export interface TemplateInput {
  readonly name: string;
  readonly type: InputType;
  readonly default: InputDefault;
  /** Full text for spec:inputs (allowed values and default source included). */
  readonly description: string;
  /** The description without allowed values and default, for tables that show those in columns. */
  readonly summary: string;
  readonly options?: readonly string[];
  /** RE2 syntax: GitLab checks input values with RE2 (no lookaround). */
  readonly regex?: string;
  /** Where an empty default comes from (documentation only). */
  readonly defaultText?: string;
  /** The option of the table this input sets; absent for inputs of the template itself. */
  readonly option?: OptionSpec;
}

// Artifacts and reports can only be collected below the project directory.
const RELATIVE_PATH = '^[A-Za-z0-9_.][A-Za-z0-9_./-]*$';
const VARIABLE_NAME = '^([A-Za-z_][A-Za-z0-9_]*)?$';

const TEMPLATE_ONLY = (version: string): Omit<TemplateInput, 'summary'>[] => [
  { name: 'job-name', type: 'string', default: 'release',
    description: 'Name of the release job. Define a job of this name in your .gitlab-ci.yml to add needs:, tags: or other keys.' },
  { name: 'stage', type: 'string', default: 'deploy', description: 'Stage of the release job.' },
  { name: 'rules', type: 'array', default: [{ if: '$CI_COMMIT_TAG' }],
    description: 'rules: of the release job. Default: tag pipelines only. Add when: manual for a release button, or pair if: $CI_PIPELINE_SOURCE == "merge_request_event" with dry-run: true for a plan in merge requests.' },
  { name: 'image', type: 'string', default: 'node:24', description: 'Image of the release job: Node 24 or later, with git.' },
  { name: 'tool-version', type: 'string', default: version,
    description: 'forge-release version that npx runs. Default: the version this template ships with, so a pipeline never changes under your feet.' },
  { name: 'command', type: 'string', default: '',
    description: 'Shell command that runs the tool instead of npx --yes forge-release@VERSION (VERSION: tool-version): forge-release where it is preinstalled (air-gapped runners), or node dist/cli.js to test a local build. Inputs still arrive as FORGE_RELEASE_* variables.' },
  { name: 'token-variable', type: 'string', default: '', regex: VARIABLE_NAME,
    description: 'Name (not value) of the CI/CD variable holding a project, group or personal access token (api scope), e.g. RELEASE_TOKEN; sent as PRIVATE-TOKEN. Empty: the job token (CI_JOB_TOKEN, sent as JOB-TOKEN), and GITLAB_TOKEN is ignored.' },
  { name: 'dotenv', type: 'string', default: 'release.env', regex: RELATIVE_PATH,
    description: 'dotenv report carrying the outputs (RELEASE_URL, RELEASE_TAG, RELEASE_VERSION, RELEASE_RESULT, …) to later jobs; relative to the project directory.' },
];

/** Inputs that shape the job rather than the release; they have no CLI option. */
export function templateOnlyInputs(version: string = VERSION): TemplateInput[] {
  return TEMPLATE_ONLY(version).map((input) => ({ ...input, summary: input.description }));
}

/** Options whose template default differs from the table's, with the reason told in the description. */
interface OptionOverride {
  default: string;
  regex?: string;
  note: string;
  /** Collected as an artifact: passed as an absolute path, since the tool resolves paths against cwd. */
  artifact?: boolean;
}

const OPTION_OVERRIDES: Readonly<Record<string, OptionOverride>> = {
  'notes-file': { default: 'release-notes.md', regex: RELATIVE_PATH, artifact: true, note: 'Relative to the project directory; kept as a job artifact.' },
};

/**
 * The options the template offers: the table's template surface without secrets. A token in an
 * include's inputs would sit in the pipeline configuration; token-variable names one instead.
 */
export function templateOptions(options: readonly OptionSpec[] = OPTIONS): OptionSpec[] {
  return options.filter((o) => !o.notOn?.includes('template') && o.kind !== 'secret');
}

export function optionInput(option: OptionSpec): TemplateInput {
  const override = OPTION_OVERRIDES[option.name];
  const spec = override ? { ...option, default: override.default, defaultText: undefined } : option;
  const withNote = (text: string) => [text, override?.note].filter(Boolean).join(' ');
  const common = {
    name: option.name, description: withNote(inputDescription(spec)), summary: withNote(option.description), option,
    ...(spec.defaultText ? { defaultText: spec.defaultText } : {}),
  };
  if (option.kind === 'boolean') return { ...common, type: 'boolean', default: spec.default === 'true' };
  if (option.kind === 'number') return { ...common, type: 'number', default: Number(spec.default) };
  return {
    ...common, type: 'string', default: spec.default,
    ...(option.values ? { options: option.values } : {}), ...(override?.regex ? { regex: override.regex } : {}),
  };
}

export function templateInputs(options: readonly OptionSpec[] = OPTIONS, version: string = VERSION): TemplateInput[] {
  return [...templateOnlyInputs(version), ...templateOptions(options).map(optionInput)];
}

const q = (value: unknown): string => JSON.stringify(value);
/** Single-quoted YAML keeps shell lines readable: only a quote needs escaping (doubled). */
const sq = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const block = (name: string): string => `$[[ inputs.${name} ]]`;

/**
 * One rendering of the include: the `remote:`/`project:` template and the CI/CD Catalog components
 * (templates/*.yml) are the same inputs and the same job; only how to include them and a few
 * defaults differ (the merge-request plan component is a dry run by default).
 */
export interface GitLabIncludeVariant {
  /** Which test regenerates the file. */
  readonly test: string;
  /** The header comment saying how to include the file. */
  readonly use: string;
  readonly defaults?: Readonly<Record<string, InputDefault>>;
}

export const TEMPLATE_VARIANT: GitLabIncludeVariant = {
  test: 'test/unit/surfaces-template.test.ts',
  use: 'include: [{ remote: <this file>, inputs: { ... } }]  (README.md, GitLab CI include template)',
};

export function renderGitLabTemplate(options: readonly OptionSpec[] = OPTIONS, version: string = VERSION, variant: GitLabIncludeVariant = TEMPLATE_VARIANT): string {
  const inputs = templateInputs(options, version).map((input) =>
    variant.defaults?.[input.name] === undefined ? input : { ...input, default: variant.defaults[input.name]! });
  const fromTable = inputs.filter((i): i is OptionInput => i.option !== undefined);
  return [
    '# Generated from src/options.ts by scripts/surfaces/render-gitlab-template.ts.',
    `# Do not edit by hand: run \`FORGE_UPDATE_SURFACES=1 npx vitest run ${variant.test}\`.`,
    `# Use: ${variant.use}`,
    'spec:',
    '  inputs:',
    ...inputs.flatMap(renderSpecInput),
    '---',
    ...renderJob(fromTable),
    '',
  ].join('\n');
}

function renderSpecInput(input: TemplateInput): string[] {
  return [
    `    ${input.name}:`,
    `      description: ${q(input.description)}`,
    `      type: ${q(input.type)}`,
    `      default: ${q(input.default)}`,
    ...(input.options ? [`      options: ${q(input.options)}`] : []),
    ...(input.regex ? [`      regex: ${q(input.regex)}`] : []),
  ];
}

/** String inputs travel as job variables; booleans and numbers through the script (see there). */
const isTyped = (input: TemplateInput): boolean => input.type === 'boolean' || input.type === 'number';
const isArtifact = (input: TemplateInput): boolean => OPTION_OVERRIDES[input.name]?.artifact === true;
type OptionInput = TemplateInput & { option: OptionSpec };

function renderJob(inputs: readonly OptionInput[]): string[] {
  return [
    `${q(block('job-name'))}:`,
    `  stage: ${q(block('stage'))}`,
    `  image: ${q(block('image'))}`,
    `  rules: ${q(block('rules'))}`,
    '  # A newer pipeline must not cancel a release half-way (a re-run would finish it, if there is one).',
    '  interruptible: false',
    ...jobVariables(inputs.filter((i) => !isTyped(i))),
    ...jobScript(inputs.filter(isTyped)),
    ...jobArtifacts(inputs.filter(isArtifact)),
  ];
}

function jobVariables(inputs: readonly TemplateInput[]): string[] {
  const underProjectDir = (name: string) => `\${CI_PROJECT_DIR}/${block(name)}`;
  return [
    '  variables:',
    '    # Notes and the next version need the whole history and every tag.',
    '    GIT_DEPTH: "0"',
    '    GIT_FETCH_EXTRA_FLAGS: "--prune --quiet --tags"',
    '    # The template\'s own settings: FORGE_TPL_*, which the tool never reads.',
    `    FORGE_TPL_COMMAND: ${q(block('command'))}`,
    `    FORGE_TPL_TOOL_VERSION: ${q(block('tool-version'))}`,
    `    FORGE_TPL_TOKEN_VARIABLE: ${q(block('token-variable'))}`,
    '    # Every option as FORGE_RELEASE_<NAME>; the tool ignores empty ones (then CI_* defaults apply).',
    '    # Files the job keeps are given absolute: the tool resolves paths against cwd.',
    `    ${envNameOf('dotenv')}: ${q(underProjectDir('dotenv'))}`,
    ...inputs.map((i) => `    ${envNameOf(i.name)}: ${q(isArtifact(i) ? underProjectDir(i.name) : block(i.name))}`),
  ];
}

function jobScript(typed: readonly TemplateInput[]): string[] {
  const exportLine = (input: TemplateInput) => {
    const env = envNameOf(input.name);
    return `    - ${sq(`export ${env}="\${${env}:-${block(input.name)}}"`)}`;
  };
  return [
    '  script:',
    '    # A value that is exactly one input block keeps the input\'s type, and GitLab refuses booleans',
    '    # (and fractions) as variable values: typed inputs are exported here instead. A FORGE_RELEASE_*',
    '    # CI/CD variable still wins over them, as it does over the job\'s variables.',
    ...typed.map(exportLine),
    ...TOKEN_SCRIPT,
    ...RUN_SCRIPT.map((line) => `    - ${sq(line)}`),
  ];
}

function jobArtifacts(files: readonly TemplateInput[]): string[] {
  return [
    '  artifacts:',
    ...(files.length ? [`    paths: ${q(files.map((i) => block(i.name)))}`] : []),
    '    reports:',
    `      dotenv: ${q(block('dotenv'))}`,
  ];
}

/** The command input replaces the whole command line (eval: it may carry quotes or `cd dir &&`). */
const RUN_SCRIPT = [
  'FORGE_TPL_RUN="${FORGE_TPL_COMMAND:-npx --yes forge-release@$FORGE_TPL_TOOL_VERSION}"',
  'echo "forge-release: running $FORGE_TPL_RUN"',
  'eval "$FORGE_TPL_RUN"',
];

/**
 * The token is named, never given: inputs are part of the pipeline configuration. Without a name
 * the job token is used, and only it: a GITLAB_TOKEN lying around must not silently take over.
 * Only the variable's name is ever printed.
 */
const TOKEN_SCRIPT = [
  '    - |',
  '      if [ -n "$FORGE_TPL_TOKEN_VARIABLE" ]; then',
  '        FORGE_RELEASE_TOKEN="$(printenv "$FORGE_TPL_TOKEN_VARIABLE" || true)"',
  '        if [ -z "$FORGE_RELEASE_TOKEN" ]; then',
  '          echo "forge-release: token-variable names $FORGE_TPL_TOKEN_VARIABLE, which is empty or not set in this job (a protected variable reaches protected branches and tags only)." >&2',
  '          exit 2',
  '        fi',
  '        export FORGE_RELEASE_TOKEN',
  '        echo "forge-release: authenticating with the token in the CI/CD variable $FORGE_TPL_TOKEN_VARIABLE (PRIVATE-TOKEN)"',
  '      else',
  '        unset GITLAB_TOKEN FORGE_RELEASE_TOKEN',
  '        echo "forge-release: authenticating with the job token (CI_JOB_TOKEN, sent as JOB-TOKEN)"',
  '      fi',
];
