export const id = 956;
export const ids = [956];
export const modules = {

/***/ 445:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 445;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 8910:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 8910;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 5407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		5860
	],
	"./BurstyRateLimiter.js": [
		5860
	],
	"./ExpressBruteFlexible": [
		3966,
		966
	],
	"./ExpressBruteFlexible.js": [
		3966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		7383
	],
	"./RLWrapperBlackAndWhite.js": [
		7383
	],
	"./RLWrapperTimeouts": [
		4016
	],
	"./RLWrapperTimeouts.js": [
		4016
	],
	"./RateLimiterAbstract": [
		8569
	],
	"./RateLimiterAbstract.js": [
		8569
	],
	"./RateLimiterCluster": [
		565
	],
	"./RateLimiterCluster.js": [
		565
	],
	"./RateLimiterDrizzle": [
		673
	],
	"./RateLimiterDrizzle.js": [
		673
	],
	"./RateLimiterDrizzleNonAtomic": [
		5347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		5347
	],
	"./RateLimiterDynamo": [
		2309
	],
	"./RateLimiterDynamo.js": [
		2309
	],
	"./RateLimiterEtcd": [
		6481
	],
	"./RateLimiterEtcd.js": [
		6481
	],
	"./RateLimiterEtcdNonAtomic": [
		5299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		5299
	],
	"./RateLimiterInsuredAbstract": [
		3847
	],
	"./RateLimiterInsuredAbstract.js": [
		3847
	],
	"./RateLimiterMemcache": [
		3250
	],
	"./RateLimiterMemcache.js": [
		3250
	],
	"./RateLimiterMemory": [
		4544
	],
	"./RateLimiterMemory.js": [
		4544
	],
	"./RateLimiterMongo": [
		8439
	],
	"./RateLimiterMongo.js": [
		8439
	],
	"./RateLimiterMySQL": [
		7793
	],
	"./RateLimiterMySQL.js": [
		7793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		6323
	],
	"./RateLimiterPrisma.js": [
		6323
	],
	"./RateLimiterQueue": [
		2860
	],
	"./RateLimiterQueue.js": [
		2860
	],
	"./RateLimiterRedis": [
		4336
	],
	"./RateLimiterRedis.js": [
		4336
	],
	"./RateLimiterRes": [
		449
	],
	"./RateLimiterRes.js": [
		449
	],
	"./RateLimiterSQLite": [
		3283
	],
	"./RateLimiterSQLite.js": [
		3283
	],
	"./RateLimiterStoreAbstract": [
		5140
	],
	"./RateLimiterStoreAbstract.js": [
		5140
	],
	"./RateLimiterUnion": [
		244
	],
	"./RateLimiterUnion.js": [
		244
	],
	"./RateLimiterValkey": [
		2193
	],
	"./RateLimiterValkey.js": [
		2193
	],
	"./RateLimiterValkeyGlide": [
		3756
	],
	"./RateLimiterValkeyGlide.js": [
		3756
	],
	"./component/BlockedKeys": [
		8830
	],
	"./component/BlockedKeys/": [
		8830
	],
	"./component/BlockedKeys/BlockedKeys": [
		5202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		5202
	],
	"./component/BlockedKeys/index": [
		8830
	],
	"./component/BlockedKeys/index.js": [
		8830
	],
	"./component/MemoryStorage": [
		8178,
		178
	],
	"./component/MemoryStorage/": [
		8178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		1534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		1534
	],
	"./component/MemoryStorage/Record": [
		749
	],
	"./component/MemoryStorage/Record.js": [
		749
	],
	"./component/MemoryStorage/index": [
		8178,
		178
	],
	"./component/MemoryStorage/index.js": [
		8178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		3184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		3184
	],
	"./component/RateLimiterQueueError": [
		7948
	],
	"./component/RateLimiterQueueError.js": [
		7948
	],
	"./component/RateLimiterSetupError": [
		2922
	],
	"./component/RateLimiterSetupError.js": [
		2922
	],
	"./constants": [
		3880,
		880
	],
	"./constants.js": [
		3880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 5407;
module.exports = webpackAsyncContext;

/***/ }),

/***/ 827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
;// CONCATENATED MODULE: ./build/default/apply/apply-link-step.js
async function applyLinkStep(release, step, client) {
    switch (step.kind) {
        case 'create': {
            const created = await client.createLink(release, step.link);
            return { ...release, links: [created, ...release.links] };
        }
        case 'update': {
            const clearPath = step.link.directAssetPath === undefined && step.was.directAssetPath !== undefined;
            const updated = await client.updateLink(release, step.id, step.link, clearPath);
            return { ...release, links: release.links.map((l) => (l.id === step.id ? updated : l)) };
        }
        case 'delete':
            await client.deleteLink(release.tagName, step.id);
            return { ...release, links: release.links.filter((l) => l.id !== step.id) };
    }
}

;// CONCATENATED MODULE: ./build/default/apply/collect-evidence.js
/** Evidence never fails a release unless the user asked for it with evidence: always. */

async function collectEvidence(plan, client, log) {
    const step = plan.evidence;
    if (step.kind === 'skip')
        return 'skipped';
    let outcome;
    try {
        outcome = await client.collectEvidence(plan.tag);
    }
    catch (error) {
        if (step.required)
            throw error;
        log.warn(`Evidence was not collected: ${(0,errors/* toReleaseError */.Tp)(error).message}`);
        return 'unavailable';
    }
    if (outcome === 'unavailable') {
        if (step.required) {
            throw new errors/* ReleaseError */.K2('E_EVIDENCE_UNAVAILABLE', 'This GitLab instance does not offer the release evidence endpoint', {
                hint: 'The evidence endpoint needs GitLab Premium or Ultimate (GitLab still collects one snapshot by itself when it creates a release). Use evidence: auto to go on without it.',
            });
        }
        log.warn('This GitLab instance has no release evidence endpoint (Free/CE): forge-release did not collect evidence (GitLab collects one snapshot by itself when it creates a release).');
    }
    return outcome;
}

;// CONCATENATED MODULE: ./build/default/apply/apply-plan.js
/**
 * applyPlan: the only writer. Convergence, not rollback: when a write fails in a way that means
 * "the world is not what the plan assumed" (an ambiguous POST, a 409, a link someone deleted),
 * the release is read again and planned again, a bounded number of times.
 */



async function applyPlan(first, deps) {
    const rounds = deps.maxRounds ?? 3;
    const done = { wrote: false, created: false };
    let plan = first;
    for (let round = 1;; round += 1) {
        try {
            const release = await applyReleaseAndLinks(plan, deps.client, done);
            const evidence = await collectEvidence(plan, deps.client, deps.log);
            const result = done.created ? 'created' : done.wrote ? 'updated' : 'unchanged';
            return { result, release, evidence, plan };
        }
        catch (error) {
            if (round >= rounds || !isStalePlan(error))
                throw error;
            deps.log.warn(`${error.message}: reading the release again and re-planning (round ${round + 1} of ${rounds}).`);
            plan = await deps.replan();
        }
    }
}
/**
 * Runs one write and tallies it when GitLab applied it, or may have (an ambiguous answer): a run
 * whose POST met 409 because a racing run created the release did not create it.
 */
async function tally(done, isCreate, write) {
    const mark = () => { done.wrote = true; done.created ||= isCreate; };
    try {
        const answer = await write();
        mark();
        return answer;
    }
    catch (error) {
        if (error instanceof errors/* ReleaseError */.K2 && error.code === 'E_WRITE_AMBIGUOUS')
            mark();
        throw error;
    }
}
async function applyReleaseAndLinks(plan, client, done) {
    let release = plan.existing;
    const step = plan.release;
    if (step.kind === 'create')
        release = await tally(done, true, () => client.createRelease(step.fields));
    else if (step.kind === 'update')
        release = await tally(done, false, () => client.updateRelease(plan.tag, step.changed));
    if (!release)
        throw new errors/* ReleaseError */.K2('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
    for (const link of plan.links) {
        const current = release;
        release = await tally(done, false, () => applyLinkStep(current, link, client));
    }
    return release;
}
/** Failures that mean the plan was made from a state that no longer holds. */
function isStalePlan(error) {
    if (!(error instanceof errors/* ReleaseError */.K2))
        return false;
    if (error.code === 'E_WRITE_AMBIGUOUS' || error.code === 'E_GITLAB_CONFLICT')
        return true;
    const status = error.gitlab?.status;
    const message = error.gitlab?.message ?? '';
    const linkCall = error.gitlab?.endpoint.includes('/assets/links') ?? false;
    if (status === 404 && linkCall)
        return true; // link or release deleted by someone else
    if (status === 400 && /has already been taken/.test(message))
        return true; // link created by a racing run
    // PUT on a tag whose release was deleted answers 403 (behaviour sheet §2.4): re-read tells which.
    if (status === 403 && error.gitlab?.method === 'PUT' && message === '403 Forbidden')
        return true;
    return false;
}

;// CONCATENATED MODULE: ./build/default/describe.js
/** `https://host/gitlab` + `g/p` → `/gitlab/api/v4/projects/g%2Fp`; no project yet → a placeholder. */
function projectApiPath(gitlabUrl, project) {
    const root = new URL(gitlabUrl).pathname.replace(/\/+$/, '');
    return `${root}/api/v4/projects/${project === undefined ? '<project>' : encodeURIComponent(project)}`;
}
function describePlan(plan, context) {
    const base = `${context.projectPath}/releases`;
    const tagPath = `${base}/${encodeURIComponent(plan.tag)}`;
    const lines = [...header(plan), '', ...releaseLines(plan.release, plan, base, tagPath)];
    for (const step of plan.links)
        lines.push(linkLine(step, `${tagPath}/assets/links`));
    lines.push(plan.evidence.kind === 'collect'
        ? call('+', 'POST', `${tagPath}/evidence`, 'collect evidence')
        : `= evidence skipped: ${plan.evidence.reason}`);
    lines.push('', summary(plan));
    return lines.join('\n');
}
function header(plan) {
    const tagState = plan.tagExists ? 'existing tag' : `new tag, GitLab creates it from ${plan.commitSha.slice(0, 12)}`;
    const lines = [
        `Release ${plan.tag} (version ${plan.version || 'n/a'})`,
        `  commit    ${plan.commitSha} (${tagState})`,
        `  previous  ${plan.previousTag ?? '(none: first release, notes cover all history)'}`,
    ];
    if (plan.releaseUrl)
        lines.push(`  url       ${plan.releaseUrl}`);
    if (plan.offline)
        lines.push('  offline   no GitLab server was read: the plan assumes the release does not exist yet');
    return lines;
}
function releaseLines(step, plan, base, tagPath) {
    if (step.kind === 'none')
        return [`= release ${plan.tag} unchanged`];
    if (step.kind === 'update') {
        const lines = [call('~', 'PUT', tagPath, `update release ${plan.tag}`)];
        const was = plan.existing;
        if (step.changed.name !== undefined)
            lines.push(`    ~ name         ${JSON.stringify(was?.name)} → ${JSON.stringify(step.changed.name)}`);
        if (step.changed.description !== undefined)
            lines.push(`    ~ description  ${size(was?.description ?? '')} → ${size(step.changed.description)}`);
        if (step.changed.milestones !== undefined)
            lines.push(`    ~ milestones   ${list(was?.milestones ?? [])} → ${list(step.changed.milestones)}`);
        if (step.changed.releasedAt !== undefined)
            lines.push(`    ~ released_at  ${was?.releasedAt} → ${step.changed.releasedAt}`);
        return lines;
    }
    const f = step.fields;
    const lines = [call('+', 'POST', base, `create release ${plan.tag}`), `    name         ${JSON.stringify(f.name)}`, `    description  ${size(f.description)}`];
    if (f.tagMessage !== undefined)
        lines.push(`    tag_message  ${JSON.stringify(f.tagMessage)}`);
    if (f.milestones)
        lines.push(`    milestones   ${list(f.milestones)}`);
    if (f.releasedAt)
        lines.push(`    released_at  ${f.releasedAt}`);
    for (const link of f.links)
        lines.push(`    + link ${linkText(link)}`);
    return lines;
}
function linkLine(step, linksPath) {
    switch (step.kind) {
        case 'create': return call('+', 'POST', linksPath, `create link ${linkText(step.link)}`);
        case 'update': return call('~', 'PUT', `${linksPath}/${step.id}`, `update link ${step.link.name}: ${linkChanges(step)}`);
        case 'delete': return call('-', 'DELETE', `${linksPath}/${step.id}`, `delete link ${step.name}`);
    }
}
function linkChanges(step) {
    const changes = [];
    const { link, was } = step;
    if (link.name !== was.name)
        changes.push(`name ${was.name} → ${link.name}`);
    if (link.url !== was.url)
        changes.push(`url ${was.url} → ${link.url}`);
    if (link.linkType !== was.linkType)
        changes.push(`link_type ${was.linkType} → ${link.linkType}`);
    if (link.directAssetPath !== was.directAssetPath)
        changes.push(`path ${was.directAssetPath ?? '(none)'} → ${link.directAssetPath ?? '(none)'}`);
    return changes.join(', ');
}
function linkText(link) {
    const path = link.directAssetPath ? `, ${link.directAssetPath}` : '';
    return `${link.name} → ${link.url} (${link.linkType}${path})`;
}
/** `+ POST /api/v4/projects/g%2Fp/releases  create release v1.2.0`: the request first, as sent. */
function call(sign, method, path, what) {
    return `${sign} ${method} ${path}  # ${what}`;
}
function size(text) {
    const lines = text === '' ? 0 : text.split('\n').length;
    return `${lines} line${lines === 1 ? '' : 's'}, ${text.length} characters`;
}
function list(items) {
    return items.length === 0 ? '(none)' : items.join(', ');
}
function summary(plan) {
    const kinds = [plan.release.kind, ...plan.links.map((l) => l.kind)];
    const count = (kind) => kinds.filter((k) => k === kind).length;
    const writes = count('create') + count('update') + count('delete') + (plan.evidence.kind === 'collect' ? 1 : 0);
    if (writes === 0)
        return 'No changes: GitLab already holds this release. No write request will be sent.';
    return `Plan: ${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete; ${writes} write request${writes === 1 ? '' : 's'}.`;
}

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(7582);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/requester-utils/dist/index.mjs
var requester_utils_dist = __webpack_require__(3888);
;// CONCATENATED MODULE: ./build/default/gitlab/network-failure.js
/**
 * A failed fetch, sorted by what it means for a retry (did the request leave?) and for the user
 * (certificate, proxy, timeout or plain network), with the fix in the hint.
 */

const NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;
function classifyNetworkError(error, proxied) {
    const { code: rawCode, message: rawMessage } = (error ?? {});
    const code = String(rawCode ?? 'UNKNOWN');
    const message = String(rawMessage ?? error);
    if (TLS.test(code))
        return { kind: 'tls', code, message, sent: false };
    // A timeout may strike after GitLab received the request: count it as sent.
    if (code === 'TimeoutError')
        return { kind: 'timeout', code, message, sent: true };
    if (code === 'PROXY_REFUSED')
        return { kind: 'proxy', code, message, sent: false };
    const sent = !NOT_SENT.includes(code);
    return { kind: proxied && !sent ? 'proxy' : 'network', code, message, sent };
}
function networkError(failure, context) {
    const where = `${context.method} ${context.endpoint}`;
    const tries = `after ${context.attempts} attempt${context.attempts === 1 ? '' : 's'}`;
    switch (failure.kind) {
        case 'tls':
            return new errors/* ReleaseError */.K2('E_TLS', `The TLS certificate of ${context.baseUrl} is not trusted (${failure.code}: ${failure.message})`, {
                hint: 'Give the CA that signed it: ca-file (a PEM path or the PEM itself), CI_SERVER_TLS_CA_FILE, or NODE_EXTRA_CA_CERTS. `insecure: true` skips the check (unsafe).',
            });
        case 'proxy':
            return new errors/* ReleaseError */.K2('E_PROXY', `The proxy ${context.proxy ?? ''} failed ${where} (${failure.message}) ${tries}`, {
                hint: 'Check HTTPS_PROXY/HTTP_PROXY (and credentials), or add the GitLab host to NO_PROXY if it must be reached directly.',
            });
        case 'timeout':
            return new errors/* ReleaseError */.K2('E_TIMEOUT', `GitLab did not answer ${where} within ${context.timeoutMs / 1000} s ${tries}`, {
                hint: 'Raise timeout (seconds) or retries, or check that GitLab is reachable from this runner.',
            });
        case 'network':
            return new errors/* ReleaseError */.K2('E_NETWORK', `Could not reach ${context.baseUrl} for ${where}: ${failure.code} ${failure.message} ${tries}`, {
                hint: 'Check gitlab-url, DNS and firewalls; behind a proxy set HTTPS_PROXY.',
            });
    }
}

;// CONCATENATED MODULE: ./build/default/gitlab/response-error.js
/**
 * A GitLab error answer → a coded ReleaseError. GitLab's own words are kept verbatim in
 * `gitlab.message`; the hint says what usually causes that answer and how to fix it.
 */

/** GitLab's `message` may be a string, an array (link services) or a hash (release update). */
function gitlabMessage(body, contentType) {
    if (!contentType.includes('json'))
        return body.trim();
    let data;
    try {
        data = JSON.parse(body);
    }
    catch {
        return body.trim();
    }
    if (typeof data !== 'object' || data === null)
        return String(data);
    const record = data;
    const main = record.message ?? record.error;
    const text = flatten(main);
    const description = typeof record.error_description === 'string' ? `: ${record.error_description}` : '';
    return `${text}${description}`;
}
function flatten(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map(flatten).join('; ');
    if (value && typeof value === 'object') {
        return Object.entries(value).map(([key, v]) => `${key} ${flatten(v)}`).join('; ');
    }
    return JSON.stringify(value) ?? '';
}
function responseError(failure, auth) {
    const [code, hint] = codeAndHint(failure, auth);
    return new errors/* ReleaseError */.K2(code, `GitLab refused ${failure.method} ${failure.endpoint} (${failure.status}): ${failure.message}`, { hint, gitlab: failure });
}
function codeAndHint({ status, message }, auth) {
    if (status === 401)
        return ['E_GITLAB_UNAUTHORIZED', auth === 'job'
                ? 'The job token is invalid or its job has finished: job tokens only work while the job runs.'
                : 'The token is invalid, expired or revoked: create a new one (scope api) and store it as a masked secret.'];
    if (status === 403)
        return ['E_GITLAB_FORBIDDEN', forbiddenHint(message)];
    if (status === 404 && /Tag does not exist/.test(message)) {
        return ['E_GITLAB_TAG_MISSING', 'The release exists but its git tag was deleted: push the tag again (git push origin <tag>) or delete the release.'];
    }
    if (status === 404)
        return ['E_GITLAB_NOT_FOUND', auth === 'job'
                ? 'Check project (numeric id or full path). A job token only works for its own project or projects whose job-token allowlist includes it.'
                : 'Check project (numeric id or full path) and that the token can see it. A CI job token must be passed as job-token (JOB-TOKEN header), not as token.'];
    if (status === 405 && /moved projects/.test(message)) {
        return ['E_GITLAB_PROJECT_MOVED', 'The project was renamed or moved: use its numeric id (CI_PROJECT_ID) or its new path.'];
    }
    if (status === 409)
        return ['E_GITLAB_CONFLICT', 'Another run changed the release at the same time; run again to converge.'];
    if (/Milestone(?: id)?\(s\) not found/.test(message)) {
        return ['E_GITLAB_MILESTONE_NOT_FOUND', 'Create the milestone in the project (or, on Premium, its direct parent group) or fix the title; titles match exactly.'];
    }
    if (/^Target .* is invalid$|^Ref is not specified$/.test(message)) {
        return ['E_GITLAB_VALIDATION', 'GitLab cannot find the commit to create the tag from: push it first (git push origin HEAD), or pass --ref with a branch or commit GitLab has.'];
    }
    if (status === 400 || status === 422)
        return ['E_GITLAB_VALIDATION', 'GitLab refused the values; its message above says which. Fix that input and run again.'];
    if (status === 429)
        return ['E_GITLAB_RATE_LIMITED', 'GitLab kept rate-limiting within the retry budget: raise retries / retry-max-wait or run later.'];
    if (status >= 500)
        return ['E_GITLAB_UNAVAILABLE', 'GitLab failed within the retry budget; run again later (a re-run converges, nothing is duplicated).'];
    return ['E_GITLAB_UNEXPECTED', 'An answer forge-release does not expect; GitLab\'s message above may say more.'];
}
function forbiddenHint(message) {
    if (/insufficient_scope/.test(message))
        return 'The token lacks the api scope (read_api can only read): create one with scope api.';
    if (/protected/.test(message))
        return 'The tag is protected: only roles allowed to create it may release it (Settings → Repository → Protected tags).';
    if (/job token not allowed|CI\/CD job token/.test(message)) {
        return 'Add this project to the target project\'s job-token allowlist (Settings → CI/CD → Job token permissions), or use a project access token.';
    }
    return 'The token\'s user needs the Developer role or higher, and the right to create this tag if it is protected; a job token acts with the permissions of the user who ran the job.';
}

;// CONCATENATED MODULE: ./build/default/gitlab/retry-policy.js
/**
 * When a request is tried again, and after how long. Pure, so the whole matrix is unit-tested.
 * A write GitLab may have applied (POST answered 500/502/504, reset or timed out after it was
 * sent) is never sent again blindly: the caller re-reads the release and plans again.
 */
const BASE_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** Creating a release or a link twice is what must never happen; everything else is replayable. */
function isReplayable(method, endpoint) {
    return method !== 'POST' || endpoint.endsWith('/evidence');
}
function decide(outcome, replayable, budget, state) {
    const transient = classify(outcome, replayable);
    if (transient === 'final')
        return { retry: false, ambiguous: false };
    if (transient === 'ambiguous')
        return { retry: false, ambiguous: true };
    if (state.attempt >= budget.retries)
        return { retry: false, ambiguous: false };
    const waitMs = waitFor(outcome, state);
    if (state.waitedMs + waitMs > budget.maxTotalWaitMs)
        return { retry: false, ambiguous: false };
    return { retry: true, waitMs, reason: reasonOf(outcome) };
}
function classify(outcome, replayable) {
    if (outcome.kind === 'network')
        return !outcome.sent || replayable ? 'retry' : 'ambiguous';
    const { status } = outcome;
    // 429 and 503 are refusals before the application ran (Rack::Attack, maintenance): safe to resend.
    if (status === 429 || status === 503)
        return 'retry';
    if (status === 500 || status === 502 || status === 504)
        return replayable ? 'retry' : 'ambiguous';
    return 'final';
}
/** Retry-After (seconds or HTTP-date), else RateLimit-Reset (Unix seconds), else backoff with jitter. */
function waitFor(outcome, state) {
    if (outcome.kind === 'response') {
        const told = serverWait(outcome.headers, state.now);
        if (told !== undefined)
            return told;
    }
    const ceiling = Math.min(MAX_BACKOFF_MS, BASE_MS * 2 ** state.attempt);
    // "Equal jitter": at least half the ceiling, so a retry never fires immediately after a failure.
    return Math.round(ceiling / 2 + state.random() * (ceiling / 2));
}
function serverWait(headers, now) {
    const retryAfter = headers.get('retry-after')?.trim();
    if (retryAfter) {
        if (/^\d+$/.test(retryAfter))
            return Number(retryAfter) * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const reset = headers.get('ratelimit-reset')?.trim();
    if (reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    return undefined;
}
function reasonOf(outcome) {
    if (outcome.kind === 'network')
        return outcome.sent ? 'the connection failed' : 'GitLab could not be reached';
    return outcome.status === 429 ? 'rate limited (429)' : `GitLab answered ${outcome.status}`;
}

;// CONCATENATED MODULE: ./build/default/gitlab/requester.js
/**
 * The requester gitbeaker sends every call through. gitbeaker's own retries (429/502 only, about
 * 0.3 s in all, Retry-After ignored) are replaced by ours: a per-attempt timeout that also covers
 * a body that never ends, retries by retry-policy, and errors that carry GitLab's own words.
 * Nothing here ever puts a request header (the token) into an error.
 */





function createRequester(options) {
    return (0,requester_utils_dist/* createRequesterFn */.PD)((_service, request) => Promise.resolve(request), (endpoint, request) => send(endpoint, request, options));
}
async function send(endpoint, request, options) {
    const url = new URL(endpoint, request.prefixUrl.endsWith('/') ? request.prefixUrl : `${request.prefixUrl}/`);
    url.search = request.searchParams ?? '';
    const method = request.method;
    const path = url.pathname;
    const replayable = isReplayable(method, path);
    let waitedMs = 0;
    for (let attempt = 0;; attempt += 1) {
        const result = await attemptOnce(url, request, options);
        if (result.kind === 'answer' && result.answer.status < 400)
            return parsed(result.answer);
        const outcome = result.kind === 'answer'
            ? { kind: 'response', status: result.answer.status, headers: result.answer.headers }
            : { kind: 'network', sent: result.failure.sent };
        const final = result.kind === 'failed' && (result.failure.kind === 'tls' || result.failure.code === 'PROXY_REFUSED');
        const decision = final ? { retry: false, ambiguous: false } : decide(outcome, replayable, options.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
        if (decision.retry) {
            options.onRetry({ method, endpoint: path, reason: decision.reason, attempt: attempt + 1, waitMs: decision.waitMs });
            await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
            waitedMs += decision.waitMs;
            continue;
        }
        const error = failureOf(result, method, path, attempt + 1, options);
        throw decision.ambiguous ? ambiguous(error, method, path) : error;
    }
}
async function attemptOnce(url, request, options) {
    const headers = { ...request.headers, 'user-agent': options.userAgent, accept: 'application/json' };
    try {
        let target = url;
        for (let hops = 0;; hops += 1) {
            const answer = await options.transport.send({ url: target, method: request.method, headers, ...(request.body !== undefined ? { body: request.body } : {}), timeoutMs: options.timeoutMs });
            // Only GETs, and only to our own origin: a redirect elsewhere must not receive the token.
            const next = sameOriginRedirect(answer.status, answer.headers.get('location'), target);
            if (!next || request.method !== 'GET' || hops >= 3)
                return { kind: 'answer', answer };
            target = next;
        }
    }
    catch (error) {
        return { kind: 'failed', failure: classifyNetworkError(error, options.transport.proxy !== undefined) };
    }
}
/** GitLab redirects GETs of a renamed project to its numeric id (behaviour sheet §1.1). */
function sameOriginRedirect(status, location, from) {
    if (![301, 302, 307, 308].includes(status) || !location)
        return undefined;
    const next = new URL(location, from);
    return next.origin === from.origin ? next : undefined;
}
function parsed(answer) {
    const type = answer.headers.get('content-type') ?? '';
    const body = answer.text === '' ? null : type.includes('json') ? JSON.parse(answer.text) : answer.text;
    return { body, headers: Object.fromEntries(answer.headers.entries()), status: answer.status };
}
function failureOf(result, method, endpoint, attempts, options) {
    if (result.kind === 'failed') {
        return networkError(result.failure, { method, endpoint, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, attempts, ...(options.transport.proxy ? { proxy: options.transport.proxy } : {}) });
    }
    const { status, headers, text } = result.answer;
    const message = gitlabMessage(text, headers.get('content-type') ?? '');
    return responseError({ status, method, endpoint, message }, options.auth);
}
/** GitLab may have applied it: the caller must read before anything is sent again. */
function ambiguous(cause, method, endpoint) {
    return new errors/* ReleaseError */.K2('E_WRITE_AMBIGUOUS', `${method} ${endpoint} may or may not have been applied (${cause.message})`, {
        hint: 'forge-release reads the release again before retrying; if this persists, run again: the run converges without duplicates.',
        ...(cause.gitlab ? { gitlab: cause.gitlab } : {}),
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
;// CONCATENATED MODULE: ./build/default/gitlab/proxy-for.js
/**
 * Which proxy a request goes through, by HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case), the
 * way curl and most CI tools read them. Node's fetch ignores these variables by itself, which is
 * why self-hosted users behind a corporate proxy see "fetch failed" from other tools.
 */
function proxyFor(target, env) {
    const read = (name) => env[name.toLowerCase()] ?? env[name.toUpperCase()];
    const proxy = target.protocol === 'https:' ? read('https_proxy') ?? read('http_proxy') : read('http_proxy');
    if (!proxy || bypassed(target, read('no_proxy') ?? ''))
        return undefined;
    return proxy;
}
function bypassed(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
        if (entry === '*')
            return true;
        const [name = '', entryPort] = splitPort(entry.toLowerCase());
        if (entryPort && entryPort !== port)
            return false;
        const bare = name.replace(/^\*?\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** `host:port`, `[::1]:8080` or a bare host. */
function splitPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed)
        return [bracketed[1], bracketed[2]];
    const match = /^([^:]+):(\d+)$/.exec(entry);
    return match ? [match[1], match[2]] : [entry, undefined];
}

;// CONCATENATED MODULE: ./build/default/gitlab/transport.js
/**
 * How bytes reach GitLab: node:http(s) with the private CA (ca-file, CI_SERVER_TLS_CA_FILE; Node's
 * defaults and NODE_EXTRA_CA_CERTS kept), the insecure switch, and HTTPS_PROXY/NO_PROXY through a
 * CONNECT tunnel. Plain node:https instead of undici keeps a megabyte out of the bundle.
 */






/** Thrown for a proxy that refused the tunnel (a final answer, not a network blip). */
class ProxyRefusal extends Error {
    code = 'PROXY_REFUSED';
}
function createTransport(options) {
    const tls = {
        // A `ca` list replaces Node's defaults, so keep them (with NODE_EXTRA_CA_CERTS) and add ours.
        ...(options.caPem ? { ca: [...defaultCertificates(), options.caPem] } : {}),
        ...(options.insecure ? { rejectUnauthorized: false } : {}),
    };
    const proxy = proxyFor(new URL(options.baseUrl), options.env);
    if (!proxy) {
        const agents = { http: new external_node_http_.Agent({ keepAlive: true }), https: new external_node_https_.Agent({ keepAlive: true, ...tls }) };
        return { send: (request) => exchange(request, (headers) => direct(request, headers, agents, tls)) };
    }
    const proxyUrl = new URL(proxy);
    // A proxy URL may carry user:password; it must never be printed.
    (0,redact/* registerSecret */.cl)(proxyUrl.password);
    (0,redact/* registerSecret */.cl)(decodeURIComponent(proxyUrl.password));
    return {
        send: (request) => exchange(request, (headers) => viaProxy(request, headers, proxyUrl, tls)),
        proxy: `${proxyUrl.protocol}//${proxyUrl.host}`,
    };
}
function defaultCertificates() {
    // getCACertificates (Node ≥ 22.15) includes NODE_EXTRA_CA_CERTS; rootCertificates does not.
    return typeof external_node_tls_.getCACertificates === 'function' ? (0,external_node_tls_.getCACertificates)('default') : external_node_tls_.rootCertificates;
}
/** One exchange under one timer: connecting, the answer's headers and its whole body. */
function exchange(request, open) {
    return new Promise((resolve, reject) => {
        const headers = { ...request.headers, ...(request.body !== undefined ? { 'content-length': Buffer.byteLength(request.body) } : {}) };
        let req;
        const timer = setTimeout(() => {
            const error = Object.assign(new Error(`no answer within ${request.timeoutMs} ms`), { code: 'TimeoutError' });
            if (req)
                req.destroy(error);
            else
                reject(error);
        }, request.timeoutMs);
        const fail = (error) => { clearTimeout(timer); reject(error); };
        open(headers).then((opened) => {
            req = opened;
            opened.on('error', fail);
            opened.on('response', (response) => readAnswer(response).then((answer) => { clearTimeout(timer); resolve(answer); }, fail));
            opened.end(request.body);
        }, fail);
    });
}
async function readAnswer(response) {
    const chunks = [];
    for await (const chunk of response)
        chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
        for (const v of Array.isArray(value) ? value : [value ?? ''])
            headers.append(name, v);
    }
    return { status: response.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') };
}
function direct(request, headers, agents, tls) {
    const { url, method } = request;
    const options = { method, headers, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}` };
    return Promise.resolve(url.protocol === 'https:'
        ? (0,external_node_https_.request)({ ...options, agent: agents.https, ...tls })
        : (0,external_node_http_.request)({ ...options, agent: agents.http }));
}
/** http:// targets go to the proxy as absolute URIs; https:// ones through a CONNECT tunnel. */
async function viaProxy(request, headers, proxy, tls) {
    const { url, method } = request;
    const auth = proxy.username ? { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` } : {};
    if (url.protocol === 'http:') {
        return (0,external_node_http_.request)({ host: proxy.hostname, port: proxy.port || 80, method, path: url.href, headers: { ...headers, ...auth, host: url.host }, agent: false });
    }
    const socket = await tunnel(proxy, url, auth);
    // SNI takes host names only; an IP address is still verified against the certificate's SANs.
    const secure = (0,external_node_tls_.connect)({ socket, ...((0,external_node_net_.isIP)(url.hostname) ? {} : { servername: url.hostname }), ...tls });
    // No `agent` at all: only then does node:https use createConnection (agent: false would dial direct).
    return (0,external_node_https_.request)({ host: url.hostname, port: url.port, method, path: `${url.pathname}${url.search}`, headers, createConnection: () => secure });
}
function tunnel(proxy, target, auth) {
    return new Promise((resolve, reject) => {
        const authority = `${target.hostname}:${target.port || 443}`;
        const connect = (0,external_node_http_.request)({ host: proxy.hostname, port: proxy.port || 80, method: 'CONNECT', path: authority, headers: { host: authority, ...auth }, agent: false });
        connect.once('connect', (response, socket) => {
            if (response.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            reject(new ProxyRefusal(`the proxy answered ${response.statusCode} ${response.statusMessage ?? ''} to CONNECT ${authority}`.trim()));
        });
        connect.once('error', reject);
        connect.end();
    });
}

// EXTERNAL MODULE: ./build/default/model.js
var model = __webpack_require__(4423);
;// CONCATENATED MODULE: ./build/default/gitlab/wire.js

function toExistingRelease(entity) {
    const webUrl = entity._links?.self ?? '';
    return {
        tagName: entity.tag_name,
        name: entity.name ?? entity.tag_name,
        description: entity.description,
        releasedAt: entity.released_at,
        createdAt: entity.created_at,
        upcoming: entity.upcoming_release === true,
        ...(entity.commit?.id ? { commitSha: entity.commit.id } : {}),
        milestones: (entity.milestones ?? []).map((m) => m.title),
        links: (entity.assets?.links ?? []).map((l) => toExistingLink(l, webUrl)),
        evidenceCount: entity.evidences?.length ?? 0,
        webUrl,
    };
}
/**
 * GitLab does not return a link's stored path, only `direct_asset_url` =
 * `<release url>/downloads<path>` when it has one (§3.3): the path is read back from there.
 */
function toExistingLink(entity, releaseUrl) {
    const direct = entity.direct_asset_url ?? entity.url;
    const prefix = `${releaseUrl}/downloads/`;
    const path = releaseUrl && direct !== entity.url && direct.startsWith(prefix) ? `/${direct.slice(prefix.length)}` : undefined;
    return {
        id: entity.id,
        name: entity.name,
        url: entity.url,
        linkType: model/* LINK_TYPES */.r.includes(entity.link_type ?? '') ? entity.link_type : 'other',
        directAssetUrl: direct,
        ...(path ? { directAssetPath: decodeURI(path) } : {}),
    };
}
function linkBody(link) {
    return { name: link.name, url: link.url, link_type: link.linkType, ...(link.directAssetPath ? { direct_asset_path: link.directAssetPath } : {}) };
}
function createBody(fields) {
    return {
        tag_name: fields.tagName,
        name: fields.name,
        description: fields.description,
        ...(fields.ref ? { ref: fields.ref } : {}),
        ...(fields.tagMessage !== undefined ? { tag_message: fields.tagMessage } : {}),
        ...(fields.milestones ? { milestones: fields.milestones } : {}),
        ...(fields.releasedAt ? { released_at: fields.releasedAt } : {}),
        ...(fields.links.length ? { assets: { links: fields.links.map(linkBody) } } : {}),
    };
}
function updateBody(changed) {
    return {
        ...(changed.name !== undefined ? { name: changed.name } : {}),
        ...(changed.description !== undefined ? { description: changed.description } : {}),
        ...(changed.milestones !== undefined ? { milestones: changed.milestones } : {}),
        ...(changed.releasedAt !== undefined ? { released_at: changed.releasedAt } : {}),
    };
}

;// CONCATENATED MODULE: ./build/default/gitlab/client.js
/**
 * The GitLab client: the endpoints a run uses, through gitbeaker with our requester. Project and
 * tag travel as one URL-encoded path segment each (`group%2Fsub%2Fproj`, `pkg%2Fv1.2.0`): gitbeaker
 * encodes every path parameter with encodeURIComponent.
 */





function createGitLabClient(options) {
    const transport = createTransport({ baseUrl: options.gitlabUrl, ...(options.caPem ? { caPem: options.caPem } : {}), insecure: options.insecure, env: options.env ?? process.env });
    const requesterFn = createRequester({
        transport, baseUrl: options.gitlabUrl, auth: options.auth.kind, timeoutMs: options.timeoutMs,
        budget: { retries: options.retries, maxTotalWaitMs: options.retryMaxWaitMs }, userAgent: options.userAgent, onRetry: options.onRetry,
    });
    // JOB-TOKEN for job tokens: sent as PRIVATE-TOKEN GitLab would treat the call as anonymous.
    const token = options.auth.kind === 'job' ? { jobToken: options.auth.token } : { token: options.auth.token };
    const config = { host: options.gitlabUrl, requesterFn, queryTimeout: 0, ...token };
    const releases = new dist/* ProjectReleases */.G2E(config);
    const links = new dist/* ReleaseLinks */.Luv(config);
    const project = options.project;
    return {
        async getRelease(tag) {
            try {
                return toExistingRelease(await releases.show(project, tag));
            }
            catch (error) {
                if (isReleaseNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async createRelease(fields) {
            return toExistingRelease(await releases.create(project, createBody(fields)));
        },
        async updateRelease(tag, changed) {
            return toExistingRelease(await releases.edit(project, tag, updateBody(changed)));
        },
        async createLink(release, link) {
            const { name, url, ...rest } = linkBody(link);
            return toExistingLink(await links.create(project, release.tagName, name, url, rest), release.webUrl);
        },
        async updateLink(release, id, link, clearPath) {
            // Always resend link_type: a PUT without it resets the type to `other` (§2.13).
            const body = { ...linkBody(link), ...(clearPath ? { direct_asset_path: null } : {}) };
            return toExistingLink(await links.edit(project, release.tagName, id, body), release.webUrl);
        },
        async deleteLink(tag, id) {
            await links.remove(project, tag, id);
        },
        async collectEvidence(tag) {
            try {
                await releases.createEvidence(project, tag);
                return 'collected';
            }
            catch (error) {
                // Free/CE: the route does not exist (404 {"error":"404 Not Found"}, Grape's catch-all).
                if (error instanceof errors/* ReleaseError */.K2 && error.gitlab?.status === 404 && error.gitlab.message === '404 Not Found')
                    return 'unavailable';
                throw error;
            }
        },
        async getProject() {
            const entity = await new dist/* Projects */.JtL(config).show(project);
            return { webUrl: entity.web_url };
        },
        async findMilestones(titles) {
            const all = await new dist/* ProjectMilestones */.PRp(config).all(project, { includeAncestors: true, perPage: 100 });
            const known = new Set(all.map((m) => m.title));
            return titles.filter((title) => known.has(title));
        },
    };
}
/** GET /releases/:tag answers `404 Not Found` for a missing release; `Project Not Found` is another matter. */
function isReleaseNotFound(error) {
    return error instanceof errors/* ReleaseError */.K2 && error.gitlab?.status === 404 && error.gitlab.message === '404 Not Found';
}

;// CONCATENATED MODULE: ./build/default/outputs-of-run.js
function toOutputs(plan, applied, notesFile) {
    const release = applied?.release;
    return {
        result: applied?.result ?? 'planned',
        releaseUrl: release?.webUrl ?? plan.releaseUrl,
        tag: plan.tag,
        version: plan.version,
        previousTag: plan.previousTag ?? '',
        commitSha: release?.commitSha ?? plan.commitSha,
        assets: release ? assetsOf(release) : plannedAssets(plan),
        milestones: release?.milestones ?? plannedMilestones(plan),
        evidence: applied?.evidence ?? (plan.evidence.kind === 'collect' ? 'planned' : 'skipped'),
        notesFile,
        notes: release?.description ?? plan.notes,
    };
}
function skippedOutputs(skip) {
    return {
        result: 'skipped', releaseUrl: '', tag: '', version: '', previousTag: skip.previousTag ?? '', commitSha: skip.commitSha,
        assets: [], milestones: [], evidence: 'skipped', notesFile: '', notes: '',
    };
}
function assetsOf(release) {
    return release.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: l.directAssetUrl, linkType: l.linkType }));
}
/** What the links will be after the plan: existing ones with the planned changes folded in. */
function plannedAssets(plan) {
    if (plan.release.kind === 'create')
        return plan.release.fields.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: directUrl(plan, l.directAssetPath, l.url), linkType: l.linkType }));
    let assets = plan.existing ? assetsOf(plan.existing) : [];
    for (const step of plan.links) {
        if (step.kind === 'delete')
            assets = assets.filter((a) => a.name !== step.name);
        else {
            const next = { name: step.link.name, url: step.link.url, directAssetUrl: directUrl(plan, step.link.directAssetPath, step.link.url), linkType: step.link.linkType };
            assets = step.kind === 'update' ? assets.map((a) => (a.name === step.was.name ? next : a)) : [next, ...assets];
        }
    }
    return assets;
}
function plannedMilestones(plan) {
    if (plan.release.kind === 'create')
        return plan.release.fields.milestones ?? [];
    if (plan.release.kind === 'update' && plan.release.changed.milestones)
        return plan.release.changed.milestones;
    return plan.existing?.milestones ?? [];
}
/** GitLab's direct asset URL: `<release url>/downloads<path>` (behaviour sheet §3.3). */
function directUrl(plan, path, url) {
    return path && plan.releaseUrl ? `${plan.releaseUrl}/downloads${path}` : url;
}

;// CONCATENATED MODULE: ./build/default/plan/evidence-step.js
function planEvidenceStep(context) {
    if (context.mode === 'never')
        return { kind: 'skip', reason: 'evidence: never' };
    const releasedAt = context.releasedAt ?? context.existing?.releasedAt;
    const createdAt = context.existing ? new Date(context.existing.createdAt) : context.now;
    if (releasedAt !== undefined) {
        const at = new Date(releasedAt).getTime();
        // GitLab compares whole seconds (Release#historical_release?, #upcoming_release?).
        if (Math.floor(at / 1000) < Math.floor(createdAt.getTime() / 1000)) {
            return { kind: 'skip', reason: 'historical release (released_at is in the past): GitLab does not collect evidence for it' };
        }
        if (Math.floor(at / 1000) > Math.floor(context.now.getTime() / 1000)) {
            return { kind: 'skip', reason: 'upcoming release: GitLab collects its evidence itself at the release date' };
        }
    }
    if ((context.existing?.evidenceCount ?? 0) === 0)
        return { kind: 'collect', required: context.mode === 'always' };
    return { kind: 'skip', reason: 'the release already has evidence' };
}

;// CONCATENATED MODULE: ./build/default/plan/link-steps.js
function planLinkSteps(desired, existing, prune) {
    if (desired === undefined)
        return [];
    const unmatched = new Map(existing.map((link) => [link.id, link]));
    const writes = [];
    for (const link of desired) {
        const match = existing.find((e) => e.name === link.name && unmatched.has(e.id))
            ?? existing.find((e) => e.url === link.url && unmatched.has(e.id) && !desired.some((d) => d.name === e.name));
        if (!match) {
            writes.push({ kind: 'create', link });
            continue;
        }
        unmatched.delete(match.id);
        if (!sameLink(link, match))
            writes.push({ kind: 'update', id: match.id, link, was: match });
    }
    const deletes = prune ? [...unmatched.values()].map((e) => ({ kind: 'delete', id: e.id, name: e.name })) : [];
    // Deletes first, then updates, then creates: each frees names, URLs and paths the next may reuse.
    const order = { delete: 0, update: 1, create: 2 };
    return [...deletes, ...writes].sort((a, b) => order[a.kind] - order[b.kind]);
}
function sameLink(want, have) {
    return want.name === have.name && want.url === have.url && want.linkType === have.linkType
        && (want.directAssetPath ?? undefined) === (have.directAssetPath ?? undefined);
}

;// CONCATENATED MODULE: ./build/default/plan/release-step.js
function planReleaseStep(desired, existing, tagExists) {
    if (!existing)
        return { kind: 'create', fields: createFields(desired, tagExists) };
    const changed = {};
    if (desired.name !== undefined && desired.name !== existing.name)
        changed.name = desired.name;
    if (desired.description !== (existing.description ?? ''))
        changed.description = desired.description;
    if (desired.milestones !== undefined && !sameSet(desired.milestones, existing.milestones))
        changed.milestones = desired.milestones;
    if (desired.releasedAt !== undefined && !sameInstant(desired.releasedAt, existing.releasedAt))
        changed.releasedAt = desired.releasedAt;
    return Object.keys(changed).length === 0 ? { kind: 'none' } : { kind: 'update', changed };
}
function createFields(desired, tagExists) {
    const fields = {
        tagName: desired.tag,
        name: desired.name ?? desired.tag,
        description: desired.description,
        ref: desired.ref,
        links: desired.links,
    };
    // GitLab ignores tag_message for an existing tag; not sending it keeps the plan honest.
    if (desired.tagMessage !== undefined && !tagExists)
        fields.tagMessage = desired.tagMessage;
    if (desired.milestones !== undefined && desired.milestones.length > 0)
        fields.milestones = desired.milestones;
    if (desired.releasedAt !== undefined)
        fields.releasedAt = desired.releasedAt;
    return fields;
}
function sameSet(a, b) {
    return a.length === b.length && a.every((x) => b.includes(x));
}
function sameInstant(a, b) {
    return new Date(a).getTime() === new Date(b).getTime();
}

;// CONCATENATED MODULE: ./build/default/plan/plan-release.js



function planRelease(input) {
    const { inputs, existing } = input;
    const release = planReleaseStep({
        tag: input.tag,
        name: inputs.name,
        description: input.notes,
        milestones: inputs.milestones,
        releasedAt: inputs.releasedAt,
        ref: input.commitSha,
        tagMessage: inputs.tagMessage,
        links: inputs.assets ?? [],
    }, existing, input.tagExists);
    // A new release carries its links in the create body; only an existing one needs Links API calls.
    const links = existing ? planLinkSteps(inputs.assets, existing.links, inputs.pruneLinks) : [];
    const evidence = planEvidenceStep({
        mode: inputs.evidence,
        existing,
        releasedAt: inputs.releasedAt,
        now: input.now,
    });
    return {
        tag: input.tag,
        version: input.version,
        ...(input.previousTag ? { previousTag: input.previousTag } : {}),
        commitSha: input.commitSha,
        tagExists: input.tagExists,
        ...(existing ? { existing } : {}),
        release,
        links,
        evidence,
        notes: input.notes,
        releaseUrl: existing?.webUrl ?? predictReleaseUrl(input.projectUrl, input.tag),
        offline: input.offline,
    };
}
/** GitLab's release page: `<project web url>/-/releases/<tag, escaped>` (behaviour sheet §3.1). */
function predictReleaseUrl(projectUrl, tag) {
    return projectUrl ? `${projectUrl}/-/releases/${railsPathSegment(tag)}` : '';
}
/** Rails escapes a path segment but keeps sub-delimiters, `:` and `@`: `v1.0.0+build` stays as is. */
function railsPathSegment(text) {
    return encodeURIComponent(text).replace(/%(2B|40|3A|24|26|2C|3B|3D)/g, (escaped) => decodeURIComponent(escaped));
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/default/git/git.js
/**
 * The only place that runs git. Always execFile/spawn (never a shell), so a tag or ref can never
 * change what runs; callers put `--end-of-options` before any user-supplied ref.
 */


// Keep git from paging, prompting or translating messages we may show to users.
const GIT_ENV = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: options.cwd, env: GIT_ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            if (!error || options.okCodes?.includes(code))
                return resolve({ stdout, code });
            reject(gitFailure(args, code, stderr || error.message, options.cwd));
        });
    });
}
/** stdout of a git command that must succeed. */
async function git(args, options) {
    return (await runGit(args, options)).stdout;
}
/**
 * Streams git's stdout in records split by `separator`, so a 10,000-commit log is never held
 * twice in memory (raw text + parsed commits).
 */
async function* streamGit(args, options) {
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd: options.cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    let pending = '';
    for await (const chunk of child.stdout.setEncoding('utf8')) {
        pending += chunk;
        let at = pending.indexOf(options.separator);
        while (at !== -1) {
            yield pending.slice(0, at);
            pending = pending.slice(at + options.separator.length);
            at = pending.indexOf(options.separator);
        }
    }
    const code = await exited;
    if (code !== 0)
        throw gitFailure(args, code, stderr, options.cwd);
    if (pending.trim() !== '')
        yield pending;
}
function gitFailure(args, code, stderr, cwd) {
    const notRepo = /not a git repository/i.test(stderr);
    return new errors/* ReleaseError */.K2(notRepo ? 'E_NOT_A_REPOSITORY' : 'E_GIT', notRepo ? `${cwd} is not a git repository` : `git ${args[0]} failed (exit ${code}): ${stderr.trim()}`, {
        hint: notRepo
            ? 'Run forge-release inside a clone of the project, or point --cwd at one.'
            : 'Check that the repository is a complete clone and the ref exists (git fetch --tags --unshallow).',
    });
}

;// CONCATENATED MODULE: ./build/default/git/read-git-facts.js
/**
 * What the local checkout says: which commit a ref or tag is, and which release tags a commit
 * contains. Tags come from `for-each-ref --merged`, never from a whole-history `git log` scan.
 */


/** The commit a ref names in this checkout, or undefined when it names none. */
async function resolveCommit(cwd, ref) {
    const { stdout, code } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
    return code === 0 ? stdout.trim() : undefined;
}
/** The commit a local tag points at, or undefined when the checkout has no such tag. */
function localTagCommit(cwd, tag) {
    return resolveCommit(cwd, `refs/tags/${tag}`);
}
/** Release tags (prefix + semver) contained in a commit, highest version first. */
async function readReleaseTags(cwd, query) {
    // for-each-ref matches whole path components unless globbed: `refs/tags/v*`, not `refs/tags/v`.
    const pattern = query.prefix === '' ? 'refs/tags/' : `refs/tags/${query.prefix}*`;
    const format = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)';
    const out = await git(['for-each-ref', `--merged=${query.mergedInto}`, format, pattern], { cwd });
    return parseTagLines(out, query.prefix).sort((a, b) => semver.rcompare(a.version, b.version));
}
/** `name\0object\0peeled` lines → release tags; names without the prefix or not semver are not releases. */
function parseTagLines(out, prefix) {
    const tags = [];
    for (const line of out.split('\n')) {
        const [name, object, peeled] = line.split('\0');
        if (!name || !object || !name.startsWith(prefix))
            continue;
        const version = semver.valid(name.slice(prefix.length));
        // `v1.2` or `v1.2.3.4` are tags, not releases: semver precedence needs three numbers.
        if (version === null || version !== name.slice(prefix.length))
            continue;
        tags.push({ name, version, sha: peeled || object });
    }
    return tags;
}
/** Whether the checkout is a shallow clone (notes and versions then miss history). */
async function isShallow(cwd) {
    return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}

;// CONCATENATED MODULE: ./build/default/notes/shallow.js
/** Notes and versions need the history: a shallow clone fails early with the fix for each CI. */


async function assertFullHistory(cwd) {
    if (!(await isShallow(cwd)))
        return;
    throw new errors/* ReleaseError */.K2('E_SHALLOW_CLONE', `${cwd} is a shallow clone: release notes and versions need the full history and the tags`, {
        hint: [
            'GitHub Actions: actions/checkout with `fetch-depth: 0`.',
            'GitLab CI: set the variable `GIT_DEPTH: 0` (the template does).',
            'Anywhere: `git fetch --unshallow --tags`. Or pass --description so no history is read.',
        ].join('\n'),
    });
}

// EXTERNAL MODULE: ./node_modules/@conventional-changelog/git-client/dist/index.js + 5 modules
var git_client_dist = __webpack_require__(6790);
// EXTERNAL MODULE: ./node_modules/conventional-changelog/dist/index.js + 25 modules
var conventional_changelog_dist = __webpack_require__(643);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 9 modules
var src = __webpack_require__(523);
// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var conventional_commits_parser_dist = __webpack_require__(4674);
// EXTERNAL MODULE: ./node_modules/conventional-commits-filter/dist/index.js + 3 modules
var conventional_commits_filter_dist = __webpack_require__(2520);
;// CONCATENATED MODULE: ./build/default/notes/commits.js
/**
 * The commits of a release range, parsed as conventional commits by the preset's own parser.
 * One streamed `git log` of exactly that range (never the whole history); reverted pairs are
 * dropped, so a feat and its revert in one range neither bump nor appear in the notes.
 */




// The fields conventional-changelog's writer reads, in the layout its parser expects.
const FORMAT = '%B%n-hash-%n%H%n-gitTags-%n%d%n-committerDate-%n%ci';
// git ends every tformat record with a newline; NUL cannot occur in a commit message.
const SEPARATOR = '\u0000\n';
async function readCommits(cwd, range) {
    const parser = new conventional_commits_parser_dist.CommitParser((0,src/* default */.Ay)().parser);
    const spec = range.from ? `${range.from}..${range.to}` : range.to;
    const commits = [];
    const records = streamGit(['log', `--format=${FORMAT}%x00`, '--no-merges', '--end-of-options', spec], { cwd, separator: SEPARATOR });
    for await (const record of records)
        commits.push(parser.parse(record));
    return [...(0,conventional_commits_filter_dist.filterRevertedCommitsSync)(commits)];
}

;// CONCATENATED MODULE: ./build/default/notes/sanitize.js
/**
 * Commit text is untrusted: a subject such as `</details>` or our own idempotency marker must not
 * change the structure GitLab renders. HTML outside code spans is neutralised (`<` → `&lt;`,
 * which Markdown renders as `<`); code spans keep their text, where HTML is inert anyway.
 */
const HTML_LIKE = /<(?=[!/?a-zA-Z])/g;
function neutraliseHtml(text) {
    // Odd-indexed parts of a split on backtick runs are code spans (a good-enough approximation).
    return text.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_LIKE, '&lt;'))).join('');
}
/** A parsed commit with every field the notes template prints made safe. */
function sanitiseCommit(commit) {
    const safe = (value) => (typeof value === 'string' ? neutraliseHtml(value) : value);
    return {
        ...commit,
        subject: safe(commit.subject),
        header: safe(commit.header),
        scope: safe(commit.scope),
        notes: commit.notes.map((note) => ({ ...note, text: neutraliseHtml(note.text) })),
    };
}

;// CONCATENATED MODULE: ./build/default/notes/generate-notes.js
/**
 * Release notes with conventional-changelog 8 and the conventionalcommits preset, imported
 * statically (name-based preset loading breaks inside a bundle). Two things it would do by
 * itself are replaced: its tag lookup (a `git log --decorate` over the whole history) by the
 * release tags we already resolved, and its commit read by ours, so a range is read once.
 */





/** Hands conventional-changelog our commits and no tags: it then never scans the history. */
class KnownRangeGitClient extends git_client_dist/* ConventionalGitClient */.Od {
    known;
    constructor(cwd, known) {
        super(cwd);
        this.known = known;
    }
    async *getSemverTags() {
        // The previous and current tags are given in the context; nothing to look up.
    }
    async *getCommits() {
        yield* this.known;
    }
}
async function generateNotes(request) {
    const commits = request.commits ?? await readCommits(request.cwd, { ...(request.from ? { from: request.from } : {}), to: request.to });
    const linked = request.projectUrl !== undefined;
    const generator = new conventional_changelog_dist/* ConventionalChangelog */.P0(new KnownRangeGitClient(request.cwd, commits.map(sanitiseCommit)))
        .config((0,src/* default */.Ay)({ ...gitlabLinks(request), types: commitTypes(request.sections) }))
        .context({
        version: request.version,
        currentTag: request.currentTag,
        ...(request.previousTag ? { previousTag: request.previousTag } : {}),
        date: request.date,
        linkReferences: linked,
        linkCompare: linked && request.previousTag !== undefined,
    })
        .commits({ ...(request.from ? { from: request.from } : {}), to: request.to })
        .writer({ generateOn: () => false, doFlush: true });
    let markdown = '';
    for await (const chunk of generator.write())
        markdown += chunk;
    return { markdown: markdown.trim(), commitCount: commits.length };
}
/** The preset's sections with the user's changes, in the preset's order; new types come last. */
function commitTypes(sections = {}) {
    const entry = (type, heading) => heading === false
        ? { type, section: type, effect: 'hidden' }
        : { type, section: heading, effect: 'changelog' };
    const known = src/* DEFAULT_COMMIT_TYPES */.EH.map((t) => (t.type in sections ? entry(t.type, sections[t.type]) : { ...t }));
    const added = Object.entries(sections).filter(([type]) => !src/* DEFAULT_COMMIT_TYPES */.EH.some((t) => t.type === type));
    return [...known, ...added.map(([type, heading]) => entry(type, heading))];
}
/** GitLab's compare route takes tag names as they are (`pkg/v1.0.0`, `app@1.0.0`); escape the rest. */
function tagInPath(tag) {
    return encodeURIComponent(tag).replace(/%2F/g, '/').replace(/%40/g, '@');
}
/**
 * GitLab's routes (`-/commit/`, `-/compare/`, `-/issues/`) from the project's web URL, which may
 * carry a relative URL root; never from the checkout's remote. No URL: references stay plain text.
 */
function gitlabLinks({ projectUrl, gitlabUrl, previousTag, currentTag }) {
    if (projectUrl === undefined)
        return { formatIssueUrl: () => '', formatUserUrl: () => '', formatCommitUrl: () => '', formatCompareUrl: () => '' };
    return {
        formatCommitUrl: (_context, commit) => `${projectUrl}/-/commit/${String(commit.hash)}`,
        formatCompareUrl: () => `${projectUrl}/-/compare/${tagInPath(previousTag ?? '')}...${tagInPath(currentTag)}`,
        // `group/other#12` points into another project of the same instance.
        formatIssueUrl: (_context, reference) => reference.repository
            ? `${gitlabUrl}/${[reference.owner, reference.repository].filter(Boolean).join('/')}/-/issues/${String(reference.issue)}`
            : `${projectUrl}/-/issues/${String(reference.issue)}`,
        formatUserUrl: (_context, user) => `${gitlabUrl}/${user}`,
    };
}

;// CONCATENATED MODULE: ./build/default/notes/limit.js
/**
 * GitLab refuses a description over 1,000,000 characters (after it may already have created the
 * tag). Notes are cut to fit by whole sections from the end, then by whole list items, and a
 * closing line says what was left out: never a half line, never a silent cut.
 */
const GITLAB_DESCRIPTION_LIMIT = 1_000_000;
const notice = (sections, items) => `\n\n_…${describe(sections, items)} left out: the notes exceeded GitLab's 1,000,000-character limit._`;
function describe(sections, items) {
    const parts = [];
    if (sections)
        parts.push(`${sections} section${sections === 1 ? '' : 's'}`);
    if (items)
        parts.push(`${items} entr${items === 1 ? 'y' : 'ies'}`);
    return parts.join(' and ') || 'some text';
}
function limitDescription(text, max = GITLAB_DESCRIPTION_LIMIT) {
    if (text.length <= max)
        return { text, omittedSections: 0, omittedItems: 0 };
    const room = max - notice(9999, 9999999).length;
    // The first chunk is the heading before any ### section; keep it and at least one section.
    const sections = text.split(/(?=\n### )/);
    let sectionsLeft = sections.length;
    while (sectionsLeft > 2 && sections.slice(0, sectionsLeft).join('').length > room)
        sectionsLeft -= 1;
    const kept = sections.slice(0, sectionsLeft).join('');
    const omittedSections = sections.length - sectionsLeft;
    if (kept.length <= room)
        return { text: kept.trimEnd() + notice(omittedSections, 0), omittedSections, omittedItems: 0 };
    // One section alone is too long: keep its first lines that fit.
    const lines = kept.split('\n');
    let size = 0;
    let count = 0;
    while (count < lines.length && size + lines[count].length + 1 <= room)
        size += lines[count++].length + 1;
    const omittedItems = lines.slice(count).filter((line) => line.startsWith('* ')).length || lines.length - count;
    return { text: lines.slice(0, count).join('\n').trimEnd() + notice(omittedSections, omittedItems), omittedSections, omittedItems };
}

;// CONCATENATED MODULE: ./build/default/notes/merge.js
const MARKER_PREFIX = '<!-- forge-release:';
/** A tag as it may appear inside an HTML comment: `-` and `>` could end the comment early. */
function markerTag(tag) {
    return encodeURIComponent(tag).replace(/-/g, '%2D');
}
function startMarker(tag) {
    return `${MARKER_PREFIX}start ${markerTag(tag)} -->`;
}
function endMarker(tag) {
    return `${MARKER_PREFIX}end ${markerTag(tag)} -->`;
}
/** Text that imitates our markers (from a commit or a pasted description) must not be taken for one. */
function withoutMarkers(block) {
    return block.split(MARKER_PREFIX).join('&lt;!-- forge-release:');
}
function mergeNotes(mode, existing, block, tag) {
    const wrapped = `${startMarker(tag)}\n${withoutMarkers(block)}\n${endMarker(tag)}`;
    if (!existing)
        return wrapped;
    const start = existing.indexOf(startMarker(tag));
    const end = start === -1 ? -1 : existing.indexOf(endMarker(tag), start);
    if (end !== -1)
        return existing.slice(0, start) + wrapped + existing.slice(end + endMarker(tag).length);
    return mode === 'append' ? `${existing.trimEnd()}\n\n${wrapped}` : `${wrapped}\n\n${existing.trimStart()}`;
}

;// CONCATENATED MODULE: ./build/default/resolve/release-notes.js




/** The new notes block for this release, before merging with an existing description. */
async function notesBlock(inputs, release, projectUrl) {
    if (inputs.description !== undefined)
        return inputs.description;
    await assertFullHistory(inputs.cwd);
    const generated = await generateNotes({
        cwd: inputs.cwd,
        ...(release.commits ? { commits: release.commits } : {}),
        ...(release.previousTag ? { from: release.previousTag.sha, previousTag: release.previousTag.name } : {}),
        to: release.commitSha,
        version: release.version,
        currentTag: release.tag,
        ...(projectUrl ? { projectUrl } : {}),
        gitlabUrl: inputs.gitlabUrl,
        ...(inputs.notesSections ? { sections: inputs.notesSections } : {}),
        date: (inputs.releasedAt ?? new Date().toISOString()).slice(0, 10),
    });
    return generated.markdown;
}
function finalDescription(inputs, tag, block, existing, log) {
    if (inputs.notesMode === 'keep' && existing)
        return existing.description ?? '';
    const merge = (b) => (inputs.notesMode === 'append' || inputs.notesMode === 'prepend')
        ? mergeNotes(inputs.notesMode, existing?.description ?? null, b, tag)
        : b;
    let text = merge(block);
    if (text.length <= GITLAB_DESCRIPTION_LIMIT)
        return text;
    // Cut our own block first so an existing description is never shortened by us.
    const room = GITLAB_DESCRIPTION_LIMIT - (text.length - block.length);
    const limited = limitDescription(block, Math.max(room, 0));
    text = merge(limited.text);
    log.warn(`The notes exceed GitLab's ${GITLAB_DESCRIPTION_LIMIT} characters: ${limited.omittedSections} section(s) were left out.`);
    if (text.length > GITLAB_DESCRIPTION_LIMIT)
        text = limitDescription(text).text;
    return text;
}

;// CONCATENATED MODULE: ./build/default/version/previous-tag.js
/**
 * The release the notes start from: the highest release tag below the current version among the
 * tags the commit contains (semver precedence, not dates). A stable release skips prereleases, so
 * 1.3.0's notes cover everything since 1.2.0, not just since 1.3.0-rc.2.
 */

/** `tags` is sorted highest first (readReleaseTags). */
function findPreviousTag(tags, current) {
    const currentVersion = semver.valid(current.version);
    const stable = currentVersion === null || semver.prerelease(currentVersion) === null;
    return tags.find((candidate) => {
        if (candidate.name === current.tag)
            return false;
        if (stable && semver.prerelease(candidate.version) !== null)
            return false;
        return currentVersion === null || semver.lt(candidate.version, currentVersion);
    });
}

;// CONCATENATED MODULE: ./build/default/version/bump-level.js
const PATCH_TYPES = ['fix', 'perf', 'revert'];
const MINOR_TYPES = ['feat', 'feature'];
function bumpLevelOf(commits) {
    let breaking = 0;
    let features = 0;
    let fixes = 0;
    for (const commit of commits) {
        const type = commit.revert ? 'revert' : (commit.type ?? '').toLowerCase();
        if (commit.notes.length > 0)
            breaking += 1;
        else if (MINOR_TYPES.includes(type))
            features += 1;
        else if (PATCH_TYPES.includes(type))
            fixes += 1;
    }
    const reason = `${plural(breaking, 'breaking change')}, ${plural(features, 'feature')}, ${plural(fixes, 'fix', 'fixes')} in ${plural(commits.length, 'commit')}`;
    if (breaking > 0)
        return { level: 'major', reason };
    if (features > 0)
        return { level: 'minor', reason };
    if (fixes > 0)
        return { level: 'patch', reason };
    return { reason };
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./build/default/version/next-version.js
/**
 * The next version, pure: the base release, the level the commits call for (or the one asked
 * for), and the prerelease numbering (1.3.0-rc.1, then rc.2 while 1.3.0 is not out).
 */


function nextVersion(input) {
    const level = levelFor(input);
    if ('skip' in level)
        return level;
    const stable = stableVersion(input, level.level);
    const version = input.prerelease ? nextPrerelease(stable, input.prerelease, input.allTags) : stable;
    return { version, reason: level.reason };
}
function levelFor(input) {
    if (input.bump === 'major' || input.bump === 'minor' || input.bump === 'patch') {
        return { level: input.bump, reason: `bump ${input.bump} was asked for` };
    }
    if (input.bump === 'prerelease')
        return { reason: 'bump prerelease was asked for' };
    if (!input.base)
        return { reason: `first release: initial version ${input.initialVersion}` };
    const verdict = bumpLevelOf(input.commits);
    if (!verdict.level)
        return { skip: `no releasable commit since ${input.base.name} (${verdict.reason}; only feat, fix, perf, revert and breaking changes release)` };
    return { level: verdict.level, reason: verdict.reason };
}
function stableVersion(input, level) {
    if (!input.base)
        return semver.valid(input.initialVersion) ?? '1.0.0';
    const base = input.base.version;
    if (level === undefined)
        return pendingPrereleaseCore(input, base) ?? semver.inc(base, 'patch');
    const effective = level === 'major' && semver.major(base) === 0 && !input.majorOnZero ? 'minor' : level;
    return semver.inc(base, effective);
}
/** bump prerelease continues the line already started above the base (1.3.0-rc.1 → rc.2). */
function pendingPrereleaseCore(input, base) {
    const pending = input.allTags.find((t) => semver.prerelease(t.version)?.[0] === input.prerelease && semver.gt(t.version, base));
    return pending ? semver.coerce(pending.version)?.version : undefined;
}
/** `1.3.0` + `rc` → `1.3.0-rc.N+1` where N is the highest rc of 1.3.0 already tagged (else 1). */
function nextPrerelease(stable, id, tags) {
    const numbers = tags
        .map((t) => semver.prerelease(t.version))
        .filter((pre, i) => pre !== null && pre[0] === id && typeof pre[1] === 'number' && semver.coerce(tags[i].version)?.version === stable)
        .map((pre) => pre[1]);
    return `${stable}-${id}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}

;// CONCATENATED MODULE: ./build/default/resolve/next-tag.js
/**
 * No tag given: decide the next version from conventional commits since the latest release tag
 * that is an ancestor of the ref (semver precedence, not dates). A commit that already carries a
 * release tag is not bumped again: the run converges on that tag instead.
 */







async function computeNextTag(inputs, refSha, log) {
    if (!refSha)
        throw new errors/* ReleaseError */.K2('E_REF_UNKNOWN', 'HEAD is not a commit', { hint: 'Run inside a clone with at least one commit.' });
    if (inputs.bump === 'none') {
        throw new errors/* ReleaseError */.K2('E_NO_TAG', 'No tag was given and bump is none', {
            hint: 'Pass --tag, run in a tag pipeline (CI_COMMIT_TAG / a GitHub tag ref), or use --bump auto|major|minor|patch|prerelease to compute the next version.',
            input: 'tag',
            exitCode: 2,
        });
    }
    await assertFullHistory(inputs.cwd);
    const tags = await readReleaseTags(inputs.cwd, { prefix: inputs.tagPrefix, mergedInto: refSha });
    const already = tagOnCommit(tags, refSha, inputs.prerelease !== undefined);
    if (already) {
        log.info(`${refSha.slice(0, 12)} is already released as ${already.name}: converging on that tag instead of bumping again.`);
        const previousTag = findPreviousTag(tags, { tag: already.name, version: already.version, sha: refSha });
        return { kind: 'release', release: { tag: already.name, version: already.version, commitSha: refSha, tagExistsLocally: true, ...(previousTag ? { previousTag } : {}) } };
    }
    // Prereleases never serve as the base of a version: rc.N is derived from allTags instead.
    const base = tags.find((t) => semver.prerelease(t.version) === null);
    const commits = await readCommits(inputs.cwd, { ...(base ? { from: base.sha } : {}), to: refSha });
    const next = nextVersion({ ...(base ? { base } : {}), allTags: tags, commits, bump: inputs.bump, ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}), initialVersion: inputs.initialVersion, majorOnZero: inputs.majorOnZero });
    if ('skip' in next)
        return { kind: 'skip', reason: next.skip, commitSha: refSha, ...(base ? { previousTag: base.name } : {}) };
    log.info(`Next version ${next.version}: ${next.reason}.`);
    const tag = `${inputs.tagPrefix}${next.version}`;
    // A prerelease's notes start at the previous prerelease (rc.2: what changed since rc.1); the
    // commits read from the stable base then cover too much and are read again for the notes.
    const previousTag = findPreviousTag(tags, { tag, version: next.version, sha: refSha });
    const sameRange = previousTag?.sha === base?.sha;
    return { kind: 'release', release: { tag, version: next.version, commitSha: refSha, tagExistsLocally: false, ...(sameRange ? { commits } : {}), ...(previousTag ? { previousTag } : {}) } };
}
/** A release tag on the commit itself; a stable run ignores prerelease tags there. */
function tagOnCommit(tags, sha, wantPrerelease) {
    return tags.find((t) => t.sha === sha && (wantPrerelease || semver.prerelease(t.version) === null));
}

;// CONCATENATED MODULE: ./build/default/resolve/version-of-tag.js
/** The version a tag stands for: `v1.2.0` → `1.2.0`; a tag that is not semver stands for itself. */

function versionOfTag(tag, prefix) {
    const rest = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    return semver.valid(rest) ?? rest;
}

;// CONCATENATED MODULE: ./build/default/resolve/resolve-release.js
/**
 * Which tag, which commit, which version, which previous release: from --tag, or computed from
 * conventional commits when there is none (issue 7). Reads only the local git checkout.
 */





async function resolveRelease(inputs, log) {
    const refSha = await resolveRef(inputs);
    if (inputs.tag === undefined)
        return computeNextTag(inputs, refSha, log);
    const tag = inputs.tag;
    const tagSha = await localTagCommit(inputs.cwd, tag);
    const commitSha = tagSha ?? refSha;
    if (!commitSha)
        throw unknownRef(inputs.ref ?? 'HEAD');
    if (tagSha && refSha && inputs.ref !== undefined && tagSha !== refSha) {
        log.warn(`Tag ${tag} already exists and points at ${tagSha.slice(0, 12)}, not at ref ${inputs.ref} (${refSha.slice(0, 12)}): GitLab keeps the existing tag; the release uses ${tagSha.slice(0, 12)}.`);
    }
    const version = versionOfTag(tag, inputs.tagPrefix);
    const tags = await readReleaseTags(inputs.cwd, { prefix: inputs.tagPrefix, mergedInto: commitSha });
    const previousTag = findPreviousTag(tags, { tag, version, sha: commitSha });
    return { kind: 'release', release: { tag, version, commitSha, tagExistsLocally: tagSha !== undefined, ...(previousTag ? { previousTag } : {}) } };
}
async function resolveRef(inputs) {
    const sha = await resolveCommit(inputs.cwd, inputs.ref ?? 'HEAD');
    // An explicit ref that is not here may still be on GitLab when the tag exists locally.
    if (!sha && inputs.tag === undefined)
        throw unknownRef(inputs.ref ?? 'HEAD');
    return sha;
}
function unknownRef(ref) {
    return new errors/* ReleaseError */.K2('E_REF_UNKNOWN', `Ref ${ref} is not a commit in this checkout`, {
        hint: 'Fetch it first (git fetch origin <ref> --tags) or pass --ref with a commit SHA, branch or tag that exists here.',
        input: 'ref',
        exitCode: 2,
    });
}

;// CONCATENATED MODULE: ./build/default/resolve/tag-on-gitlab.js
/**
 * The checkout may lack a tag GitLab has (GitLab created it, and nobody fetched since). When the
 * release found for our tag sits on another commit, a computed version is simply taken, and an
 * explicit tag keeps GitLab's commit: say so, rather than silently mixing the two.
 */

function checkTagOnGitLab(release, existing, computed, log) {
    const elsewhere = existing?.commitSha;
    if (!elsewhere || elsewhere === release.commitSha || release.tagExistsLocally)
        return;
    const short = (sha) => sha.slice(0, 12);
    if (computed) {
        throw new errors/* ReleaseError */.K2('E_VERSION_TAKEN', `The computed version ${release.tag} is already released on GitLab at ${short(elsewhere)}, not at ${short(release.commitSha)}`, {
            hint: 'This checkout lacks tags GitLab has: fetch them (git fetch --tags; actions/checkout with fetch-depth: 0) so the next version is computed from the latest release.',
        });
    }
    log.warn(`Tag ${release.tag} is on GitLab at ${short(elsewhere)}, which this checkout has no tag for; the release keeps GitLab's tag while the notes were computed up to ${short(release.commitSha)}. Fetch tags (git fetch --tags) to compute them for the tag's commit.`);
}

// EXTERNAL MODULE: ./build/default/version.js
var version = __webpack_require__(5790);
;// CONCATENATED MODULE: ./build/default/run.js
/**
 * One run: resolve the release → read GitLab → plan → (dry run? stop) → apply → outputs.
 * Only git (src/git) and GitLab (src/gitlab) touch the outside world; everything here decides.
 */












async function run(inputs, log) {
    const resolution = await log.group('Resolve the release', () => resolveRelease(inputs, log));
    if (resolution.kind === 'skip') {
        log.info(`Nothing to release: ${resolution.reason}.`);
        return { outputs: skippedOutputs(resolution), planText: `Nothing to release: ${resolution.reason}.`, dryRun: inputs.dryRun, json: inputs.json };
    }
    const release = resolution.release;
    const client = inputs.auth.kind === 'none' || !inputs.project ? undefined : createClient(inputs, inputs.auth, log);
    if (!client)
        log.warn('No token or project: planning offline, as if the release did not exist yet. Pass --project and --token to read the real state.');
    const existing = await log.group('Read GitLab', async () => (await client?.getRelease(release.tag)) ?? undefined);
    checkTagOnGitLab(release, existing, inputs.tag === undefined, log);
    const projectUrl = await projectWebUrl(inputs, existing, client);
    const block = await log.group('Release notes', () => notesBlock(inputs, release, projectUrl));
    const makePlan = (current) => planRelease({
        inputs, tag: release.tag, version: release.version, commitSha: current?.commitSha ?? release.commitSha,
        ...(release.previousTag ? { previousTag: release.previousTag.name } : {}),
        tagExists: release.tagExistsLocally || current !== undefined, ...(current ? { existing: current } : {}),
        notes: finalDescription(inputs, release.tag, block, current, log), ...(projectUrl ? { projectUrl } : {}),
        offline: client === undefined, now: new Date(),
    });
    const plan = makePlan(existing);
    if (client)
        await checkMilestones(inputs, plan, client, log);
    const planText = describePlan(plan, { projectPath: projectApiPath(inputs.gitlabUrl, inputs.project) });
    log.info(planText);
    const notesFile = await writeNotesFile(inputs, plan.notes);
    if (inputs.dryRun || !client)
        return { outputs: toOutputs(plan, undefined, notesFile), planText, dryRun: true, json: inputs.json };
    const applied = await log.group('Apply', () => applyPlan(plan, {
        client, log, replan: async () => makePlan((await client.getRelease(release.tag)) ?? undefined),
    }));
    return { outputs: toOutputs(applied.plan, applied, notesFile), planText, dryRun: false, json: inputs.json };
}
function createClient(inputs, auth, log) {
    return createGitLabClient({
        gitlabUrl: inputs.gitlabUrl, project: inputs.project, auth,
        timeoutMs: inputs.timeoutMs, retries: inputs.retries, retryMaxWaitMs: inputs.retryMaxWaitMs,
        ...(inputs.caPem ? { caPem: inputs.caPem } : {}), insecure: inputs.insecure, userAgent: `forge-release/${version/* VERSION */.x}`,
        onRetry: (r) => log.warn(`${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
    });
}
/** Links in notes point at GitLab, never at the checkout's remote (which may be GitHub). */
async function projectWebUrl(inputs, existing, client) {
    if (inputs.projectUrl)
        return inputs.projectUrl;
    const fromRelease = existing?.webUrl.split('/-/releases/')[0];
    if (fromRelease)
        return fromRelease;
    // GET /projects/:id ignores job tokens (behaviour sheet §1.3): only a private token may ask.
    if (client && inputs.auth.kind === 'private')
        return (await client.getProject()).webUrl;
    return undefined;
}
/** A token that can read milestones fails unknown titles before any write (GitLab's own wording). */
async function checkMilestones(inputs, plan, client, log) {
    const wanted = plan.release.kind === 'create' ? plan.release.fields.milestones : plan.release.kind === 'update' ? plan.release.changed.milestones : undefined;
    if (!wanted?.length)
        return;
    if (inputs.auth.kind !== 'private') {
        log.info('Milestones not pre-checked: a job token cannot read the milestones API (401). GitLab still rejects unknown titles before it creates the tag.');
        return;
    }
    const found = await client.findMilestones(wanted);
    const missing = wanted.filter((title) => !found.includes(title));
    if (missing.length === 0)
        return;
    throw new errors/* ReleaseError */.K2('E_GITLAB_MILESTONE_NOT_FOUND', `Milestone(s) not found: ${missing.join(', ')}`, {
        hint: 'Create the milestone in the project (or its direct parent group on Premium), or fix the title; titles match exactly.',
        input: 'milestones',
    });
}
async function writeNotesFile(inputs, notes) {
    if (!inputs.notesFile)
        return '';
    const path = (0,external_node_path_.resolve)(inputs.cwd, inputs.notesFile);
    await (0,promises_.writeFile)(path, notes.endsWith('\n') ? notes : `${notes}\n`);
    return path;
}


/***/ })

};
