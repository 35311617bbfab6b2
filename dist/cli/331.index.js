export const id = 331;
export const ids = [331];
export const modules = {

/***/ 3331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
// EXTERNAL MODULE: ./build/default/version.js
var version = __webpack_require__(5790);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/default/cli/parse-argv.js
var parse_argv = __webpack_require__(3679);
// EXTERNAL MODULE: ./build/default/context-defaults.js
var context_defaults = __webpack_require__(60);
// EXTERNAL MODULE: ./build/default/hosts/run-on-host.js
var run_on_host = __webpack_require__(4996);
// EXTERNAL MODULE: ./build/default/inputs/parse-inputs.js + 3 modules
var parse_inputs = __webpack_require__(2783);
// EXTERNAL MODULE: ./build/default/options.js
var options = __webpack_require__(5076);
;// CONCATENATED MODULE: ./build/default/commands/args.js
/**
 * The arguments of a release command (list, show, …), read with node:util's parseArgs: the
 * connection options of the option table (same names, FORGE_RELEASE_* variables and CI defaults
 * as the release step), the output switches every command shares, and the command's own options.
 */







const CONNECTION_OPTIONS = ['gitlab-url', 'project', 'token', 'job-token', 'ca-file', 'insecure', 'timeout', 'deadline', 'retries', 'retry-max-wait'];
/** Shared by every command: output format and help. */
const OUTPUT_OPTIONS = {
    json: { type: 'boolean' },
    field: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function connectionOptionConfig() {
    return Object.fromEntries(CONNECTION_OPTIONS.map((name) => [name, { type: (0,options/* findOption */.$K)(name)?.kind === 'boolean' ? 'boolean' : 'string' }]));
}
/** argv after the command word → typed arguments; every problem is a usage error (exit 2). */
function readCommandArgs(argv, own, env, cwd) {
    const parsed = parseOrExplain(argv, { ...connectionOptionConfig(), ...OUTPUT_OPTIONS, ...own });
    const values = parsed.values;
    const help = values.help === true;
    const explicit = {};
    for (const name of CONNECTION_OPTIONS) {
        const value = values[name];
        if (value !== undefined)
            explicit[name] = String(value);
    }
    // FORGE_RELEASE_<NAME> below flags, above CI defaults, read as the release step reads them.
    const raw = (0,run_on_host/* mergeRawInputs */.E)({ ...(0,parse_argv/* rawFromEnv */.kf)(env), ...explicit }, (0,context_defaults/* contextDefaults */.KD)(env));
    return {
        // --help must work without a valid connection.
        connection: help ? (0,parse_inputs/* parseConnectionInputs */.b)({}, cwd) : (0,parse_inputs/* parseConnectionInputs */.b)(pick(raw), cwd),
        values, positionals: parsed.positionals, json: values.json === true, help,
        ...(typeof values.field === 'string' ? { field: values.field } : {}),
    };
}
function parseOrExplain(argv, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        // parseArgs words its errors well ("Unknown option '--x'. To specify a positional …"); keep them.
        const message = error.message;
        const input = /'(?:--)?([^'\s]+)'/.exec(message)?.[1] ?? 'arguments';
        throw new errors/* InputError */.dz([{ input, message, hint: 'Run the command with --help for its options.' }]);
    }
}
/** Context defaults also bring tag, ref, …: the commands read only the connection. */
function pick(raw) {
    return Object.fromEntries(CONNECTION_OPTIONS.flatMap((name) => (raw[name] === undefined ? [] : [[name, raw[name]]])));
}

;// CONCATENATED MODULE: ./build/default/commands/command.js
const RELEASE_NOT_FOUND = 'E_RELEASE_NOT_FOUND';

;// CONCATENATED MODULE: ./build/default/commands/help.js
/** --help of a release command: usage, its own options, the shared connection and output options. */


function commandHelp(command) {
    const lines = [`forge-release ${command.name}: ${command.summary}`, '', `Usage: ${command.usage}`, ''];
    if (command.optionHelp.length)
        lines.push('Options:', ...command.optionHelp.map(([flag, text]) => row(flag, text)), '');
    lines.push('Output:', row('--json', 'Print one JSON value on stdout.'), row('--field NAME', 'Print only this field (one line per release of a list).'), row('--help', 'Show this help.'), '');
    lines.push('Connection (as for the release step; also FORGE_RELEASE_<NAME> and the CI defaults):');
    for (const name of CONNECTION_OPTIONS) {
        const option = (0,options/* findOption */.$K)(name);
        const flag = option.kind === 'boolean' ? `--${name}` : `--${name} ${option.placeholder ?? 'VALUE'}`;
        const def = option.defaultText ?? (option.kind !== 'boolean' ? option.default : '');
        lines.push(row(flag, `${option.description}${def ? ` (default: ${def.replace(/`/g, '')})` : ''}`));
    }
    lines.push('', 'Exit codes: 0 done, 1 failed, 2 invalid input (nothing was sent), 3 release not found.');
    if (command.examples.length)
        lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
    return lines.join('\n');
}
const row = (flag, text) => `  ${flag.padEnd(30)} ${text}`;

// EXTERNAL MODULE: ./build/default/forge/gitlab/api-path.js
var api_path = __webpack_require__(4778);
;// CONCATENATED MODULE: ./build/default/commands/release-view.js
function releaseRow(entity) {
    const details = entity;
    return {
        tag: entity.tag_name,
        name: entity.name ?? entity.tag_name,
        releasedAt: entity.released_at,
        createdAt: entity.created_at,
        upcoming: entity.upcoming_release === true,
        historical: isHistorical(entity.released_at, entity.created_at),
        assetCount: details.assets?.links ? details.assets.links.length : null,
        url: details._links?.self ?? null,
    };
}
function releaseView(entity) {
    return {
        ...releaseRow(entity),
        commit: entity.commit?.id ?? null,
        milestones: (entity.milestones ?? []).map((m) => m.title),
        evidences: (entity.evidences ?? []).map((e) => ({ sha: e.sha, collectedAt: e.collected_at })),
        links: (entity.assets?.links ?? []).map((l) => ({ name: l.name, linkType: l.link_type ?? 'other', url: l.url, directAssetUrl: l.direct_asset_url ?? l.url })),
        description: entity.description ?? '',
    };
}
/** GitLab's `historical_release?`: released (to the second) before it was created (§4.1). */
function isHistorical(releasedAt, createdAt) {
    return Math.floor(Date.parse(releasedAt) / 1000) < Math.floor(Date.parse(createdAt) / 1000);
}
/** `upcoming`, `historical` or '' for the table's state column. */
function stateOf(row) {
    return row.upcoming ? 'upcoming' : row.historical ? 'historical' : '';
}
/** `2026-01-31T12:00:00.000Z` → `2026-01-31 12:00` (UTC), for tables. */
function shortDate(iso) {
    return iso.replace('T', ' ').slice(0, 16);
}

;// CONCATENATED MODULE: ./build/default/commands/tag-argument.js
/** The TAG word of show, download and delete: exactly one, `refs/tags/` accepted as elsewhere. */



function tagArgument(ctx, command) {
    const [tag, ...extra] = ctx.args.positionals;
    if (tag === undefined || tag.trim() === '') {
        throw new errors/* InputError */.dz([{ input: 'TAG', label: 'TAG', message: 'is required', hint: `Name the release by its tag: forge-release ${command} v1.2.0.` }]);
    }
    if (extra.length)
        throw new errors/* InputError */.dz([{ input: extra[0], label: `"${extra[0]}"`, message: 'is not an option', hint: `forge-release ${command} takes one tag; options start with --.` }]);
    return (0,context_defaults/* stripTagRef */.wB)(tag);
}
function releaseNotFound(tag, project) {
    return new errors/* ReleaseError */.K2(RELEASE_NOT_FOUND, `Project ${project} has no release for tag ${tag}`, {
        hint: 'Check the tag (forge-release list shows the releases); a git tag alone is no release.',
    });
}

;// CONCATENATED MODULE: ./build/default/commands/delete.js
/**
 * `forge-release delete TAG`: deletes the release (GitLab keeps the git tag). It refuses without
 * --yes before anything is sent, and prints what was deleted so the release can be recreated.
 */




const deleteCommand = {
    name: 'delete',
    usage: 'forge-release delete TAG --yes [--dry-run]',
    summary: 'delete a release; its git tag stays. Prints what was deleted; --json keeps all of it (description included) for recreating it.',
    options: { yes: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    optionHelp: [
        ['--yes', 'Really delete (required: without it nothing is sent).'],
        ['--dry-run', 'Read the release and show the DELETE request; send nothing.'],
    ],
    examples: ['forge-release delete v1.2.0 --yes', 'forge-release delete v1.2.0 --dry-run --json'],
    async run(ctx) {
        const tag = tagArgument(ctx, 'delete');
        const dryRun = ctx.args.values['dry-run'] === true;
        if (!dryRun && ctx.args.values.yes !== true) {
            throw new errors/* InputError */.dz([{ input: 'yes', message: `is required to delete release ${tag}`, hint: `Deleting cannot be undone from here: add --yes (or --dry-run to see what would be deleted).` }]);
        }
        const project = ctx.project();
        const client = await ctx.client();
        // Read first: the answer to DELETE may be lost to a retry, and the user needs the content.
        const existing = await client.showRelease(tag);
        if (!existing)
            throw releaseNotFound(tag, project);
        const request = `DELETE ${(0,api_path/* projectApiPath */.j)(ctx.connection.gitlabUrl, project)}/releases/${encodeURIComponent(tag)}`;
        if (!dryRun)
            await client.deleteRelease(tag);
        const release = releaseView(existing);
        return { data: { deleted: !dryRun, request, release }, text: deleteText(release, request, dryRun) };
    },
};
function deleteText(release, request, dryRun) {
    const lines = [
        dryRun ? `Dry run: would send ${request}` : `Deleted release ${release.tag} (the git tag stays).`,
        `  name         ${release.name}`,
        `  released     ${release.releasedAt}`,
        `  milestones   ${release.milestones.length ? release.milestones.join(', ') : '(none)'}`,
        `  description  ${release.description.length} characters`,
        `  links        ${release.links.length ? '' : '(none)'}`.trimEnd(),
        ...release.links.map((l) => `    ${l.name} [${l.linkType}] ${l.url}${l.directAssetUrl !== l.url ? ` (direct ${l.directAssetUrl})` : ''}`),
    ];
    if (!dryRun)
        lines.push('', 'To recreate it, forge-release delete --json printed (or printed now with --json) the full release, description included.');
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/default/gitlab/network-failure.js
var network_failure = __webpack_require__(1373);
// EXTERNAL MODULE: ./build/default/gitlab/response-error.js
var response_error = __webpack_require__(7310);
// EXTERNAL MODULE: ./build/default/gitlab/retry-policy.js
var retry_policy = __webpack_require__(3313);
;// CONCATENATED MODULE: ./build/default/gitlab/fetch-asset.js




const MAX_REDIRECTS = 5;
const REDIRECTS = [301, 302, 303, 307, 308];
/** The 2xx answer with its body unread. */
async function openAsset(url, source) {
    let waitedMs = 0;
    for (let attempt = 0;; attempt += 1) {
        let outcome;
        let failure;
        try {
            const { response, at } = await follow(url, source);
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300)
                return response;
            const text = await readCapped(response, 64 * 1024);
            const headers = new Headers(Object.entries(response.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
            outcome = { kind: 'response', status, headers };
            failure = downloadRefused(at, status, (0,response_error/* gitlabMessage */.$D)(text, response.headers['content-type'] ?? ''));
        }
        catch (error) {
            if (error instanceof errors/* ReleaseError */.K2)
                throw error;
            const network = (0,network_failure/* classifyNetworkError */.L)(error, false);
            outcome = { kind: 'network', sent: network.sent };
            failure = (0,network_failure/* networkError */.x)(network, { method: 'GET', endpoint: shown(url), baseUrl: url.origin, timeoutMs: source.timeoutMs, attempts: attempt + 1 });
            if (network.kind === 'tls')
                throw failure;
        }
        const decision = (0,retry_policy/* decide */.LD)(outcome, true, source.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
        if (!decision.retry)
            throw failure;
        source.onRetry({ method: 'GET', endpoint: shown(url), reason: decision.reason, attempt: attempt + 1, waitMs: decision.waitMs });
        await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
        waitedMs += decision.waitMs;
    }
}
async function follow(url, source) {
    let target = url;
    for (let hops = 0;; hops += 1) {
        if (target.protocol !== 'https:' && target.protocol !== 'http:') {
            throw new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `Refusing to follow ${shown(url)} to a ${target.protocol} URL`, { hint: 'Only http(s) assets can be downloaded; fix the link\'s URL.' });
        }
        const headers = { 'user-agent': source.userAgent, ...(target.origin === source.gitlabOrigin ? source.authHeaders : {}) };
        const response = await source.transportFor(target).open({ url: target, method: 'GET', headers, timeoutMs: source.timeoutMs });
        const location = response.headers.location;
        if (!REDIRECTS.includes(response.statusCode ?? 0) || !location)
            return { response, at: target };
        response.resume();
        if (hops >= MAX_REDIRECTS) {
            throw new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `${shown(url)} redirected more than ${MAX_REDIRECTS} times`, { hint: 'The link\'s server redirects in a loop; fix the link\'s URL.' });
        }
        target = new URL(location, target);
    }
}
async function readCapped(response, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of response) {
        if (size < cap)
            chunks.push(chunk);
        size += chunk.length;
    }
    return Buffer.concat(chunks).subarray(0, cap).toString('utf8');
}
function downloadRefused(at, status, message) {
    const onGitLab = message !== '' ? `: ${message.slice(0, 300)}` : '';
    return new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `GET ${shown(at)} answered ${status}${onGitLab}`, {
        gitlab: { status, method: 'GET', endpoint: shown(at), message },
        hint: status === 404
            ? 'The file is gone from where the link points (or the release has no such path); fix or remove the link.'
            : status === 401 || status === 403
                ? 'The server refused the file: forge-release sends the token to the GitLab server only, never to other hosts.'
                : 'Try again later; the server of the link failed.',
    });
}
/** A URL as printed: no query or fragment (a pre-signed URL carries its credentials there). */
function shown(url) {
    return `${url.origin}${url.pathname}`;
}

;// CONCATENATED MODULE: ./build/default/commands/checksums.js
/** A `SHA256SUMS` file (sha256sum's output): `<64 hex>  <name>` or `<64 hex> *<name>` per line. */

const CHECKSUMS_NAME = 'SHA256SUMS';
/** File name (without directories) → lower-case digest. */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *]?(.+)$/.exec(line.trim());
        if (match)
            sums.set((0,external_node_path_.basename)(match[2].trim()), match[1].toLowerCase());
    }
    return sums;
}

// EXTERNAL MODULE: ./build/default/gitlab/transport.js + 1 modules
var transport = __webpack_require__(6270);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./build/default/commands/save-file.js
/**
 * A download lands under a temporary name beside its target and is renamed only once it is
 * complete and accepted, so a failure (network, checksum) never leaves a partial or wrong file.
 * The bytes stream through a SHA-256 on their way to disk; nothing is held in memory whole.
 */






/** Streams `source` to `target`; `accept` may throw to reject the file (it is then removed). */
async function saveFile(source, target, accept) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const measure = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, measure, (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx' }));
        const file = { path: target, size, sha256: hash.digest('hex') };
        accept(file);
        await (0,promises_.rename)(temp, target);
        return file;
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/default/commands/link-source.js
/**
 * Where a release link's bytes come from and how they reach disk: GitLab's downloads route for
 * links with a direct asset path (a link URL otherwise, or where the route is missing), one
 * transport per origin, the token for the GitLab server only, and a fresh start for a file whose
 * stream broke off, within the retry budget.
 */







const MAX_CHECKSUMS_BYTES = 1024 * 1024;
/** A file whose stream breaks off is fetched again from the start, within the retry budget. */
async function fetchAndSave(link, url, source, target, accept) {
    let waitedMs = 0;
    for (let attempt = 0;; attempt += 1) {
        try {
            return await saveFile(await openLink(link, url, source), target, accept);
        }
        catch (error) {
            // Answers and checksum failures are final (openAsset has already retried what it could).
            if (error instanceof errors/* ReleaseError */.K2)
                throw error;
            const decision = (0,retry_policy/* decide */.LD)({ kind: 'network', sent: true }, true, source.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
            if (!decision.retry)
                throw brokeOff(error, link.name, url);
            source.onRetry({ method: 'GET', endpoint: shown(url), reason: `${link.name} broke off (${error.message})`, attempt: attempt + 1, waitMs: decision.waitMs });
            await new Promise((done) => setTimeout(done, decision.waitMs));
            waitedMs += decision.waitMs;
        }
    }
}
/** A stream that failed midway (reset, timeout, disk full) → one coded error; checksum errors pass through. */
function brokeOff(error, name, url) {
    if (error instanceof errors/* ReleaseError */.K2)
        return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `${name} broke off: ${reason} (from ${shown(url)})`, {
        hint: 'Nothing partial was kept; run the download again. If it keeps breaking off, raise --retries or --timeout, or check the network and free disk space.',
        cause: error,
    });
}
/**
 * GitLab before 15.4 has no downloads route: its catch-all answers `404 Not Found` (capital F; a
 * missing path answers `404 Not found`, and the release was just read). Then the link URL serves.
 */
async function openLink(link, url, source) {
    try {
        return await openAsset(url, source);
    }
    catch (error) {
        const routeMissing = url.href !== link.url && error instanceof errors/* ReleaseError */.K2 && error.gitlab?.status === 404 && error.gitlab.message === '404 Not Found';
        if (!routeMissing)
            throw error;
        return await openAsset(new URL(link.url), source);
    }
}
/** The GitLab downloads route for links with a direct asset path (its direct URL sits under the release's); else the link URL. */
function sourceUrl(link, release, ctx, project) {
    const prefix = `${release.url}/downloads/`;
    if (release.url && link.directAssetUrl !== link.url && link.directAssetUrl.startsWith(prefix)) {
        const path = link.directAssetUrl.slice(prefix.length);
        return new URL(`${ctx.connection.gitlabUrl}/api/v4/projects/${encodeURIComponent(project)}/releases/${encodeURIComponent(release.tag)}/downloads/${path}`);
    }
    return new URL(link.url);
}
async function readChecksums(stream) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > MAX_CHECKSUMS_BYTES) {
            throw new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `${CHECKSUMS_NAME} is larger than 1 MiB`, { hint: `${CHECKSUMS_NAME} should list one checksum per file; check the link.` });
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** One transport per origin: the GitLab server's honours --insecure, others never skip TLS checks. */
function assetSource(ctx) {
    const { connection } = ctx;
    const gitlabOrigin = new URL(connection.gitlabUrl).origin;
    const transports = new Map();
    const auth = connection.auth;
    return {
        gitlabOrigin,
        authHeaders: auth.kind === 'private' ? { 'private-token': auth.token } : auth.kind === 'job' ? { 'job-token': auth.token } : {},
        transportFor: (url) => {
            const made = transports.get(url.origin) ?? (0,transport/* createTransport */.o)({
                baseUrl: url.origin, ...(connection.caPem ? { caPem: connection.caPem } : {}), insecure: connection.insecure && url.origin === gitlabOrigin, env: process.env,
            });
            transports.set(url.origin, made);
            return made;
        },
        timeoutMs: connection.timeoutMs,
        budget: { retries: connection.retries, maxTotalWaitMs: connection.retryMaxWaitMs },
        userAgent: `forge-release/${version/* VERSION */.x}`,
        onRetry: (r) => ctx.note(`warning: GET ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
    };
}

;// CONCATENATED MODULE: ./build/default/commands/table.js
/** A plain text table: a header row and left-aligned columns two spaces apart. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./build/default/commands/download.js
/**
 * `forge-release download TAG`: the release's link assets into a directory. A link with a direct
 * asset path is fetched through GitLab's downloads route (§2.6, it redirects to the link's URL);
 * others from their URL. When the release links a SHA256SUMS, every file is checked against it
 * before it takes its name.
 */











const downloadCommand = {
    name: 'download',
    usage: 'forge-release download TAG [--dir DIR] [--asset NAME]…',
    summary: 'download the release\'s link assets; verified against the release\'s SHA256SUMS when it has one.',
    options: { dir: { type: 'string' }, asset: { type: 'string', multiple: true } },
    optionHelp: [
        ['--dir DIR', 'Directory to download into, created if missing (default: .).'],
        ['--asset NAME', 'Download only this link (repeatable). Default: every link.'],
    ],
    examples: ['forge-release download v1.2.0 --dir dist/', 'forge-release download v1.2.0 --asset app-linux-amd64 --asset SHA256SUMS'],
    async run(ctx) {
        const tag = tagArgument(ctx, 'download');
        const project = ctx.project();
        const entity = await (await ctx.client()).showRelease(tag);
        if (!entity)
            throw releaseNotFound(tag, project);
        const release = releaseView(entity);
        const chosen = chooseLinks(release, ctx.args.values.asset);
        const dir = (0,external_node_path_.resolve)(ctx.args.values.dir ?? '.');
        const files = await downloadAll(release, chosen, dir, ctx, project);
        const checked = release.links.some((l) => l.name === CHECKSUMS_NAME);
        return { data: { tag, dir, verified: checked, files }, text: downloadText(files, dir, checked, release) };
    },
};
function chooseLinks(release, wanted) {
    const unknown = (wanted ?? []).filter((name) => !release.links.some((l) => l.name === name));
    if (unknown.length) {
        const names = release.links.map((l) => l.name).join(', ') || '(none)';
        throw new errors/* InputError */.dz(unknown.map((name) => ({ input: 'asset', message: `release ${release.tag} has no link named "${name}"`, hint: `Its links: ${names}.` })));
    }
    const chosen = wanted ? release.links.filter((l) => wanted.includes(l.name)) : release.links;
    // A link name becomes a file name: it must not climb out of --dir.
    const unsafe = chosen.find((l) => l.name !== (0,external_node_path_.basename)(l.name) || l.name === '.' || l.name === '..' || l.name.includes('\\'));
    if (unsafe) {
        throw new errors/* ReleaseError */.K2('E_DOWNLOAD_FAILED', `Link name "${unsafe.name}" is not a plain file name`, { hint: 'Rename the link (no / or \\), or leave it out with --asset.' });
    }
    return chosen;
}
async function downloadAll(release, links, dir, ctx, project) {
    const source = assetSource(ctx);
    const sumsLink = release.links.find((l) => l.name === CHECKSUMS_NAME);
    const sumsText = sumsLink ? await readChecksums(await openLink(sumsLink, sourceUrl(sumsLink, release, ctx, project), source)) : undefined;
    const sums = sumsText === undefined ? undefined : parseChecksums(sumsText);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = [];
    for (const link of links) {
        const url = sourceUrl(link, release, ctx, project);
        const isSums = link === sumsLink;
        ctx.note(`Downloading ${link.name}`);
        const accept = (file) => { if (sums && !isSums)
            verify(link.name, file, sums); };
        const saved = isSums
            ? await saveFile(external_node_stream_.Readable.from([Buffer.from(sumsText, 'utf8')]), (0,external_node_path_.resolve)(dir, link.name), accept)
            : await fetchAndSave(link, url, source, (0,external_node_path_.resolve)(dir, link.name), accept);
        files.push({ name: link.name, ...saved, source: shown(url), verified: sums && !isSums ? true : null });
    }
    return files;
}
function verify(name, file, sums) {
    const expected = sums.get(name);
    if (!expected) {
        throw new errors/* ReleaseError */.K2('E_CHECKSUM_MISSING', `${CHECKSUMS_NAME} of the release has no entry for ${name}; it was not kept`, {
            hint: `Add ${name} to ${CHECKSUMS_NAME} (sha256sum … > ${CHECKSUMS_NAME}) and re-upload it, or leave the file out with --asset.`,
        });
    }
    if (expected !== file.sha256) {
        throw new errors/* ReleaseError */.K2('E_CHECKSUM_MISMATCH', `${name} does not match ${CHECKSUMS_NAME} (expected sha256 ${expected}, got ${file.sha256}); it was not kept`, {
            hint: 'The file or the checksum list was changed or corrupted after the release: do not use the file; ask the release\'s maintainers.',
        });
    }
}
function downloadText(files, dir, checked, release) {
    if (files.length === 0)
        return `Release ${release.tag} has no asset links: nothing to download.`;
    const rows = files.map((f) => [f.name, String(f.size), f.sha256, f.verified === true ? 'ok' : '-']);
    const note = checked ? `Every file matched ${CHECKSUMS_NAME}.` : `The release links no ${CHECKSUMS_NAME}: the files were not verified.`;
    return `${table(['NAME', 'BYTES', 'SHA256', 'VERIFIED'], rows)}\n\n${files.length} file${files.length === 1 ? '' : 's'} in ${dir}. ${note}`;
}

// EXTERNAL MODULE: ./build/default/inputs/tag-name.js
var tag_name = __webpack_require__(4708);
// EXTERNAL MODULE: ./build/default/resolve/version-of-tag.js
var version_of_tag = __webpack_require__(926);
;// CONCATENATED MODULE: ./build/default/commands/latest.js
/** `forge-release latest`: the newest release, through GitLab's permalink (exit 3 when there is none). */






const latestCommand = {
    name: 'latest',
    usage: 'forge-release latest [--tag-prefix PREFIX]',
    summary: 'print the newest release (by released date): tag, version and URL.',
    options: { 'tag-prefix': { type: 'string' } },
    optionHelp: [['--tag-prefix PREFIX', `Stripped from the tag to give the version (default: ${(0,options/* findOption */.$K)('tag-prefix')?.default}).`]],
    examples: ['TAG=$(forge-release latest --field tag)', 'forge-release latest --json'],
    async run(ctx) {
        const prefix = ctx.args.values['tag-prefix'] ?? (0,options/* findOption */.$K)('tag-prefix')?.default ?? '';
        if (prefix !== '' && (0,tag_name/* tagNameProblem */.p)(`${prefix}1.0.0`))
            throw new errors/* InputError */.dz([{ input: 'tag-prefix', message: `"${prefix}" cannot start a tag`, hint: 'Use a prefix such as v or pkg@.' }]);
        const project = ctx.project();
        const entity = await (await ctx.client()).latestRelease();
        if (!entity) {
            throw new errors/* ReleaseError */.K2(RELEASE_NOT_FOUND, `Project ${project} has no release yet`, { hint: 'Create one first (forge-release), or check --project.' });
        }
        const row = releaseRow(entity);
        const data = { tag: row.tag, version: (0,version_of_tag/* versionOfTag */.m)(row.tag, prefix), name: row.name, releasedAt: row.releasedAt, upcoming: row.upcoming, url: row.url };
        return { data, text: `${data.tag}  ${data.version}  ${data.url ?? ''}`.trimEnd() };
    },
};

;// CONCATENATED MODULE: ./build/default/commands/list.js
/** `forge-release list`: the project's (or a group's) releases, newest first. */



const ORDERS = ['released_at', 'created_at'];
const SORTS = ['desc', 'asc'];
const listCommand = {
    name: 'list',
    usage: 'forge-release list [--group PATH_OR_ID] [--limit N] [--order-by released_at|created_at] [--sort desc|asc]',
    summary: 'list the project\'s releases, newest first (or a group\'s, subgroups included).',
    options: { group: { type: 'string' }, limit: { type: 'string' }, 'order-by': { type: 'string' }, sort: { type: 'string' } },
    optionHelp: [
        ['--group PATH_OR_ID', 'List the releases of this group and its subgroups instead (GitLab\'s short form: no links, no URL). Needs --token: GitLab ignores a job token there.'],
        ['--limit N', 'At most N releases, following the pages as needed (default: 20).'],
        ['--order-by FIELD', 'released_at or created_at (default: released_at; project list only).'],
        ['--sort DIRECTION', 'desc or asc (default: desc).'],
    ],
    examples: ['forge-release list --project group/app --limit 50', 'forge-release list --group my-group --json'],
    async run(ctx) {
        const { group, limit, orderBy, sort } = listOptions(ctx);
        if (group === undefined)
            ctx.project();
        const client = await ctx.client();
        const rows = group === undefined
            ? (await client.listReleases({ limit, orderBy, sort })).map(releaseRow)
            : (await client.listGroupReleases(group, { limit, sort }).catch((error) => { throw groupHint(error, group); })).map(releaseRow);
        return { data: rows, text: listText(rows, group) };
    },
};
function listOptions(ctx) {
    const values = ctx.args.values;
    const problems = [];
    const group = values.group;
    const limitText = values.limit ?? '20';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText.trim()) || limit < 1 || limit > 10_000)
        problems.push({ input: 'limit', message: `"${limitText}" is not a number from 1 to 10000`, hint: 'Give how many releases to list, e.g. --limit 50.' });
    const orderBy = oneOf(values['order-by'], ORDERS, 'order-by', problems);
    const sort = oneOf(values.sort, SORTS, 'sort', problems);
    if (group !== undefined) {
        if (group.trim() === '' || group.startsWith('/') || group.endsWith('/'))
            problems.push({ input: 'group', message: `"${group}" is not a group id or full path`, hint: 'Give the numeric id or the full path, e.g. my-group/sub.' });
        if (values['order-by'] !== undefined)
            problems.push({ input: 'order-by', message: 'is not offered for group releases', hint: 'GitLab orders a group\'s releases by released_at; use --sort for the direction.' });
        if (ctx.connection.auth.kind === 'job') {
            problems.push({ input: 'group', message: 'cannot be listed with a job token', hint: 'GitLab ignores a job token on GET /groups/:id/releases and answers as if nobody asked (an empty list or 404). Pass --token with read_api.' });
        }
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    return { group, limit, orderBy: orderBy ?? 'released_at', sort: sort ?? 'desc' };
}
/** GitLab's `404 Group Not Found` gets a hint about groups, not the project one. */
function groupHint(error, group) {
    if (!(error instanceof errors/* ReleaseError */.K2) || error.gitlab?.status !== 404)
        return error;
    return new errors/* ReleaseError */.K2(error.code, error.message, {
        hint: `Check --group ${group} (numeric id or full path such as parent/child) and that the token's user is a member: a private group answers 404 to anyone else.`,
        gitlab: error.gitlab, cause: error,
    });
}
function oneOf(value, allowed, input, problems) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    problems.push({ input, message: `"${String(value)}" is not one of ${allowed.join(', ')}`, hint: `Use one of: ${allowed.join(', ')}.` });
    return undefined;
}
function listText(rows, group) {
    if (rows.length === 0)
        return group === undefined ? 'No releases.' : `No releases in group ${group}.`;
    const header = ['TAG', 'NAME', 'RELEASED', 'STATE', ...(group === undefined ? ['ASSETS', 'URL'] : [])];
    return table(header, rows.map((r) => [r.tag, r.name, shortDate(r.releasedAt), stateOf(r) || '-', ...(group === undefined ? [String(r.assetCount ?? '-'), r.url ?? ''] : [])]));
}

;// CONCATENATED MODULE: ./build/default/commands/show.js


const showCommand = {
    name: 'show',
    usage: 'forge-release show TAG [--notes-only]',
    summary: 'show one release: name, tag and commit, dates, milestones, evidence, links and description.',
    options: { 'notes-only': { type: 'boolean' } },
    optionHelp: [['--notes-only', 'Print the description (release notes) alone.']],
    examples: ['forge-release show v1.2.0 --project group/app', 'forge-release show v1.2.0 --notes-only > NOTES.md'],
    async run(ctx) {
        const tag = tagArgument(ctx, 'show');
        const project = ctx.project();
        const entity = await (await ctx.client()).showRelease(tag);
        if (!entity)
            throw releaseNotFound(tag, project);
        const view = releaseView(entity);
        if (ctx.args.values['notes-only'] === true)
            return { data: view.description, text: view.description };
        return { data: view, text: showText(view) };
    },
};
function showText(view) {
    const state = stateOf(view);
    const lines = [
        `${view.name}${state ? ` (${state})` : ''}`,
        `  tag          ${view.tag} → ${view.commit ?? '(commit unknown: the tag is gone or hidden)'}`,
        `  released     ${shortDate(view.releasedAt)} UTC`,
        `  created      ${shortDate(view.createdAt)} UTC`,
        `  milestones   ${view.milestones.length ? view.milestones.join(', ') : '(none)'}`,
        `  evidence     ${evidenceText(view)}`,
        `  url          ${view.url ?? ''}`,
        `  links        ${view.links.length ? '' : '(none)'}`.trimEnd(),
    ];
    for (const link of view.links) {
        lines.push(`    ${link.name} [${link.linkType}]`, `      url     ${link.url}`);
        if (link.directAssetUrl !== link.url)
            lines.push(`      direct  ${link.directAssetUrl}`);
    }
    lines.push('', view.description === '' ? '(no description)' : view.description);
    return lines.join('\n');
}
function evidenceText(view) {
    if (view.evidences.length === 0)
        return '(none)';
    const last = view.evidences.at(-1);
    return `${view.evidences.length} collected, latest ${shortDate(last.collectedAt)} UTC (sha256 ${last.sha.slice(0, 12)}…)`;
}

;// CONCATENATED MODULE: ./build/default/commands/registry.js





const COMMANDS = [listCommand, showCommand, latestCommand, downloadCommand, deleteCommand];

;// CONCATENATED MODULE: ./build/default/commands/dispatch.js
/**
 * `forge-release <command> …` for the commands over existing releases: reads the arguments, runs the
 * command, prints text (or --json, or --field), and turns failures into the release step's exit
 * codes: 0 done, 1 failed, 2 invalid input (nothing sent), 3 the release was not found.
 */







const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
};
async function runCommand(name, argv, env = process.env, io = processIo) {
    const command = COMMANDS.find((c) => c.name === name);
    const err = (line) => io.stderr(`${(0,redact/* redact */.E$)(line)}\n`);
    try {
        const args = readCommandArgs(argv, command.options, env, process.cwd());
        if (args.help) {
            io.stdout(`${commandHelp(command)}\n`);
            return 0;
        }
        const result = await command.run(contextFor(args, err));
        io.stdout((0,redact/* redact */.E$)(render(result, args)));
        return 0;
    }
    catch (error) {
        const failure = (0,errors/* toReleaseError */.Tp)(error);
        const [message, ...details] = (0,errors/* errorLines */.S6)(failure);
        err(`error ${failure.code}: ${message}`);
        for (const line of details)
            err(`  ${line}`);
        return failure.code === RELEASE_NOT_FOUND ? 3 : failure.exitCode;
    }
}
function contextFor(args, note) {
    let client;
    const { connection } = args;
    return {
        args,
        connection,
        note,
        project: () => {
            if (connection.project)
                return connection.project;
            throw new errors/* InputError */.dz([{ input: 'project', message: 'is required', hint: 'Pass --project group/name (or its numeric id); GitLab CI sets CI_PROJECT_ID.' }]);
        },
        client: () => (client ??= createClient(args, note)),
    };
}
async function createClient({ connection }, note) {
    const { auth } = connection;
    if (auth.kind === 'none') {
        throw new errors/* InputError */.dz([{ input: 'token', message: 'no token was given', hint: 'Pass --token (read_api is enough to read; api to delete) or --job-token; in GitLab CI, CI_JOB_TOKEN is used by itself.' }]);
    }
    if (connection.insecure)
        note('warning: insecure: TLS certificates are NOT verified. Anyone on the network path can read the token. Use ca-file instead.');
    const { createGitLabClient } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(56)]).then(__webpack_require__.bind(__webpack_require__, 4497));
    return createGitLabClient({
        gitlabUrl: connection.gitlabUrl, project: connection.project ?? '', auth,
        timeoutMs: connection.timeoutMs, deadlineMs: connection.deadlineMs, retries: connection.retries, retryMaxWaitMs: connection.retryMaxWaitMs,
        ...(connection.caPem ? { caPem: connection.caPem } : {}), insecure: connection.insecure, userAgent: `forge-release/${version/* VERSION */.x}`,
        onRetry: (r) => note(`warning: ${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
    });
}
/** --json: one JSON value; --field: that field (of each item of a list), one per line; else the text. */
function render(result, args) {
    if (args.field !== undefined)
        return fieldLines(result.data, args.field);
    if (args.json)
        return `${JSON.stringify(result.data, null, 2)}\n`;
    return result.text.endsWith('\n') ? result.text : `${result.text}\n`;
}
function fieldLines(data, field) {
    const items = Array.isArray(data) ? data : [data];
    const lines = items.map((item) => {
        const record = (typeof item === 'object' && item !== null ? item : {});
        if (!(field in record)) {
            throw new errors/* ReleaseError */.K2('E_INPUT', `--field ${field}: no such field`, { hint: Object.keys(record).length ? `Fields: ${Object.keys(record).join(', ')}.` : 'This output has no fields: drop --field.', exitCode: 2, input: 'field' });
        }
        const value = record[field];
        return typeof value === 'string' ? value : JSON.stringify(value);
    });
    return lines.length ? `${lines.join('\n')}\n` : '';
}


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ projectApiPath)
/* harmony export */ });
/** `https://host/gitlab` + `g/p` → `/gitlab/api/v4/projects/g%2Fp`; no project yet → a placeholder. */
function projectApiPath(gitlabUrl, project) {
    const root = new URL(gitlabUrl).pathname.replace(/\/+$/, '');
    return `${root}/api/v4/projects/${project === undefined ? '<project>' : encodeURIComponent(project)}`;
}


/***/ }),

/***/ 926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ versionOfTag)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/** The version a tag stands for: `v1.2.0` → `1.2.0`; a tag that is not semver stands for itself. */

function versionOfTag(tag, prefix) {
    const rest = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    return semver__WEBPACK_IMPORTED_MODULE_0__.valid(rest) ?? rest;
}


/***/ })

};
