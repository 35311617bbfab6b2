export const id = 224;
export const ids = [224];
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

/***/ 5224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubActionsHost: () => (/* binding */ createGitHubActionsHost)
});

// UNUSED EXPORTS: NOTES_FILE_NAME, errorBody, readActionInputs, showError

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(1659);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/options.js
var options = __webpack_require__(5076);
// EXTERNAL MODULE: ./build/default/outputs.js
var outputs = __webpack_require__(1308);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
;// CONCATENATED MODULE: ./build/default/hosts/job-summary.js
/**
 * RunReport → the Markdown of the GitHub job summary. Pure, so it is tested without a runner.
 * GitHub rejects a step summary above 1 MiB and then shows nothing at all, so the summary is
 * kept under that: the notes (the only part that can be huge) are shortened first, then the
 * asset table, and the summary says what was left out and where the full notes are.
 */

const MAX_SUMMARY_BYTES = 1024 * 1024;
const RESULT_TEXT = {
    created: '🆕 created',
    updated: '✏️ updated',
    unchanged: '✅ unchanged (nothing to do)',
    planned: '📝 planned (dry run: nothing was written)',
    skipped: '⏭️ skipped (nothing to release)',
};
function renderJobSummary(report, maxBytes = MAX_SUMMARY_BYTES) {
    const head = headSection(report);
    const tail = tailSection(report);
    let assets = assetsSection(report.outputs.assets);
    const notesBudget = maxBytes - bytes(head) - bytes(assets) - bytes(tail);
    const notes = notesSection(report, Math.max(0, notesBudget));
    const summary = [head, assets, notes, tail].join('');
    if (bytes(summary) <= maxBytes)
        return summary;
    // Still too large with no notes at all: the asset table is what is left to shorten.
    const assetBudget = maxBytes - bytes(head) - bytes(notes) - bytes(tail);
    assets = assetsSection(report.outputs.assets, Math.max(0, assetBudget));
    return truncateBytes([head, assets, notes, tail].join(''), maxBytes);
}
function headSection({ outputs, dryRun, releaseExists, commitUrl, compareUrl }) {
    if (outputs.result === 'skipped')
        return '## forge-release: nothing to release\n\nNo commit since the last release tag calls for a new version.\n\n';
    // A dry run's new release has no page yet: a link to it would be a 404.
    const linkable = outputs.releaseUrl && (!dryRun || releaseExists);
    const title = linkable ? `[${escapeText(outputs.tag)}](${outputs.releaseUrl})` : escapeText(outputs.tag);
    const lines = [
        `## ${dryRun ? 'Release plan' : 'Release'} ${title}`,
        '',
        `| | |`,
        `|---|---|`,
        `| Result | ${RESULT_TEXT[outputs.result] ?? outputs.result} |`,
        `| Tag | \`${escapeCell(outputs.tag)}\` → \`${escapeCell(outputs.commitSha)}\` |`,
    ];
    if (outputs.version)
        lines.push(`| Version | ${escapeCell(outputs.version)} |`);
    if (outputs.previousTag)
        lines.push(`| Previous tag | \`${escapeCell(outputs.previousTag)}\` |`);
    const pages = [commitUrl ? `[commit](${commitUrl})` : '', compareUrl ? `[changes since ${escapeCell(outputs.previousTag)}](${compareUrl})` : ''].filter(Boolean);
    if (pages.length)
        lines.push(`| On GitLab | ${pages.join(' · ')} |`);
    lines.push(`| Milestones | ${outputs.milestones.length ? outputs.milestones.map(escapeCell).join(', ') : '—'} |`);
    lines.push(`| Evidence | ${escapeCell(outputs.evidence)} |`);
    return `${lines.join('\n')}\n\n`;
}
function assetsSection(assets, maxBytes = Infinity) {
    if (assets.length === 0)
        return '';
    const rows = ['### Assets\n\n| Name | Type | URL |\n|---|---|---|\n'];
    let size = bytes(rows[0] ?? '');
    for (const [index, asset] of assets.entries()) {
        const row = `| ${escapeCell(asset.name)} | ${asset.linkType} | ${escapeCell(asset.directAssetUrl || asset.url)} |\n`;
        const more = `\n_…and ${assets.length - index} more: see the \`assets\` output._\n\n`;
        if (size + bytes(row) + bytes(more) > maxBytes)
            return `${rows.join('')}${more}`;
        rows.push(row);
        size += bytes(row);
    }
    return `${rows.join('')}\n`;
}
function notesSection({ outputs }, maxBytes) {
    if (!outputs.notes)
        return '';
    const open = '<details><summary>Release notes</summary>\n\n';
    const close = '\n\n</details>\n\n';
    const full = `${open}${outputs.notes}${close}`;
    if (bytes(full) <= maxBytes)
        return full;
    const where = outputs.notesFile ? ` The full notes are in \`${escapeCell(outputs.notesFile)}\` (\`notes-file\` output).` : '';
    const notice = `\n\n_Release notes shortened to keep this summary under GitHub's 1 MiB limit.${where}_`;
    const room = maxBytes - bytes(open) - bytes(close) - bytes(notice);
    if (room <= 0)
        return `_Release notes left out of this summary (GitHub's 1 MiB limit).${where}_\n\n`;
    return `${open}${truncateBytes(outputs.notes, room)}${notice}${close}`;
}
function tailSection({ planText, warnings }) {
    let text = '';
    if (warnings.length)
        text += `### Warnings\n\n${warnings.map((w) => `- ${escapeText(w.replace(/\s*\n\s*/g, ' '))}`).join('\n')}\n\n`;
    if (planText.trim()) {
        const fence = '`'.repeat(Math.max(3, longestBacktickRun(planText) + 1));
        text += `<details><summary>Plan</summary>\n\n${fence}diff\n${planText.trimEnd()}\n${fence}\n\n</details>\n`;
    }
    return text;
}
const PHASE_MARK = { done: '✅', failed: '❌', running: '❌' };
/**
 * A failed run's summary: the error with its hint, then each phase that ran with the line it
 * opened with, and every write GitLab confirmed (the Apply lines), so nobody has to guess what
 * a failed run left behind.
 */
function renderFailureSummary(error, phases, maxBytes = MAX_SUMMARY_BYTES) {
    const [message, ...details] = (0,errors/* errorLines */.S6)(error);
    const text = [`## forge-release failed: \`${error.code}\``, '', ...quote(message ?? ''), ''];
    for (const line of details)
        text.push(`${escapeText(line.replace(/^hint: /, '**Hint:** '))}  `);
    text.push('', '### Before the failure', '');
    if (phases.length === 0)
        text.push('Nothing had run yet: no git read, no request to GitLab.');
    for (const phase of phases) {
        const lines = phase.title === 'Apply' ? phase.lines : phase.lines.slice(0, 1);
        text.push(`- ${PHASE_MARK[phase.state]} **${escapeText(phase.title)}**${phase.state === 'done' ? '' : ': failed here'}`);
        for (const line of lines)
            text.push(`  - ${escapeText(firstLine(line))}`);
    }
    const applied = phases.find((p) => p.title === 'Apply')?.lines.filter((line) => /^[+~-] /.test(line)).length ?? 0;
    const writes = applied ? `GitLab confirmed ${applied} write${applied === 1 ? '' : 's'} (above).` : 'GitLab confirmed no write.';
    text.push('', `${writes} A re-run reads GitLab again and sends only what is missing.`);
    return truncateBytes(`${text.join('\n')}\n`, maxBytes);
}
function quote(text) {
    return text.split('\n').map((line) => `> ${escapeText(line)}`);
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
/** A table cell must stay on one line and must not close the cell early. */
function escapeCell(text) {
    return escapeText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Keeps user text from injecting HTML into the summary page. */
function escapeText(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cuts at a UTF-8 character boundary, never inside a multi-byte character. */
function truncateBytes(text, maxBytes) {
    if (bytes(text) <= maxBytes)
        return text;
    const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
    // A decoder replaces a split trailing character with U+FFFD; drop it.
    return new TextDecoder('utf-8').decode(cut).replace(/\uFFFD$/, '');
}

;// CONCATENATED MODULE: ./build/default/hosts/result-line.js
function resultLine(report) {
    const { outputs } = report;
    if (outputs.result === 'skipped')
        return 'Nothing to release.';
    if (!report.dryRun)
        return `Release ${outputs.tag} ${outputs.result}: ${outputs.releaseUrl}`;
    // A dry run's new release has no page yet: point at the commit it would be created from.
    if (report.releaseExists)
        return `Dry run: nothing was written. ${outputs.tag} would be released at ${outputs.releaseUrl}.`;
    const commit = report.commitUrl ?? `commit ${outputs.commitSha}`;
    return `Dry run: nothing was written. ${outputs.tag} would be created from ${commit}${report.compareUrl ? `; changes: ${report.compareUrl}` : ''}.`;
}

;// CONCATENATED MODULE: ./build/default/hosts/github-actions.js
/**
 * The GitHub Action's host: inputs from INPUT_* (hyphens kept), outputs to
 * $GITHUB_OUTPUT, a job summary, log groups per phase, and failures as ::error annotations.
 * CI-context defaults (GITHUB_REF_NAME, GITHUB_SHA...) are the engine's job, not this adapter's.
 * The runner protocol is @actions/core's, which follows GitHub's changes to it; it reads and
 * writes process.env's runner files. Only the action bundle loads it: the CLI never imports this file.
 */









const NOTES_FILE_NAME = 'forge-release-notes.md';
function createGitHubActionsHost(env = process.env) {
    return {
        name: 'github-actions',
        env,
        rawInputs: () => readActionInputs(env),
        labelOf: (name) => `with: ${name}`,
        log: actionsLogger,
        maskSecret: (secret) => core/* setSecret */.Pq(secret),
        writeReport: (report) => writeReport(report, env),
        showError: (error, phases) => showError(error, phases, env),
    };
}
/** Every input the action offers that the workflow set; the notes go to a file by default. */
function readActionInputs(env) {
    const raw = {};
    for (const option of (0,options/* optionsOn */.q4)('action')) {
        const value = core/* getInput */.V4(option.name);
        // The runner sets every input that has a default; an empty one that is set was chosen.
        const set = env[`INPUT_${option.name.toUpperCase()}`] !== undefined;
        if (value !== '' || (set && (0,options/* isGiven */.qR)(option.name, value)))
            raw[option.name] = value;
    }
    // Notes can be far larger than an output should carry: a file in RUNNER_TEMP holds them.
    raw['notes-file'] ??= (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), NOTES_FILE_NAME);
    return raw;
}
const actionsLogger = {
    info: (message) => core/* info */.pq(message),
    warn: (message) => core/* warning */.$e(message),
    group: (title, body) => core/* group */.Os(title, body),
};
async function writeReport(report, env) {
    // Outside a runner there is nowhere to put outputs (@actions/core would fall back to the
    // deprecated ::set-output command).
    if (env.GITHUB_OUTPUT)
        for (const [name, value] of Object.entries((0,outputs/* toStepOutputs */.mi)(report.outputs)))
            core/* setOutput */.uH(name, value);
    core/* info */.pq(resultLine(report));
    await appendSummary(renderJobSummary(report), env);
}
/**
 * One ::error annotation titled with the code (the hint and GitLab's own words in its body), and
 * a job summary that says the same and what the run had done before it failed.
 */
async function showError(error, phases, env = process.env) {
    core/* error */.z3((0,redact/* redact */.E$)(errorBody(error)), { title: error.code });
    await appendSummary(renderFailureSummary(error, phases), env);
}
/** Outside a runner (local runs, tests) there may be no summary file: that is not a failure. */
async function appendSummary(markdown, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,redact/* redact */.E$)(markdown)).write();
}
function errorBody(error) {
    return (0,errors/* errorLines */.S6)(error).join('\n');
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
