/**
 * Raw strings in, typed Inputs out. Every problem is collected and reported at once, before any
 * request is sent, so a user fixes a pipeline in one round instead of one error per run.
 */
import { resolve } from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import { findOption, OPTIONS, type OptionName, type RawInputs } from '../options.js';
import { registerSecret } from '../redact.js';
import type { AssetLink } from '../model.js';
import { parseAssets, type FileAsset } from './assets.js';
import { expandFileAssets, expandFiles, PACKAGE_NAME, PACKAGE_VERSION } from './files.js';
import type { Auth, BumpMode, EvidenceMode, Inputs, NotesMode } from './inputs.js';
import { outputPathProblem } from './output-path.js';
import { isDirectory, readInputFile } from './read-input-file.js';
import { parseBoolean, parseEnum, parseHttpUrl, parseList, parseNumber, parseReleasedAt, type Parsed } from './scalars.js';
import { refNameProblem, tagNameProblem } from './tag-name.js';

export interface ParsedInputs {
  inputs: Inputs;
  warnings: string[];
}

/** Reads raw values with their defaults and collects problems; one instance per parse. */
class Reader {
  readonly problems: InputProblem[] = [];
  readonly warnings: string[] = [];
  constructor(private readonly raw: RawInputs, readonly labelOf: LabelOf) {}

  text(name: OptionName): string | undefined {
    const value = this.raw[name] ?? OPTIONS.find((o) => o.name === name)?.default ?? '';
    return value === '' ? undefined : value;
  }

  problem(input: OptionName, message: string, hint: string): void {
    this.problems.push({ input, label: this.labelOf(input), message, hint });
  }

  typed<T>(name: OptionName, parse: (raw: string) => Parsed<T>, fallback: T): T {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    this.problem(name, parsed.problem, parsed.hint);
    return fallback;
  }

  enumOf<T extends string>(name: OptionName): T {
    const values = (OPTIONS.find((o) => o.name === name)?.values ?? []) as readonly T[];
    return this.typed(name, (raw) => parseEnum(raw, values), values[0] as T);
  }

  flag(name: OptionName): boolean {
    return this.typed(name, parseBoolean, false);
  }
}

/** How the user wrote an input on their surface (`--tag`, `with: tag`, `CI_COMMIT_TAG`). */
export type LabelOf = (name: OptionName) => string;

export function parseInputs(raw: RawInputs, labelOf: LabelOf = (name) => `--${name}`): ParsedInputs {
  const r = new Reader(raw, labelOf);
  const cwd = resolve(r.text('cwd') ?? '.');
  if (!isDirectory(cwd)) r.problem('cwd', `${cwd} is not a directory`, `Point ${r.labelOf('cwd')} at a clone of the project.`);
  const dryRun = r.flag('dry-run');
  const auth = readAuth(r);
  const inputs: Inputs = {
    ...readConnection(r, cwd, dryRun, auth),
    ...readRelease(r, cwd),
    ...readLinksAndMilestones(r),
    ...readVersioning(r),
    dryRun,
    notesFile: readOutputPath(r, 'notes-file', cwd),
    dotenv: readOutputPath(r, 'dotenv', cwd),
    json: r.flag('json'),
    cwd,
  };
  warnIgnoredVersioning(r, inputs);
  if (r.problems.length > 0) throw new InputError(r.problems);
  return { inputs, warnings: r.warnings };
}

function readOutputPath(r: Reader, name: 'notes-file' | 'dotenv', cwd: string): string | undefined {
  const path = r.text(name);
  const problem = path === undefined ? undefined : outputPathProblem(path, cwd);
  if (problem) r.problem(name, problem, 'Create the directory first or give a path in an existing, writable one (relative paths are read from cwd).');
  return path;
}

export type ConnectionInputs = ReturnType<typeof readConnection>;

/**
 * Only the connection inputs (URL, project, token, TLS, timeouts, retries), with the release step's
 * checks, for the release commands (list, show, …). Project and token stay optional here: a public
 * project reads without a token and `list --group` needs no project; the commands say what they need.
 */
export function parseConnectionInputs(raw: RawInputs, cwd: string, labelOf: LabelOf = (name) => `--${name}`): ConnectionInputs {
  const r = new Reader(raw, labelOf);
  const connection = readConnection(r, cwd, true, readAuth(r));
  if (r.problems.length > 0) throw new InputError(r.problems);
  return connection;
}

function readAuth(r: Reader): Auth {
  for (const [name, kind] of [['token', 'private'], ['job-token', 'job']] as const) {
    const token = r.text(name);
    if (token === undefined) continue;
    registerSecret(token);
    // A pasted secret with a trailing newline fails as 401 much later; say it now, without echoing it.
    if (token !== token.trim() || /\s/.test(token)) {
      r.problem(name, 'contains whitespace or a line break', 'Store the token without surrounding spaces or newlines.');
    } else if (/[^\x21-\x7e]/.test(token)) {
      // GitLab tokens are printable ASCII; anything else is a paste accident (a smart quote, an ellipsis).
      const at = [...token].findIndex((c) => !/[\x21-\x7e]/.test(c)) + 1;
      r.problem(name, `contains a character that is not printable ASCII (character ${at})`, 'Copy the token again from GitLab; tokens hold only letters, digits and -_. characters.');
    }
    return { kind, token: token.trim() };
  }
  return { kind: 'none' };
}

function readConnection(r: Reader, cwd: string, dryRun: boolean, auth: Auth) {
  const gitlabUrl = baseUrlOf(r, r.typed('gitlab-url', parseHttpUrl, new URL('https://gitlab.com')));
  const project = r.text('project');
  if (project !== undefined) checkProject(r, project);
  else if (!dryRun) r.problem('project', 'is required', `Set ${r.labelOf('project')} to group/name (or its numeric id); GitLab CI sets CI_PROJECT_ID.`);
  if (auth.kind === 'none' && !dryRun) {
    r.problem('token', 'no token was given', `Set ${r.labelOf('token')} (api scope) or ${r.labelOf('job-token')}; in GitLab CI, CI_JOB_TOKEN is used by itself.`);
  }
  const projectUrl = r.typed('project-url', parseHttpUrl, undefined)?.href.replace(/\/+$/, '');
  return {
    gitlabUrl,
    project,
    projectUrl: projectUrl ?? (project && !/^\d+$/.test(project) ? `${gitlabUrl}/${project}` : undefined),
    auth,
    timeoutMs: r.typed('timeout', (v) => parseNumber(v, 1, 3600), 30) * 1000,
    deadlineMs: r.typed('deadline', (v) => parseNumber(v, 1, 86_400), 120) * 1000,
    retries: r.typed('retries', (v) => parseNumber(v, 0, 20), 4),
    retryMaxWaitMs: r.typed('retry-max-wait', (v) => parseNumber(v, 0, 3600), 120) * 1000,
    caPem: readCa(r, cwd),
    insecure: r.flag('insecure'),
  };
}

/** `https://host/api/v4` is what CI_API_V4_URL users type: the API path is ours to add, so strip it (with a notice). */
function baseUrlOf(r: Reader, url: URL): string {
  const href = url.href.replace(/\/+$/, '');
  const api = /\/api\/v4$/i.exec(href);
  if (!api) return href;
  const base = href.slice(0, api.index);
  r.warnings.push(`gitlab-url ${href} is GitLab's API URL (like CI_API_V4_URL): using the base URL ${base}. Set gitlab-url to ${base} to silence this notice.`);
  return base;
}

function checkProject(r: Reader, project: string): void {
  if (/^\d+$/.test(project)) return;
  if (project !== project.trim() || project.startsWith('/') || project.endsWith('/') || project.includes('//') || !project.includes('/')) {
    r.problem('project', `"${project}" is not a numeric id or a full path`, 'Use the numeric id or the full path without leading or trailing slashes, e.g. group/sub/project.');
  }
}

function readCa(r: Reader, cwd: string): string | undefined {
  const value = r.text('ca-file');
  if (value === undefined) return undefined;
  if (value.includes('-----BEGIN')) return value;
  const read = readInputFile(value, cwd);
  if (!read.ok) return void r.problem('ca-file', read.problem, 'Give a PEM file path or the PEM text itself.');
  if (!read.text.includes('-----BEGIN CERTIFICATE-----')) return void r.problem('ca-file', `${value} holds no PEM certificate`, 'Give a PEM file (-----BEGIN CERTIFICATE-----).');
  return read.text;
}

function readRelease(r: Reader, cwd: string) {
  const tag = r.text('tag')?.replace(/^refs\/tags\//, '');
  const tagProblem = tag === undefined ? undefined : tagNameProblem(tag);
  if (tagProblem) r.problem('tag', `"${tag}" ${tagProblem}`, 'Use a valid git tag name such as v1.2.0.');
  const ref = r.text('ref');
  const refProblem = ref === undefined ? undefined : refNameProblem(ref);
  if (refProblem) r.problem('ref', `"${ref}" ${refProblem}`, 'Give a commit SHA, a branch or a tag name (git check-ref-format rules; no ranges such as a..b).');
  return {
    tag,
    ref,
    name: r.text('name'),
    tagMessage: r.text('tag-message'),
    releasedAt: r.typed('released-at', parseReleasedAt, undefined),
    description: readDescription(r, cwd),
    notesMode: r.enumOf<NotesMode>('notes-mode'),
    notesSections: readNotesSections(r),
    notesOtherCommits: r.flag('notes-other-commits'),
    evidence: r.enumOf<EvidenceMode>('evidence'),
  };
}

function readDescription(r: Reader, cwd: string): string | undefined {
  const text = r.text('description');
  const file = r.text('description-file');
  if (text !== undefined && file !== undefined) {
    r.problem('description-file', 'cannot be combined with description', 'Give the notes either inline or as a file.');
  }
  if (file === undefined) return text;
  const read = readInputFile(file, cwd);
  if (read.ok) return read.text;
  r.problem('description-file', read.problem, `Point it at an existing Markdown file (relative paths are read from ${r.labelOf('cwd')}).`);
  return undefined;
}

function readNotesSections(r: Reader): Record<string, string | false> | undefined {
  const raw = r.text('notes-sections');
  if (raw === undefined) return undefined;
  const hint = 'Give a JSON object of commit type → heading, false to hide: {"docs":"Documentation","revert":false}.';
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return void r.problem('notes-sections', `is not valid JSON (${(error as Error).message})`, hint);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return void r.problem('notes-sections', 'must be a JSON object', hint);
  const bad = Object.entries(data).filter(([type, heading]) => !/^[\w-]+$/.test(type) || !(heading === false || (typeof heading === 'string' && heading.trim() !== '')));
  if (bad.length) return void r.problem('notes-sections', `has invalid entries: ${bad.map(([t]) => JSON.stringify(t)).join(', ')}`, hint);
  return data as Record<string, string | false>;
}

function readLinksAndMilestones(r: Reader) {
  const clear = r.flag('clear-milestones');
  const titles = r.text('milestones');
  if (clear && titles !== undefined) r.problem('clear-milestones', 'cannot be combined with milestones', 'Either list milestones or clear them.');
  const list = titles === undefined ? undefined : parseList(titles);
  if (list && new Set(list).size !== list.length) r.problem('milestones', 'lists a title twice', 'List each milestone once.');
  const { links: assets, files: fileAssets } = readAssets(r);
  const pruneLinks = r.flag('prune-links');
  if (pruneLinks && assets === undefined) {
    r.problem('prune-links', 'needs assets', 'Give assets (use assets: [] to delete every link on purpose).');
  }
  return { milestones: clear ? [] : list, assets, pruneLinks, ...readFiles(r, fileAssets) };
}

function readFiles(r: Reader, fileAssets: FileAsset[]) {
  const globs = r.text('files');
  const packageName = r.text('package-name');
  const packageVersion = r.text('package-version');
  if (packageName !== undefined && !PACKAGE_NAME.test(packageName)) {
    r.problem('package-name', `"${packageName}" is refused by GitLab's package registry`, 'Use letters, digits and . _ - + only (no /, @, ~ or spaces).');
  }
  if (packageVersion !== undefined && !PACKAGE_VERSION.test(packageVersion)) {
    r.problem('package-version', `"${packageVersion}" is refused by GitLab's package registry`, 'Use letters, digits and . _ - + only, without "..", e.g. 1.2.3 or 1.2.3-rc.1.');
  }
  const checksums = r.typed('checksums', parseBoolean, true);
  if (globs === undefined && fileAssets.length === 0) return { checksums, ...(packageName ? { packageName } : {}), ...(packageVersion ? { packageVersion } : {}) };
  const cwd = resolve(r.text('cwd') ?? '.');
  const hint = 'Fix the glob or rename the file; globs are relative to cwd, and every file name must be unique and accepted by the registry.';
  const fromGlobs = globs !== undefined && isDirectory(cwd) ? expandFiles(parseList(globs), cwd) : { files: [], problems: [] };
  for (const problem of fromGlobs.problems) r.problem('files', problem, hint);
  const fromAssets = isDirectory(cwd) ? expandFileAssets(fileAssets, cwd) : { files: [], problems: [] };
  for (const problem of fromAssets.problems) r.problem('assets', problem, hint);
  const files = [...fromGlobs.files];
  for (const file of fromAssets.files) {
    if (files.some((f) => f.name === file.name)) r.problem('assets', `${file.name} is also matched by files: a release links each name once`, 'List the file in one place only.');
    else files.push(file);
  }
  return { files, checksums, ...(packageName ? { packageName } : {}), ...(packageVersion ? { packageVersion } : {}) };
}

function readAssets(r: Reader): { links?: AssetLink[]; files: FileAsset[] } {
  const raw = r.text('assets');
  if (raw === undefined) return { files: [] };
  const parsed = parseAssets(raw);
  r.warnings.push(...parsed.warnings);
  for (const problem of parsed.problems) {
    r.problem('assets', problem, 'Give a JSON array of {name, url, link_type?, direct_asset_path?} (or {path, name?, …} for a file to upload) with unique names, URLs and paths.');
  }
  return { links: parsed.links, files: parsed.files };
}

const SEMVER_ID = /^[0-9A-Za-z-]+$/;
// Other release actions take `prerelease: true`; here the value is the identifier itself.
const BOOLEAN_WORDS = ['true', 'false', 'yes', 'no'];
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function readVersioning(r: Reader) {
  const tagPrefix = r.text('tag-prefix') ?? '';
  if (tagPrefix !== '' && tagNameProblem(`${tagPrefix}1.0.0`)) {
    r.problem('tag-prefix', `"${tagPrefix}" cannot start a tag name`, 'Use a prefix such as v, pkg@ or pkg/v.');
  }
  const prerelease = r.text('prerelease');
  if (prerelease !== undefined && BOOLEAN_WORDS.includes(prerelease.toLowerCase())) {
    r.problem('prerelease', `"${prerelease}" would become the identifier (v2.0.0-${prerelease}.1): prerelease is not a switch`,
      'Give the identifier the version gets, e.g. rc (1.3.0-rc.1) or beta; leave prerelease empty for a stable release.');
  } else if (prerelease !== undefined && !SEMVER_ID.test(prerelease)) {
    r.problem('prerelease', `"${prerelease}" is not a semver identifier`, 'Use letters, digits and "-", e.g. rc or beta.');
  }
  const initialVersion = r.text('initial-version') ?? '1.0.0';
  if (!SEMVER.test(initialVersion)) r.problem('initial-version', `"${initialVersion}" is not a semver version`, 'Use a version such as 1.0.0 or 0.1.0.');
  const bump = r.enumOf<BumpMode>('bump');
  if (bump === 'prerelease' && prerelease === undefined) {
    r.problem('prerelease', 'is required with bump: prerelease', 'Name the prerelease identifier, e.g. rc (gives 1.3.0-rc.1, then rc.2).');
  }
  return { bump, tagPrefix, paths: parseList(r.text('path') ?? ''), prerelease, initialVersion, majorOnZero: r.flag('major-on-zero') };
}

/**
 * An explicit tag means no version is computed: say so when versioning inputs were set (to
 * something other than their defaults) rather than ignore them without a word.
 */
function warnIgnoredVersioning(r: Reader, inputs: Inputs): void {
  if (inputs.tag === undefined) return;
  const given: [OptionName, boolean][] = [
    ['bump', inputs.bump !== 'auto' && inputs.bump !== 'none'], // none asks for a tag: consistent with one
    ['prerelease', inputs.prerelease !== undefined],
    ['initial-version', inputs.initialVersion !== findOption('initial-version')?.default],
    ['major-on-zero', inputs.majorOnZero],
  ];
  const ignored = given.filter(([, set]) => set).map(([name]) => r.labelOf(name));
  if (ignored.length === 0) return;
  r.warnings.push(`${ignored.join(', ')} ignored: ${r.labelOf('tag')} gives the tag ${inputs.tag}, so no version is computed. Drop them, or drop the tag to compute the next version.`);
}
