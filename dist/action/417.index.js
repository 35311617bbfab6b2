export const id = 417;
export const ids = [417];
export const modules = {

/***/ 7119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   S6: () => (/* binding */ errorLines),
/* harmony export */   Tp: () => (/* binding */ toReleaseError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export isReleaseError */
/**
 * Errors are data: a stable code a user can search for, a message that says what happened,
 * and a hint that says how to fix it. GitLab's own message is passed through unchanged in
 * `gitlab` so nobody has to guess what the server said.
 */
class ReleaseError extends Error {
    code;
    hint;
    exitCode;
    gitlab;
    input;
    constructor(code, message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ReleaseError';
        this.code = code;
        this.hint = details.hint;
        this.exitCode = details.exitCode ?? 1;
        if (details.gitlab)
            this.gitlab = details.gitlab;
        if (details.input)
            this.input = details.input;
    }
}
class InputError extends ReleaseError {
    problems;
    constructor(problems) {
        const lines = problems.map((p) => `${labelOf(p)}: ${p.message}`);
        super('E_INPUT', `${problems.length} invalid input${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`, {
            hint: problems.map((p) => `${labelOf(p)}: ${p.hint}`).join('\n'),
            exitCode: 2,
            input: problems[0]?.input,
        });
        this.name = 'InputError';
        this.problems = problems;
    }
}
/** A problem without a surface's label comes from a command-line-only path (the release commands). */
function labelOf(problem) {
    return problem.label ?? `--${problem.input}`;
}
/** The lines every host prints for a failure: what happened, GitLab's words (once), the fix. */
function errorLines(error) {
    const lines = [error.message];
    if (error.gitlab && !error.message.includes(error.gitlab.message)) {
        lines.push(`GitLab answered ${error.gitlab.status} to ${error.gitlab.method} ${error.gitlab.endpoint}: ${error.gitlab.message}`);
    }
    return [...lines, ...error.hint.split('\n').map((line) => `hint: ${line}`)];
}
function isReleaseError(error) {
    return error instanceof ReleaseError;
}
/** Anything thrown that is not ours becomes an E_INTERNAL with the original kept as cause. */
function toReleaseError(error) {
    if (isReleaseError(error))
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new ReleaseError('E_INTERNAL', `Unexpected failure: ${message}`, {
        hint: 'This is a bug in forge-release. Please report it with this log (the command line\'s --json output has the details).',
        cause: error,
    });
}


/***/ }),

/***/ 9417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnHost: () => (/* binding */ runOnHost)
});

// UNUSED EXPORTS: mergeRawInputs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/default/context-defaults.js
function contextDefaults(env) {
    return contextSources(env).values;
}
/** The defaults and, for each, the variable it came from: an error names `GITLAB_TOKEN`, not `--token`. */
function contextSources(env) {
    const values = {};
    const origins = {};
    const set = (name, from, value) => {
        if (value && value.trim() !== '' && values[name] === undefined) {
            values[name] = value;
            origins[name] = from;
        }
    };
    const fromEnv = (name, variable) => set(name, variable, env[variable]);
    fromEnv('gitlab-url', 'CI_SERVER_URL');
    fromEnv('project', 'CI_PROJECT_ID');
    fromEnv('project-url', 'CI_PROJECT_URL');
    fromEnv('token', 'GITLAB_TOKEN');
    fromEnv('job-token', 'CI_JOB_TOKEN');
    fromEnv('tag', 'CI_COMMIT_TAG');
    set('tag', env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME ? 'GITHUB_REF_NAME' : 'GITHUB_REF', githubTag(env));
    fromEnv('ref', 'CI_COMMIT_SHA');
    fromEnv('ref', 'GITHUB_SHA');
    fromEnv('ca-file', 'CI_SERVER_TLS_CA_FILE');
    return { values, origins };
}
/** GITHUB_REF_NAME is a tag only when GITHUB_REF_TYPE says so (a branch push also sets it). */
function githubTag(env) {
    if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME)
        return stripTagRef(env.GITHUB_REF_NAME);
    if (env.GITHUB_REF?.startsWith('refs/tags/'))
        return stripTagRef(env.GITHUB_REF);
    return undefined;
}
/** Users paste `refs/tags/v1.2.0` as often as `v1.2.0`; the API wants the short name. */
function stripTagRef(tag) {
    return tag.startsWith('refs/tags/') ? tag.slice('refs/tags/'.length) : tag;
}

// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/options.js
var options = __webpack_require__(5076);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
// EXTERNAL MODULE: ./build/default/model.js
var model = __webpack_require__(4423);
;// CONCATENATED MODULE: ./build/default/inputs/assets.js
/**
 * The assets input: a JSON array of links, validated as GitLab would (behaviour sheet §4.2) so a
 * bad link fails before any write instead of after GitLab created the tag.
 */

// GitLab's Releases::Link::FILEPATH_REGEX, checked after the 128-character limit.
const FILEPATH = /^\/[^/](?!.*\/\/.*)[-.\w/]+[\da-zA-Z]+$/;
const SCHEMES = ['http:', 'https:', 'ftp:'];
function parseAssets(raw) {
    const result = { links: [], files: [], problems: [], warnings: [] };
    let data;
    try {
        data = JSON.parse(raw);
    }
    catch (error) {
        result.problems.push(`is not valid JSON (${error.message})`);
        return result;
    }
    if (!Array.isArray(data)) {
        result.problems.push('must be a JSON array of links, e.g. [{"name":"app.tgz","url":"https://…"}]');
        return result;
    }
    data.forEach((item, index) => {
        const link = parseLink(item, `[${index}]`, result);
        if (link)
            result.links.push(link);
    });
    checkUnique(result, (l) => l.name, 'name');
    checkUnique(result, (l) => l.url, 'url');
    checkUnique(result, (l) => l.directAssetPath, 'direct_asset_path');
    return result;
}
function parseLink(item, at, result) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        result.problems.push(`${at} is not an object`);
        return undefined;
    }
    const record = item;
    const known = ['name', 'url', 'path', 'link_type', 'direct_asset_path', 'filepath'];
    const unknown = Object.keys(record).filter((k) => !known.includes(k));
    if (unknown.length)
        result.problems.push(`${at} has unknown keys ${unknown.join(', ')} (allowed: ${known.join(', ')})`);
    if (record.path !== undefined) {
        parseFileAsset(record, at, result);
        return undefined;
    }
    const before = result.problems.length;
    const name = requiredString(record.name, `${at}.name`, result);
    const url = requiredString(record.url, `${at}.url`, result);
    if (url !== undefined)
        checkUrl(url, `${at}.url`, result);
    const linkType = parseLinkType(record.link_type, at, result);
    const directAssetPath = parsePath(record, at, result);
    if (result.problems.length > before || name === undefined || url === undefined)
        return undefined;
    return { name, url, linkType, ...(directAssetPath ? { directAssetPath } : {}) };
}
/** `{"path": "dist/app.tgz"}`: uploaded to the package registry; name defaults to the file name. */
function parseFileAsset(record, at, result) {
    const before = result.problems.length;
    if (record.url !== undefined)
        result.problems.push(`${at} has both "url" and "path": give "url" to link a file elsewhere, "path" to upload one`);
    const path = requiredString(record.path, `${at}.path`, result);
    const name = record.name === undefined ? undefined : requiredString(record.name, `${at}.name`, result);
    // An uploaded file is a package: the type says so unless the entry says otherwise.
    const linkType = record.link_type === undefined ? 'package' : parseLinkType(record.link_type, at, result);
    const directAssetPath = parsePath(record, at, result);
    if (result.problems.length > before || path === undefined)
        return;
    result.files.push({ path, linkType, ...(name ? { name } : {}), ...(directAssetPath ? { directAssetPath } : {}) });
}
function requiredString(value, at, result) {
    if (typeof value !== 'string' || value.trim() === '') {
        result.problems.push(`${at} is missing or empty`);
        return undefined;
    }
    if (value !== value.trim())
        result.problems.push(`${at} has leading or trailing whitespace`);
    return value;
}
function checkUrl(url, at, result) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        result.problems.push(`${at} "${url}" is not a valid URL`);
        return;
    }
    if (!SCHEMES.includes(parsed.protocol))
        result.problems.push(`${at} uses ${parsed.protocol} but GitLab allows only http, https and ftp`);
}
function parseLinkType(value, at, result) {
    if (value === undefined || value === null)
        return 'other';
    if (typeof value === 'string' && model/* LINK_TYPES */.r.includes(value))
        return value;
    result.problems.push(`${at}.link_type ${JSON.stringify(value)} is not one of ${model/* LINK_TYPES */.r.join(', ')}`);
    return 'other';
}
function parsePath(record, at, result) {
    if (record.filepath !== undefined) {
        result.warnings.push(`assets${at}: "filepath" is deprecated by GitLab; use "direct_asset_path"`);
        if (record.direct_asset_path !== undefined)
            result.warnings.push(`assets${at}: both given, direct_asset_path wins (as on GitLab)`);
    }
    const value = record.direct_asset_path ?? record.filepath;
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string') {
        result.problems.push(`${at}.direct_asset_path must be a string`);
        return undefined;
    }
    if (value.length > 128)
        result.problems.push(`${at}.direct_asset_path is ${value.length} characters; GitLab allows at most 128`);
    else if (!FILEPATH.test(value)) {
        result.problems.push(`${at}.direct_asset_path "${value}" must start with "/", have no "//", use only letters, digits, "-", ".", "_", "/" and end with a letter or digit`);
    }
    return value;
}
function checkUnique(result, key, label) {
    const seen = new Set();
    for (const link of result.links) {
        const value = key(link);
        if (value === undefined)
            continue;
        if (seen.has(value))
            result.problems.push(`two links have the same ${label} "${value}" (GitLab requires unique names, URLs and paths)`);
        seen.add(value);
    }
}

// EXTERNAL MODULE: ./build/default/inputs/files.js
var inputs_files = __webpack_require__(9269);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/default/inputs/output-path.js
/**
 * A file the run will write (notes-file, dotenv) is checked with the other inputs: a missing or
 * read-only directory must stop the run before GitLab is touched, not after the release exists.
 */


/** Why the file cannot be written, or undefined when it can. */
function outputPathProblem(path, cwd) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    const parent = (0,external_node_path_.dirname)(full);
    const kind = kindOf(full);
    if (kind === 'directory')
        return `${full} is a directory, not a file`;
    if (kind === 'file')
        return writable(full) ? undefined : `${full} exists and is not writable`;
    const parentKind = kindOf(parent);
    if (parentKind === 'missing')
        return `cannot be written: the directory ${parent} does not exist`;
    if (parentKind === 'file')
        return `cannot be written: ${parent} is a file, not a directory`;
    return writable(parent) ? undefined : `cannot be written: the directory ${parent} is not writable`;
}
function kindOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
function writable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/default/inputs/read-input-file.js
/** Reads a file named by an input, turning every way it can fail into a problem text. */


function readInputFile(path, cwd) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    try {
        if ((0,external_node_fs_.statSync)(full).isDirectory())
            return { ok: false, problem: `${full} is a directory, not a file` };
        return { ok: true, text: (0,external_node_fs_.readFileSync)(full, 'utf8') };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { ok: false, problem: `${full} does not exist` };
        if (code === 'EACCES')
            return { ok: false, problem: `${full} is not readable` };
        return { ok: false, problem: `${full} cannot be read (${code ?? error.message})` };
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./build/default/option-mention.js
var option_mention = __webpack_require__(8298);
;// CONCATENATED MODULE: ./build/default/inputs/scalars.js
/** Small parsers for scalar inputs; each returns a value or a problem text (never throws). */

const ok = (value) => ({ ok: true, value });
const bad = (problem, hint) => ({ ok: false, problem, hint });
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off', ''];
function parseBoolean(raw) {
    const text = raw.trim().toLowerCase();
    if (TRUE.includes(text))
        return ok(true);
    if (FALSE.includes(text))
        return ok(false);
    return bad(`"${raw}" is not a boolean`, 'Use true or false.');
}
function parseEnum(raw, values) {
    const text = raw.trim();
    if (values.includes(text))
        return ok(text);
    return bad(`"${raw}" is not one of ${values.join(', ')}`, `Use one of: ${values.join(', ')}.`);
}
function parseNumber(raw, min, max) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value))
        return bad(`"${raw}" is not a number`, `Give a number from ${min} to ${max}.`);
    if (value < min || value > max)
        return bad(`${value} is out of range`, `Give a number from ${min} to ${max}.`);
    return ok(value);
}
// GitLab accepts ISO 8601 with Z or an offset; a date-only value is ambiguous across time zones.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
function parseReleasedAt(raw) {
    const match = ISO_8601.exec(raw.trim());
    const hint = 'Use ISO 8601 with a time zone, e.g. 2026-01-31T12:00:00Z.';
    if (!match)
        return bad(`"${raw}" is not an ISO 8601 date-time with a time zone`, hint);
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second || 0));
    const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
        && hour < 24 && minute < 60 && (second ?? 0) < 60;
    if (!real)
        return bad(`"${raw}" is not a real date`, hint);
    return ok(new Date(raw.trim()).toISOString());
}
function parseHttpUrl(raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return bad(`"${raw}" is not a URL`, 'Give the full URL, e.g. https://gitlab.example.com.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return bad(`"${raw}" is not an http(s) URL`, 'Use an https:// URL.');
    // Credentials in a URL end up in logs; tokens belong in --token.
    if (url.username || url.password)
        return bad('contains credentials', `Remove user:password@ from the URL and give the token as ${(0,option_mention/* mention */.lE)('token')}.`);
    if (url.search || url.hash)
        return bad(`"${raw}" has a query or fragment`, 'Give the base URL only, e.g. https://gitlab.example.com.');
    return ok(url);
}
/** Comma- or newline-separated list, trimmed, empties dropped. */
function parseList(raw) {
    return raw.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

;// CONCATENATED MODULE: ./build/default/inputs/tag-name.js
/**
 * Tag names by git's check-ref-format rules plus GitLab's own (Gitlab::GitRefValidator, behaviour
 * sheet §4.3), checked before any request so a bad tag never half-creates a release.
 */
// ASCII control characters, space, ~ ^ : ? * [ and backslash are never allowed in a ref.
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;
/** Returns why the name is not a valid tag name, or undefined when it is. */
function tagNameProblem(name) {
    if (name === 'HEAD')
        return `"${name}" is reserved by git`;
    if (name.startsWith('refs/heads/') || name.startsWith('refs/remotes/'))
        return 'starts with refs/heads/ or refs/remotes/';
    return refNameProblem(name);
}
/**
 * git check-ref-format's rules for any ref name (branch, tag, or a SHA, which passes them): the
 * ref is sent to GitLab, which resolves names only, so `a..b` or `main~1` can never work there.
 */
function refNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name === '@')
        return `"${name}" is reserved by git`;
    if (name.startsWith('-'))
        return 'starts with "-" (it would be read as an option)';
    if (FORBIDDEN.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name.includes('//') || name.startsWith('/') || name.endsWith('/'))
        return 'has an empty path component ("//" or a leading or trailing "/")';
    if (name.endsWith('.'))
        return 'ends with "."';
    const component = name.split('/').find((part) => part.startsWith('.') || part.endsWith('.lock'));
    if (component !== undefined)
        return `has a component "${component}" that starts with "." or ends with ".lock"`;
    return undefined;
}

;// CONCATENATED MODULE: ./build/default/inputs/parse-inputs.js
/**
 * Raw strings in, typed Inputs out. Every problem is collected and reported at once, before any
 * request is sent, so a user fixes a pipeline in one round instead of one error per run.
 */










/** Reads raw values with their defaults and collects problems; one instance per parse. */
class Reader {
    raw;
    labelOf;
    problems = [];
    warnings = [];
    constructor(raw, labelOf) {
        this.raw = raw;
        this.labelOf = labelOf;
    }
    text(name) {
        const value = this.raw[name] ?? options/* OPTIONS */.lw.find((o) => o.name === name)?.default ?? '';
        return value === '' ? undefined : value;
    }
    problem(input, message, hint) {
        this.problems.push({ input, label: this.labelOf(input), message, hint });
    }
    typed(name, parse, fallback) {
        const raw = this.text(name);
        if (raw === undefined)
            return fallback;
        const parsed = parse(raw);
        if (parsed.ok)
            return parsed.value;
        this.problem(name, parsed.problem, parsed.hint);
        return fallback;
    }
    enumOf(name) {
        const values = (options/* OPTIONS */.lw.find((o) => o.name === name)?.values ?? []);
        return this.typed(name, (raw) => parseEnum(raw, values), values[0]);
    }
    flag(name) {
        return this.typed(name, parseBoolean, false);
    }
}
function parseInputs(raw, labelOf = (name) => `--${name}`) {
    const r = new Reader(raw, labelOf);
    const cwd = (0,external_node_path_.resolve)(r.text('cwd') ?? '.');
    if (!isDirectory(cwd))
        r.problem('cwd', `${cwd} is not a directory`, `Point ${r.labelOf('cwd')} at a clone of the project.`);
    const dryRun = r.flag('dry-run');
    const auth = readAuth(r);
    const inputs = {
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
    if (r.problems.length > 0)
        throw new errors/* InputError */.dz(r.problems);
    return { inputs, warnings: r.warnings };
}
function readOutputPath(r, name, cwd) {
    const path = r.text(name);
    const problem = path === undefined ? undefined : outputPathProblem(path, cwd);
    if (problem)
        r.problem(name, problem, 'Create the directory first or give a path in an existing, writable one (relative paths are read from cwd).');
    return path;
}
/**
 * Only the connection inputs (URL, project, token, TLS, timeouts, retries), with the release step's
 * checks, for the release commands (list, show, …). Project and token stay optional here: a public
 * project reads without a token and `list --group` needs no project; the commands say what they need.
 */
function parseConnectionInputs(raw, cwd, labelOf = (name) => `--${name}`) {
    const r = new Reader(raw, labelOf);
    const connection = readConnection(r, cwd, true, readAuth(r));
    if (r.problems.length > 0)
        throw new InputError(r.problems);
    return connection;
}
function readAuth(r) {
    for (const [name, kind] of [['token', 'private'], ['job-token', 'job']]) {
        const token = r.text(name);
        if (token === undefined)
            continue;
        (0,redact/* registerSecret */.cl)(token);
        // A pasted secret with a trailing newline fails as 401 much later; say it now, without echoing it.
        if (token !== token.trim() || /\s/.test(token)) {
            r.problem(name, 'contains whitespace or a line break', 'Store the token without surrounding spaces or newlines.');
        }
        else if (/[^\x21-\x7e]/.test(token)) {
            // GitLab tokens are printable ASCII; anything else is a paste accident (a smart quote, an ellipsis).
            const at = [...token].findIndex((c) => !/[\x21-\x7e]/.test(c)) + 1;
            r.problem(name, `contains a character that is not printable ASCII (character ${at})`, 'Copy the token again from GitLab; tokens hold only letters, digits and -_. characters.');
        }
        return { kind, token: token.trim() };
    }
    return { kind: 'none' };
}
function readConnection(r, cwd, dryRun, auth) {
    const gitlabUrl = baseUrlOf(r, r.typed('gitlab-url', parseHttpUrl, new URL('https://gitlab.com')));
    const project = r.text('project');
    if (project !== undefined)
        checkProject(r, project);
    else if (!dryRun)
        r.problem('project', 'is required', `Set ${r.labelOf('project')} to group/name (or its numeric id); GitLab CI sets CI_PROJECT_ID.`);
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
function baseUrlOf(r, url) {
    const href = url.href.replace(/\/+$/, '');
    const api = /\/api\/v4$/i.exec(href);
    if (!api)
        return href;
    const base = href.slice(0, api.index);
    r.warnings.push(`gitlab-url ${href} is GitLab's API URL (like CI_API_V4_URL): using the base URL ${base}. Set gitlab-url to ${base} to silence this notice.`);
    return base;
}
function checkProject(r, project) {
    if (/^\d+$/.test(project))
        return;
    if (project !== project.trim() || project.startsWith('/') || project.endsWith('/') || project.includes('//') || !project.includes('/')) {
        r.problem('project', `"${project}" is not a numeric id or a full path`, 'Use the numeric id or the full path without leading or trailing slashes, e.g. group/sub/project.');
    }
}
function readCa(r, cwd) {
    const value = r.text('ca-file');
    if (value === undefined)
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    const read = readInputFile(value, cwd);
    if (!read.ok)
        return void r.problem('ca-file', read.problem, 'Give a PEM file path or the PEM text itself.');
    if (!read.text.includes('-----BEGIN CERTIFICATE-----'))
        return void r.problem('ca-file', `${value} holds no PEM certificate`, 'Give a PEM file (-----BEGIN CERTIFICATE-----).');
    return read.text;
}
function readRelease(r, cwd) {
    const tag = r.text('tag')?.replace(/^refs\/tags\//, '');
    const tagProblem = tag === undefined ? undefined : tagNameProblem(tag);
    if (tagProblem)
        r.problem('tag', `"${tag}" ${tagProblem}`, 'Use a valid git tag name such as v1.2.0.');
    const ref = r.text('ref');
    const refProblem = ref === undefined ? undefined : refNameProblem(ref);
    if (refProblem)
        r.problem('ref', `"${ref}" ${refProblem}`, 'Give a commit SHA, a branch or a tag name (git check-ref-format rules; no ranges such as a..b).');
    return {
        tag,
        ref,
        name: r.text('name'),
        tagMessage: r.text('tag-message'),
        releasedAt: r.typed('released-at', parseReleasedAt, undefined),
        description: readDescription(r, cwd),
        notesMode: r.enumOf('notes-mode'),
        notesSections: readNotesSections(r),
        notesOtherCommits: r.flag('notes-other-commits'),
        evidence: r.enumOf('evidence'),
    };
}
function readDescription(r, cwd) {
    const text = r.text('description');
    const file = r.text('description-file');
    if (text !== undefined && file !== undefined) {
        r.problem('description-file', 'cannot be combined with description', 'Give the notes either inline or as a file.');
    }
    if (file === undefined)
        return text;
    const read = readInputFile(file, cwd);
    if (read.ok)
        return read.text;
    r.problem('description-file', read.problem, `Point it at an existing Markdown file (relative paths are read from ${r.labelOf('cwd')}).`);
    return undefined;
}
function readNotesSections(r) {
    const raw = r.text('notes-sections');
    if (raw === undefined)
        return undefined;
    const hint = 'Give a JSON object of commit type → heading, false to hide: {"docs":"Documentation","revert":false}.';
    let data;
    try {
        data = JSON.parse(raw);
    }
    catch (error) {
        return void r.problem('notes-sections', `is not valid JSON (${error.message})`, hint);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return void r.problem('notes-sections', 'must be a JSON object', hint);
    const bad = Object.entries(data).filter(([type, heading]) => !/^[\w-]+$/.test(type) || !(heading === false || (typeof heading === 'string' && heading.trim() !== '')));
    if (bad.length)
        return void r.problem('notes-sections', `has invalid entries: ${bad.map(([t]) => JSON.stringify(t)).join(', ')}`, hint);
    return data;
}
function readLinksAndMilestones(r) {
    const clear = r.flag('clear-milestones');
    const titles = r.text('milestones');
    if (clear && titles !== undefined)
        r.problem('clear-milestones', 'cannot be combined with milestones', 'Either list milestones or clear them.');
    const list = titles === undefined ? undefined : parseList(titles);
    if (list && new Set(list).size !== list.length)
        r.problem('milestones', 'lists a title twice', 'List each milestone once.');
    const { links: assets, files: fileAssets } = readAssets(r);
    const pruneLinks = r.flag('prune-links');
    if (pruneLinks && assets === undefined) {
        r.problem('prune-links', 'needs assets', 'Give assets (use assets: [] to delete every link on purpose).');
    }
    return { milestones: clear ? [] : list, assets, pruneLinks, ...readFiles(r, fileAssets) };
}
function readFiles(r, fileAssets) {
    const globs = r.text('files');
    const packageName = r.text('package-name');
    const packageVersion = r.text('package-version');
    if (packageName !== undefined && !inputs_files/* PACKAGE_NAME */.rM.test(packageName)) {
        r.problem('package-name', `"${packageName}" is refused by GitLab's package registry`, 'Use letters, digits and . _ - + only (no /, @, ~ or spaces).');
    }
    if (packageVersion !== undefined && !inputs_files/* PACKAGE_VERSION */.i8.test(packageVersion)) {
        r.problem('package-version', `"${packageVersion}" is refused by GitLab's package registry`, 'Use letters, digits and . _ - + only, without "..", e.g. 1.2.3 or 1.2.3-rc.1.');
    }
    const checksums = r.typed('checksums', parseBoolean, true);
    if (globs === undefined && fileAssets.length === 0)
        return { checksums, ...(packageName ? { packageName } : {}), ...(packageVersion ? { packageVersion } : {}) };
    const cwd = (0,external_node_path_.resolve)(r.text('cwd') ?? '.');
    const hint = 'Fix the glob or rename the file; globs are relative to cwd, and every file name must be unique and accepted by the registry.';
    const fromGlobs = globs !== undefined && isDirectory(cwd) ? (0,inputs_files/* expandFiles */.CC)(parseList(globs), cwd) : { files: [], problems: [] };
    for (const problem of fromGlobs.problems)
        r.problem('files', problem, hint);
    const fromAssets = isDirectory(cwd) ? (0,inputs_files/* expandFileAssets */.I)(fileAssets, cwd) : { files: [], problems: [] };
    for (const problem of fromAssets.problems)
        r.problem('assets', problem, hint);
    const files = [...fromGlobs.files];
    for (const file of fromAssets.files) {
        if (files.some((f) => f.name === file.name))
            r.problem('assets', `${file.name} is also matched by files: a release links each name once`, 'List the file in one place only.');
        else
            files.push(file);
    }
    return { files, checksums, ...(packageName ? { packageName } : {}), ...(packageVersion ? { packageVersion } : {}) };
}
function readAssets(r) {
    const raw = r.text('assets');
    if (raw === undefined)
        return { files: [] };
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
function readVersioning(r) {
    const tagPrefix = r.text('tag-prefix') ?? '';
    if (tagPrefix !== '' && tagNameProblem(`${tagPrefix}1.0.0`)) {
        r.problem('tag-prefix', `"${tagPrefix}" cannot start a tag name`, 'Use a prefix such as v, pkg@ or pkg/v.');
    }
    const prerelease = r.text('prerelease');
    if (prerelease !== undefined && BOOLEAN_WORDS.includes(prerelease.toLowerCase())) {
        r.problem('prerelease', `"${prerelease}" would become the identifier (v2.0.0-${prerelease}.1): prerelease is not a switch`, 'Give the identifier the version gets, e.g. rc (1.3.0-rc.1) or beta; leave prerelease empty for a stable release.');
    }
    else if (prerelease !== undefined && !SEMVER_ID.test(prerelease)) {
        r.problem('prerelease', `"${prerelease}" is not a semver identifier`, 'Use letters, digits and "-", e.g. rc or beta.');
    }
    const initialVersion = r.text('initial-version') ?? '1.0.0';
    if (!SEMVER.test(initialVersion))
        r.problem('initial-version', `"${initialVersion}" is not a semver version`, 'Use a version such as 1.0.0 or 0.1.0.');
    const bump = r.enumOf('bump');
    if (bump === 'prerelease' && prerelease === undefined) {
        r.problem('prerelease', 'is required with bump: prerelease', 'Name the prerelease identifier, e.g. rc (gives 1.3.0-rc.1, then rc.2).');
    }
    return { bump, tagPrefix, paths: parseList(r.text('path') ?? ''), prerelease, initialVersion, majorOnZero: r.flag('major-on-zero') };
}
/**
 * An explicit tag means no version is computed: say so when versioning inputs were set (to
 * something other than their defaults) rather than ignore them without a word.
 */
function warnIgnoredVersioning(r, inputs) {
    if (inputs.tag === undefined)
        return;
    const given = [
        ['bump', inputs.bump !== 'auto' && inputs.bump !== 'none'], // none asks for a tag: consistent with one
        ['prerelease', inputs.prerelease !== undefined],
        ['initial-version', inputs.initialVersion !== (0,options/* findOption */.$K)('initial-version')?.default],
        ['major-on-zero', inputs.majorOnZero],
    ];
    const ignored = given.filter(([, set]) => set).map(([name]) => r.labelOf(name));
    if (ignored.length === 0)
        return;
    r.warnings.push(`${ignored.join(', ')} ignored: ${r.labelOf('tag')} gives the tag ${inputs.tag}, so no version is computed. Drop them, or drop the tag to compute the next version.`);
}

// EXTERNAL MODULE: ./build/default/outputs.js
var default_outputs = __webpack_require__(1308);
// EXTERNAL MODULE: ./build/default/outputs-file.js
var outputs_file = __webpack_require__(4695);
;// CONCATENATED MODULE: ./build/default/hosts/run-on-host.js
/**
 * The engine behind every front-end: raw inputs → checked inputs → run → report, with secrets
 * masked before the first line is printed and every failure turned into a coded error.
 */









async function runOnHost(host) {
    const warnings = [];
    const phases = [];
    try {
        const explicit = host.rawInputs();
        const context = contextSources(host.env);
        const raw = mergeRawInputs(explicit, context.values);
        maskSecrets(host, raw);
        const log = safeLogger(host, warnings, phases);
        const { inputs, warnings: inputWarnings } = parseInputs(raw, labeller(host, explicit, context.origins));
        inputWarnings.forEach((w) => log.warn(w));
        if (inputs.insecure)
            log.warn('insecure: TLS certificates are NOT verified. Anyone on the network path can read the token. Use ca-file instead.');
        // The run pulls in gitbeaker and conventional-changelog: load it only when a run happens.
        const { run } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 285));
        const report = { ...(await run(inputs, log)), warnings };
        if (inputs.dotenv)
            await writeDotenv((0,external_node_path_.resolve)(inputs.cwd, inputs.dotenv), report.outputs, log);
        await host.writeReport(report);
        return 0;
    }
    catch (error) {
        const failure = (0,option_mention/* errorInSurfaceWords */.cy)((0,errors/* toReleaseError */.Tp)(error), (name) => host.labelOf(name));
        await host.showError(failure, phases);
        return failure.exitCode;
    }
}
/**
 * Explicit values win over CI context defaults. An explicit job token beats a GITLAB_TOKEN that
 * merely sits in the environment: the user asked for that token.
 */
function mergeRawInputs(explicit, context) {
    const merged = { ...context };
    if (explicit['job-token'] !== undefined && explicit.token === undefined)
        delete merged.token;
    for (const [name, value] of Object.entries(explicit)) {
        if ((0,options/* isGiven */.qR)(name, value))
            merged[name] = value;
    }
    return merged;
}
/** A value the user gave is named as they wrote it; one the CI context supplied, by its variable. */
function labeller(host, explicit, context) {
    return (name) => (explicit[name] ?? '') === '' && context[name] ? context[name] : host.labelOf(name);
}
function maskSecrets(host, raw) {
    for (const secret of [raw.token, raw['job-token']]) {
        if (!secret)
            continue;
        (0,redact/* registerSecret */.cl)(secret);
        // GitHub masks exact strings only: mask the encoded forms a URL or a Basic header would show.
        for (const form of (0,redact/* formsOf */.XP)(secret.trim()))
            host.maskSecret(form);
    }
}
/**
 * Redacts every line, names options the way this surface writes them, and records each group's
 * lines and fate for a failed run's summary.
 */
function safeLogger(host, warnings, phases) {
    const { log } = host;
    const current = () => phases.findLast((phase) => phase.state === 'running');
    const words = (message) => (0,option_mention/* inSurfaceWords */.o0)((0,redact/* redact */.E$)(message), (name) => host.labelOf(name));
    return {
        info: (message) => {
            const clean = words(message);
            current()?.lines.push(clean);
            log.info(clean);
        },
        warn: (message) => {
            const clean = words(message);
            warnings.push(clean);
            log.warn(clean);
        },
        group: async (title, body) => {
            const phase = { title, lines: [], state: 'running' };
            phases.push(phase);
            try {
                const result = await log.group(title, body);
                phase.state = 'done';
                return result;
            }
            catch (error) {
                phase.state = 'failed';
                throw error;
            }
        },
    };
}
async function writeDotenv(path, outputs, log) {
    const { text, dropped } = (0,default_outputs/* toDotenv */.u5)(outputs);
    if (dropped.length)
        log.warn(`dotenv: left out ${dropped.join(', ')} to stay within GitLab's limits (5,120 bytes, 20 variables).`);
    await (0,outputs_file/* writeOutputFile */.B)(path, text, 'dotenv');
}


/***/ }),

/***/ 9269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   I: () => (/* binding */ expandFileAssets),
/* harmony export */   i8: () => (/* binding */ PACKAGE_VERSION),
/* harmony export */   rM: () => (/* binding */ PACKAGE_NAME)
/* harmony export */ });
/* unused harmony export fileNameProblem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * `files`: globs relative to cwd → the files to upload, checked before any request: a glob that
 * matches nothing, a directory, a name the registry refuses (generic-packages.md §2.2) and two
 * files with one name are problems of the input, reported together.
 */


// The newest generic file-name rule (§2.2): letters, digits, . _ - + ~ @, no leading or trailing ~ or @.
const FILE_NAME = /^(?![~@])[A-Za-z0-9._+~@-]+(?<![~@])$/;
// package_name and package_version (§2.2).
const PACKAGE_NAME = /^[A-Za-z0-9._+-]+$/;
const PACKAGE_VERSION = /^(?!.*\.\.)[\w+.-]+$/;
function fileNameProblem(name) {
    if (FILE_NAME.test(name))
        return undefined;
    return `file name "${name}" is refused by GitLab's package registry (letters, digits and . _ - + ~ @ only; no spaces or #; no leading or trailing ~ or @)`;
}
function expandFiles(patterns, cwd) {
    const problems = [];
    const byName = new Map();
    for (const pattern of patterns) {
        const matches = globFiles(pattern, cwd);
        if (matches.length === 0) {
            problems.push(`"${pattern}" matches no file in ${cwd}`);
            continue;
        }
        for (const path of matches) {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path);
            const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path) || path;
            if (stat.isDirectory()) {
                problems.push(`"${pattern}" matches the directory ${shown}: only files can be uploaded`);
                continue;
            }
            const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
            const refused = fileNameProblem(name);
            if (refused) {
                problems.push(`${shown}: ${refused}`);
                continue;
            }
            const other = byName.get(name);
            if (other && other.path !== path)
                problems.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, other.path)} and ${shown} have the same file name ${name}: a release links each name once`);
            else
                byName.set(name, { name, path, size: stat.size });
        }
    }
    return { files: [...byName.values()], problems };
}
/** assets entries with "path": a file, or a glob matching exactly one file. */
function expandFileAssets(assets, cwd) {
    const files = [];
    const problems = [];
    for (const asset of assets) {
        const found = expandFiles([asset.path], cwd);
        problems.push(...found.problems);
        if (found.problems.length > 0)
            continue;
        if (found.files.length !== 1) {
            problems.push(`"path": "${asset.path}" matches ${found.files.length} files; an assets entry uploads exactly one (use files for several)`);
            continue;
        }
        const { name, linkType, directAssetPath } = asset;
        files.push({ ...found.files[0], link: { linkType, ...(name ? { name } : {}), ...(directAssetPath ? { directAssetPath } : {}) } });
    }
    return { files, problems };
}
/**
 * fs.globSync, sorted. Before Node 22.17 it is marked experimental and Node prints an
 * ExperimentalWarning on first use: that line says nothing to a user, so it alone is held back.
 */
function globFiles(pattern, cwd) {
    const emit = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === 'string' ? warning : warning.message;
        if (/glob/i.test(text) && /experimental/i.test(`${text} ${String(rest[0] ?? '')}`))
            return;
        emit.call(process, warning, ...rest);
    });
    try {
        const found = node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync(pattern, { cwd });
        return found.map((p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p))).sort();
    }
    finally {
        process.emitWarning = emit;
    }
}


/***/ }),

/***/ 4423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LINK_TYPES)
/* harmony export */ });
/** The values that flow through a run: what GitLab holds, what we want, and the plan between them. */
const LINK_TYPES = ['other', 'runbook', 'image', 'package'];


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cy: () => (/* binding */ errorInSurfaceWords),
/* harmony export */   lE: () => (/* binding */ mention),
/* harmony export */   o0: () => (/* binding */ inSurfaceWords)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7119);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5076);
/**
 * An option named inside a message or hint ("give the tag: --tag") is written the way the user
 * gives it on their surface: `--tag` on the command line, `with: tag` in a workflow, `inputs: tag`
 * in the GitLab template. Messages are made deep in the engine, before anyone knows the surface,
 * so they carry a marker that the host turns into its own words when it prints them.
 */


const MARKER = /\{option:([a-z][a-z0-9-]*)\}/g;
function mention(name) {
    return `{option:${name}}`;
}
/** Every marker in `text` as `labelOf` writes that option; the CLI's spelling for anything else. */
function inSurfaceWords(text, labelOf) {
    return text.replace(MARKER, (_, name) => ((0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .findOption */ .$K)(name) ? labelOf(name) : `--${name}`));
}
/** The same error with its message and hint in the surface's words (the error itself when it names no option). */
function errorInSurfaceWords(error, labelOf) {
    const message = inSurfaceWords(error.message, labelOf);
    const hint = inSurfaceWords(error.hint, labelOf);
    if (message === error.message && hint === error.hint)
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(error.code, message, {
        hint,
        exitCode: error.exitCode,
        ...(error.gitlab ? { gitlab: error.gitlab } : {}),
        ...(error.input ? { input: error.input } : {}),
        ...(error.cause !== undefined ? { cause: error.cause } : {}),
    });
}


/***/ }),

/***/ 5076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ findOption),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   q4: () => (/* binding */ optionsOn),
/* harmony export */   qR: () => (/* binding */ isGiven)
/* harmony export */ });
/* unused harmony export envNameOf */
/**
 * The one option table. It drives the CLI flags and --help, action.yml's inputs, the GitLab CI
 * template's spec:inputs and the README tables; tests keep those surfaces equal to it, so a new
 * option is added here once and nowhere else by hand.
 */
const ALL_OPTIONS = [
    { name: 'gitlab-url', kind: 'string', default: '', placeholder: 'URL',
        defaultText: '`CI_SERVER_URL`, else `https://gitlab.com`',
        description: 'GitLab base URL, e.g. https://gitlab.example.com (a relative URL root such as /gitlab is kept; a trailing /api/v4 is dropped with a notice).' },
    { name: 'project', kind: 'string', default: '', placeholder: 'ID_OR_PATH', defaultText: '`CI_PROJECT_ID`',
        description: 'GitLab project: numeric id or full path such as group/sub/project.' },
    { name: 'project-url', kind: 'string', default: '', placeholder: 'URL',
        defaultText: '`CI_PROJECT_URL`, else GitLab URL + project path, else asked from GitLab',
        description: 'Web URL of the GitLab project, used for links in generated notes (never taken from the git remote).' },
    // Secrets are no template inputs: an include's inputs sit in the pipeline configuration.
    { name: 'token', kind: 'secret', default: '', placeholder: 'TOKEN', defaultText: '`GITLAB_TOKEN`', notOn: ['template'],
        description: 'Personal, project or group access token (scope api), sent as PRIVATE-TOKEN.' },
    { name: 'job-token', kind: 'secret', default: '', placeholder: 'TOKEN', defaultText: '`CI_JOB_TOKEN` when no token is given', notOn: ['template'],
        description: 'GitLab CI job token, sent as JOB-TOKEN. Used only when no token is given.' },
    { name: 'tag', kind: 'string', default: '', placeholder: 'NAME',
        defaultText: '`CI_COMMIT_TAG`; `GITHUB_REF_NAME` when `GITHUB_REF_TYPE=tag`; else computed (see bump)',
        description: 'Tag of the release. Created from ref by GitLab if it does not exist yet.' },
    { name: 'ref', kind: 'string', default: '', placeholder: 'REF', defaultText: '`CI_COMMIT_SHA`, `GITHUB_SHA`, else HEAD',
        description: 'Commit, branch or tag the tag is created from when it does not exist yet.' },
    { name: 'name', kind: 'string', default: '', placeholder: 'TEXT',
        defaultText: 'an existing release keeps its name; a new one is named after the tag',
        description: 'Release name.' },
    { name: 'tag-message', kind: 'string', default: '', placeholder: 'TEXT',
        description: 'Message of the annotated tag; sent only when the tag is created.' },
    { name: 'released-at', kind: 'string', default: '', placeholder: 'ISO8601',
        description: 'Release date, ISO 8601 (e.g. 2026-01-31T12:00:00Z). A past date makes a historical release (no evidence).' },
    { name: 'description', kind: 'string', default: '', placeholder: 'TEXT',
        defaultText: 'generated from conventional commits',
        description: 'Release notes (Markdown). Overrides the generated notes.' },
    { name: 'description-file', kind: 'path', default: '', placeholder: 'PATH',
        description: 'Read the release notes from this file (for long notes).' },
    { name: 'notes-mode', kind: 'enum', default: 'replace', values: ['replace', 'append', 'prepend', 'keep', 'overwrite'],
        description: "What to do with an existing release's description: replace the notes forge-release wrote (a description someone else wrote is kept, with a warning), append or prepend the new notes once, keep it, or overwrite it whatever it holds." },
    { name: 'notes-sections', kind: 'json', default: '', placeholder: 'JSON',
        defaultText: 'Features, Bug Fixes, Performance Improvements, Reverts; breaking changes always',
        description: 'Which commit types the generated notes show and under which heading: a JSON object of type → heading (false hides it), over the defaults, e.g. {"docs":"Documentation","revert":false}.' },
    { name: 'notes-other-commits', kind: 'boolean', default: 'false',
        description: 'List the commits that are not conventional (or whose type the preset does not know) under their own heading, Other Changes, in the generated notes.' },
    { name: 'milestones', kind: 'list', default: '', placeholder: 'TITLES', defaultText: 'untouched',
        description: 'Milestone titles to associate, comma or newline separated. Replaces the current set.' },
    { name: 'clear-milestones', kind: 'boolean', default: 'false',
        description: 'Remove every milestone from the release.' },
    { name: 'assets', kind: 'json', default: '', placeholder: 'JSON',
        description: 'Asset links: JSON array of {name, url, link_type?, direct_asset_path?}.' },
    { name: 'prune-links', kind: 'boolean', default: 'false',
        description: 'Delete links on the release that are not in assets.' },
    { name: 'files', kind: 'list', default: '', placeholder: 'GLOBS',
        description: "Files to upload to the project's generic package registry and link from the release: globs relative to cwd, comma or newline separated. A re-run uploads only files whose sha256 changed." },
    { name: 'package-name', kind: 'string', default: '', placeholder: 'NAME',
        defaultText: 'the tag prefix when it names a package (pkg@, pkg/v → pkg), else the project name, else release',
        description: 'Generic package the files are uploaded to (letters, digits, . _ - +).' },
    { name: 'package-version', kind: 'string', default: '', placeholder: 'VERSION', defaultText: "the release's version",
        description: 'Version of the generic package the files are uploaded to.' },
    { name: 'checksums', kind: 'boolean', default: 'true',
        description: 'Upload and link a SHA256SUMS file (sha256sum format) with the files.' },
    { name: 'evidence', kind: 'enum', default: 'auto', values: ['auto', 'always', 'never'],
        description: 'Collect release evidence: auto (when the instance offers it), always (fail if it cannot), never.' },
    { name: 'bump', kind: 'enum', default: 'auto', values: ['auto', 'major', 'minor', 'patch', 'prerelease', 'none'],
        description: 'When no tag is given: how to compute the next version from conventional commits (none: require a tag).' },
    { name: 'tag-prefix', kind: 'string', default: 'v', placeholder: 'PREFIX', emptyIsValue: true,
        description: 'Prefix of release tags (v, pkg@, pkg/v; empty for tags such as 1.2.3). Only tags with it count as releases.' },
    { name: 'path', kind: 'list', default: '', placeholder: 'PATHSPECS', defaultText: 'the whole repository',
        description: 'Only commits touching these paths count for the notes, the version bump and "nothing to release": git pathspecs, comma or newline separated, as in git log -- <path> (monorepos, with a tag-prefix such as pkg@).' },
    { name: 'prerelease', kind: 'string', default: '', placeholder: 'ID',
        description: 'Make the computed version a prerelease with this identifier (rc gives 1.3.0-rc.1, then rc.2).' },
    { name: 'major-on-zero', kind: 'boolean', default: 'false',
        description: 'While the version is 0.x, let a breaking change bump the major version (1.0.0) instead of the minor one.' },
    { name: 'initial-version', kind: 'string', default: '1.0.0', placeholder: 'SEMVER',
        description: 'Version of the first release when no release tag exists yet and bump is auto.' },
    { name: 'dry-run', kind: 'boolean', default: 'false',
        description: 'Read, plan and print what would happen; send no write request.' },
    { name: 'notes-file', kind: 'path', default: '', placeholder: 'PATH',
        defaultText: 'action: a file in RUNNER_TEMP; template: release-notes.md; CLI: none',
        description: 'Write the release notes to this file (its path is an output).' },
    { name: 'dotenv', kind: 'path', default: '', placeholder: 'PATH', notOn: ['action', 'template'],
        description: 'Write outputs as a GitLab dotenv report to this file.' },
    { name: 'json', kind: 'boolean', default: 'false', notOn: ['action', 'template'],
        description: 'Print one JSON object with the outputs on stdout.' },
    { name: 'cwd', kind: 'path', default: '.', placeholder: 'DIR',
        description: 'The git repository to read.' },
    { name: 'timeout', kind: 'number', default: '30', placeholder: 'SECONDS',
        description: 'Timeout of one HTTP request, in seconds.' },
    { name: 'deadline', kind: 'number', default: '120', placeholder: 'SECONDS',
        description: "Bound on all of a run's waiting on GitLab (every request, retry and wait between them), in seconds: a GitLab that stops answering fails the run after this long." },
    { name: 'retries', kind: 'number', default: '4', placeholder: 'N',
        description: 'Retries of a request that met a rate limit, a 5xx or a network error.' },
    { name: 'retry-max-wait', kind: 'number', default: '120', placeholder: 'SECONDS',
        description: 'Cap on the total time spent waiting between retries of one request, in seconds.' },
    { name: 'ca-file', kind: 'string', default: '', placeholder: 'PATH_OR_PEM', defaultText: '`CI_SERVER_TLS_CA_FILE`',
        description: 'Extra CA certificates (PEM file path or inline PEM) for a self-hosted GitLab.' },
    { name: 'insecure', kind: 'boolean', default: 'false',
        description: 'Skip TLS certificate verification (unsafe; prints a warning).' },
];
const OPTIONS = ALL_OPTIONS;
function optionsOn(surface) {
    return OPTIONS.filter((o) => !o.notOn?.includes(surface));
}
function findOption(name) {
    return OPTIONS.find((o) => o.name === name);
}
/** Whether a raw value counts as given: empty counts only for options where empty is a value. */
function isGiven(name, value) {
    return value !== undefined && (value !== '' || findOption(name)?.emptyIsValue === true);
}
/** `tag-message` → `FORGE_RELEASE_TAG_MESSAGE`. */
function envNameOf(option) {
    return `FORGE_RELEASE_${option.toUpperCase().replace(/-/g, '_')}`;
}
const OUTPUTS = [
    { name: 'result', json: 'result', dotenv: 'RELEASE_RESULT', description: 'created, updated, unchanged, planned (dry run) or skipped (nothing to release).' },
    { name: 'release-url', json: 'releaseUrl', dotenv: 'RELEASE_URL', description: 'Web URL of the release.' },
    { name: 'tag', json: 'tag', dotenv: 'RELEASE_TAG', description: 'Tag of the release.' },
    { name: 'version', json: 'version', dotenv: 'RELEASE_VERSION', description: 'Version: the tag without its prefix.' },
    { name: 'previous-tag', json: 'previousTag', dotenv: 'RELEASE_PREVIOUS_TAG', description: 'The release tag the notes start from (empty for a first release).' },
    { name: 'commit-sha', json: 'commitSha', dotenv: 'RELEASE_COMMIT_SHA', description: 'Commit the tag points at.' },
    { name: 'assets', json: 'assets', dotenv: 'RELEASE_ASSETS', description: 'Asset links as JSON: [{name, url, directAssetUrl, linkType}]; an uploaded file also carries sha256 and size.' },
    { name: 'milestones', json: 'milestones', dotenv: 'RELEASE_MILESTONES', description: 'Milestone titles as JSON.' },
    { name: 'evidence', json: 'evidence', dotenv: 'RELEASE_EVIDENCE', description: 'collected, unavailable, skipped or planned.' },
    { name: 'notes-file', json: 'notesFile', dotenv: 'RELEASE_NOTES_FILE', description: 'Path of a file holding the release notes (empty when none was written).' },
];


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7119);
/**
 * Writes a file the user asked for (notes-file, dotenv). The path was checked with the inputs, so
 * a failure here is the file system changing under the run (disk full, permissions): a coded
 * error naming the file, never an E_INTERNAL "bug".
 */


async function writeOutputFile(path, text, input) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
    }
    catch (error) {
        const code = error.code ?? error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('E_OUTPUT_FILE', `Could not write ${input} ${path} (${code})`, {
            hint: `Make ${path} writable (or point ${input} elsewhere) and re-run: what GitLab already holds is kept, a re-run only writes what is missing.`,
            input,
            cause: error,
        });
    }
}


/***/ }),

/***/ 1308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mi: () => (/* binding */ toStepOutputs),
/* harmony export */   u5: () => (/* binding */ toDotenv)
/* harmony export */ });
/* unused harmony exports DOTENV_MAX_BYTES, DOTENV_MAX_VARIABLES, toJsonOutput, toJsonFailure */
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5076);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4649);


/** GitLab's dotenv limits (behaviour sheet §6.3): the file must be smaller than 5,120 bytes. */
const DOTENV_MAX_BYTES = 5120;
const DOTENV_MAX_VARIABLES = 20;
function asText(value) {
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
/** Step outputs by action output name; every value a string. */
function toStepOutputs(outputs) {
    const record = outputs;
    return Object.fromEntries(_options_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUTS */ .py.map((o) => [o.name, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(asText(record[o.json] ?? ''))]));
}
/** The JSON object --json prints: every output plus the notes themselves. */
function toJsonOutput(outputs) {
    return redactValue(outputs);
}
/** What --json prints when a run fails, so a script can branch on `result` either way. */
function toJsonFailure(error) {
    const { code, message, hint, gitlab, cause } = error;
    // A bug's report needs where it happened: E_INTERNAL's hint sends users here for it.
    const stack = code === 'E_INTERNAL' && cause instanceof Error ? { stack: cause.stack } : {};
    return redactValue({ result: 'failed', error: { code, message, hint, ...(gitlab ? { gitlab } : {}), ...stack } });
}
/**
 * A dotenv report GitLab accepts: one KEY=value a line, single-line values, no empty lines, under
 * 5,120 bytes. Values that would break those rules (a huge asset list) are dropped whole, with a
 * warning, rather than cut into something that parses as a different value.
 */
function toDotenv(outputs) {
    const values = toStepOutputs(outputs);
    const lines = [];
    const dropped = [];
    let bytes = 0;
    for (const spec of _options_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUTS */ .py) {
        const value = (values[spec.name] ?? '').replace(/[\r\n]+/g, ' ').trim();
        const line = `${spec.dotenv}=${value}\n`;
        const size = Buffer.byteLength(line);
        if (bytes + size >= DOTENV_MAX_BYTES || lines.length >= DOTENV_MAX_VARIABLES) {
            dropped.push(spec.dotenv);
            continue;
        }
        lines.push(line);
        bytes += size;
    }
    return { text: lines.join(''), dropped };
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   XP: () => (/* binding */ formsOf),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports redactValue, clearSecrets */
/**
 * Secrets out of every printed line. A token is registered once, as soon as it is read, and every
 * line a host prints, every output and every error message passes through `redact`: raw and
 * URL-encoded forms (a token can surface inside a URL a dependency prints), and base64 (Basic auth).
 */
const secrets = new Set();
const MASK = '[REDACTED]';
function registerSecret(value) {
    const trimmed = value?.trim();
    // Very short values would mask ordinary words; GitLab tokens are 20+ characters.
    if (!trimmed || trimmed.length < 6)
        return;
    for (const form of formsOf(trimmed))
        secrets.add(form);
    if (value && value !== trimmed)
        secrets.add(value);
}
/** The forms a secret can be printed in: raw, URL-encoded and base64. */
function formsOf(secret) {
    const forms = [secret, encodeURIComponent(secret), encodeURI(secret), Buffer.from(secret).toString('base64')];
    return [...new Set(forms.filter((f) => f.length >= 6))];
}
function redact(text) {
    let out = text;
    // Longest first, so an encoded form that contains the raw one is masked whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(MASK);
    }
    return out;
}
/** Deep-redacts strings inside a JSON-able value (outputs, plans). */
function redactValue(value) {
    if (secrets.size === 0)
        return value;
    return JSON.parse(redact(JSON.stringify(value)));
}
/** For tests: forget every registered secret. */
function clearSecrets() {
    secrets.clear();
}


/***/ })

};
