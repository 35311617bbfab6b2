export const id = 64;
export const ids = [64];
export const modules = {

/***/ 1064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   helpText: () => (/* binding */ helpText)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5076);
/** --help, generated from the option table so it cannot drift from the flags. */

function helpText() {
    const lines = [
        'forge-release: create or update a GitLab release from conventional commits, converging on every re-run.',
        '',
        'Usage: forge-release [options]        e.g. forge-release --dry-run   (switches: --dry-run to turn on, --dry-run=false to turn off)',
        '       forge-release list|show|latest|download|delete …   the commands over existing releases (each has --help)',
        '',
        'Options (each also readable from FORGE_RELEASE_<NAME>, e.g. FORGE_RELEASE_GITLAB_URL):',
    ];
    for (const option of (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optionsOn */ .q4)('cli')) {
        const flag = option.kind === 'boolean' ? `--${option.name}` : `--${option.name} ${option.placeholder ?? 'VALUE'}`;
        const extra = option.values ? ` [${option.values.join('|')}]` : '';
        const def = option.defaultText ?? (option.default && option.kind !== 'boolean' ? option.default : '');
        lines.push(`  ${flag.padEnd(30)} ${option.description}${extra}${def ? ` (default: ${def.replace(/`/g, '')})` : ''}`);
    }
    lines.push('  -h, --help, help               Show this help.', '  -v, --version                  Show the version.', '');
    lines.push(`Outputs (--json keys; --dotenv variables): ${_options_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUTS */ .py.map((o) => `${o.json}/${o.dotenv}`).join(', ')}.`);
    lines.push(`Exit codes: 0 success (also "nothing to release"), 1 the run failed, 2 invalid input (nothing was sent).`);
    lines.push(`Example env: ${(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .envNameOf */ .Iw)('token')}=glpat-… forge-release --project group/app --tag v1.2.0`);
    return lines.join('\n');
}


/***/ }),

/***/ 5076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ findOption),
/* harmony export */   Iw: () => (/* binding */ envNameOf),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   q4: () => (/* binding */ optionsOn),
/* harmony export */   qR: () => (/* binding */ isGiven)
/* harmony export */ });
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


/***/ })

};
