export const id = 836;
export const ids = [836];
export const modules = {

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

/***/ 1178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitLabClient: () => (/* binding */ createGitLabClient)
});

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(7582);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
;// CONCATENATED MODULE: ./build/default/gitlab/deadline.js
/**
 * One deadline for all of a run's waiting on GitLab. The per-request timeout and the retry budget
 * bound one request; a server that accepts connections and never answers would still hold the job
 * for every request × every retry (30 s × 5 attempts each with the defaults). The deadline cuts
 * each attempt and each retry wait to what is left, and says what was being waited for.
 */

function startDeadline(totalMs, now = Date.now()) {
    return { at: now + totalMs, totalMs };
}
function remainingMs(deadline, now = Date.now()) {
    return Math.max(0, deadline.at - now);
}
/** `what`: the wait that ran out, e.g. "GET /api/v4/… had no answer within the 4.2 s left". */
function deadlineError(deadline, baseUrl, what, write) {
    const applied = write ? ' It may or may not have been applied.' : '';
    return new errors/* ReleaseError */.K2('E_DEADLINE', `The run's deadline of ${seconds(deadline.totalMs)} ran out waiting for GitLab at ${baseUrl}: ${what}.${applied}`, {
        hint: 'Check that GitLab answers (a server that accepts connections but never answers holds every request until the deadline); raise deadline (seconds) if it is slow but alive. A re-run converges: nothing is duplicated.',
    });
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./build/default/gitlab/packages.js
function createPackageRegistry(send, gitlabUrl, project, auth) {
    const prefixUrl = `${gitlabUrl}/api/v4/`;
    const projectPath = `projects/${encodeURIComponent(project)}`;
    // JOB-TOKEN, never Basic: the upload route does not accept a job token in Basic auth (§2.4).
    const headers = auth.kind === 'job' ? { 'JOB-TOKEN': auth.token } : { 'PRIVATE-TOKEN': auth.token };
    const getAll = async (endpoint, query) => {
        const all = [];
        for (let page = 1;; page += 1) {
            const searchParams = new URLSearchParams({ ...query, per_page: '100', page: String(page) }).toString();
            const answer = await send(endpoint, { method: 'GET', headers, searchParams, prefixUrl });
            all.push(...answer.body);
            const next = answer.headers['x-next-page'];
            if (!next)
                return all;
        }
    };
    // The name filter is a substring match and the version filter is ignored before 16.6 (§4): filter here.
    // Without `status`, GitLab lists the displayable ones (default, deprecated, error).
    const packagesNamed = async (name, version, status) => {
        const listed = await getAll(`${projectPath}/packages`, { package_type: 'generic', package_name: name, package_version: version, ...(status ? { status } : {}) });
        return listed.filter((p) => p.name === name && p.version === version);
    };
    return {
        async contents(name, version) {
            const matching = await packagesNamed(name, version);
            // A package someone uploaded with status=hidden is listed only when asked for, and our PUTs
            // (without status) keep it hidden: look there too before deciding that every file is new.
            if (matching.length === 0)
                matching.push(...await packagesNamed(name, version, 'hidden'));
            const files = new Map();
            for (const pkg of matching) {
                const rows = await getAll(`${projectPath}/packages/${pkg.id}/package_files`, {});
                for (const row of rows) {
                    const known = files.get(row.file_name);
                    if (!known || row.id > known.id)
                        files.set(row.file_name, { id: row.id, sha256: row.file_sha256 ?? '', size: row.size });
                }
            }
            return { exists: matching.length > 0, files: new Map([...files].map(([file, { sha256, size }]) => [file, { sha256, size }])) };
        },
        async upload(name, version, fileName, body) {
            const endpoint = `${projectPath}/packages/generic/${encodeURIComponent(name)}/${encodeURIComponent(version)}/${encodeURIComponent(fileName)}`;
            // A replayed PUT stores another row: after an ambiguous answer the caller lists again instead.
            await send(endpoint, { method: 'PUT', headers: { ...headers, 'content-type': 'application/octet-stream' }, body, prefixUrl, replay: 'never' });
        },
    };
}

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
            return new errors/* ReleaseError */.K2('E_TIMEOUT', `GitLab at ${context.baseUrl} did not answer ${where} within ${context.timeoutMs / 1000} s ${tries}`, {
                hint: 'Raise timeout (seconds) or retries, or check that GitLab is reachable from this runner.',
            });
        case 'network':
            return new errors/* ReleaseError */.K2('E_NETWORK', `Could not reach ${context.baseUrl} for ${where}: ${failure.code} ${failure.message} ${tries}`, {
                hint: 'Check gitlab-url, DNS and firewalls; behind a proxy set HTTPS_PROXY.',
            });
    }
}

// EXTERNAL MODULE: ./build/default/option-mention.js
var option_mention = __webpack_require__(8298);
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
/**
 * GitLab's two 404s mean different things (behaviour sheet §1.2): `{"message":"404 Not Found"}` is
 * an endpoint saying "no such release"; `{"error":"404 Not Found"}` is Grape's catch-all saying "no
 * such route" — a wrong gitlab-url, not a missing release. A 404 that is not JSON at all did not
 * come from GitLab's API either (a web page, a proxy). Only the first may ever lead to a write.
 */
function isRouteNotFound(status, body, contentType) {
    if (status !== 404)
        return false;
    if (!contentType.includes('json'))
        return true;
    try {
        const data = JSON.parse(body);
        return typeof data === 'object' && data !== null && data.message === undefined && data.error === '404 Not Found';
    }
    catch {
        return true;
    }
}
function responseError(failure, auth, context = {}) {
    const at = context.baseUrl ? ` at ${context.baseUrl}` : '';
    if (context.routeNotFound) {
        return new errors/* ReleaseError */.K2('E_GITLAB_ROUTE_NOT_FOUND', `GitLab${at} has no API route ${failure.method} ${failure.endpoint} (${failure.status}: ${failure.message})`, {
            hint: 'gitlab-url must be the base URL of the instance, e.g. https://gitlab.example.com (with its relative URL root such as /gitlab, if it has one), not the API URL (CI_API_V4_URL). Nothing was written.',
            gitlab: failure,
        });
    }
    const [code, hint] = codeAndHint(failure, auth);
    return new errors/* ReleaseError */.K2(code, `GitLab${at} refused ${failure.method} ${failure.endpoint} (${failure.status}): ${failure.message}`, { hint, gitlab: failure });
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
        return ['E_GITLAB_VALIDATION', `GitLab cannot find the commit to create the tag from: push it first (git push origin HEAD), or set ${(0,option_mention/* mention */.lE)('ref')} to a branch or commit GitLab has.`];
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
function replayOf(method, endpoint, marker) {
    if (marker === 'never')
        return 'never';
    return isReplayable(method, endpoint) ? 'yes' : 'no';
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
function classify(outcome, replay) {
    const replayable = replay === true || replay === 'yes';
    if (outcome.kind === 'network')
        return !outcome.sent || replayable ? 'retry' : 'ambiguous';
    const { status } = outcome;
    // A 503 after an upload's body went out may come from a proxy behind which the file was stored.
    if (status === 503 && replay === 'never')
        return 'ambiguous';
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
        return outcome.detail ?? (outcome.sent ? 'the connection failed' : 'GitLab could not be reached');
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
/** The same policy for calls gitbeaker does not make (streamed uploads): timeouts, retries, errors. */
function createSender(options) {
    return (endpoint, request) => send(endpoint, request, options);
}
async function send(endpoint, request, options) {
    const url = new URL(endpoint, request.prefixUrl.endsWith('/') ? request.prefixUrl : `${request.prefixUrl}/`);
    url.search = request.searchParams ?? '';
    const method = request.method;
    const path = url.pathname;
    const replayable = replayOf(method, path, request.replay);
    let waitedMs = 0;
    let mayHaveApplied = false;
    const write = method !== 'GET' && method !== 'HEAD';
    for (let attempt = 0;; attempt += 1) {
        const attemptMs = Math.min(options.timeoutMs, remainingMs(options.deadline));
        if (attemptMs <= 0)
            throw deadlineError(options.deadline, options.baseUrl, `${method} ${path} could not be sent any more`, false);
        const result = await attemptOnce(url, request, options, attemptMs);
        if (result.kind === 'failed' && result.failure.kind === 'timeout' && attemptMs < options.timeoutMs) {
            throw deadlineError(options.deadline, options.baseUrl, `${method} ${path} had no answer within the ${seconds(attemptMs)} left (attempt ${attempt + 1})`, write);
        }
        if (result.kind === 'answer' && result.answer.status < 400)
            return parsed(result.answer, method, path, options.baseUrl);
        if (result.kind === 'answer' && alreadyDeleted(method, result.answer.status, mayHaveApplied))
            return { body: null, headers: {}, status: 204 };
        const outcome = result.kind === 'answer'
            ? { kind: 'response', status: result.answer.status, headers: result.answer.headers }
            : { kind: 'network', sent: result.failure.sent, detail: failureDetail(result.failure, options.timeoutMs) };
        mayHaveApplied ||= possiblyApplied(outcome);
        const final = result.kind === 'failed' && (result.failure.kind === 'tls' || result.failure.code === 'PROXY_REFUSED');
        const decision = final ? { retry: false, ambiguous: false } : decide(outcome, replayable, options.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
        if (decision.retry && decision.waitMs >= remainingMs(options.deadline)) {
            const why = `${method} ${path} failed (${decision.reason}), and its retry in ${seconds(decision.waitMs)} would come after the deadline`;
            throw deadlineError(options.deadline, options.baseUrl, why, write && mayHaveApplied);
        }
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
/** What a retry notice says of a failed exchange: "no answer within 30 s", "ECONNRESET". */
function failureDetail(failure, timeoutMs) {
    return failure.kind === 'timeout' ? `no answer within ${timeoutMs / 1000} s` : `${failure.code} (${failure.message})`;
}
/** A 500/502/504, a reset or a timeout after the request left: GitLab may have done it. */
function possiblyApplied(outcome) {
    return outcome.kind === 'network' ? outcome.sent : [500, 502, 504].includes(outcome.status);
}
/**
 * A DELETE resent after an answer that may have been applied, now answered 404: the first attempt
 * most likely did it. Reporting that as "not found" would tell the caller nothing was deleted, so a
 * run that removed a link would say `unchanged`; the goal (the thing is gone) is reached either way.
 */
function alreadyDeleted(method, status, mayHaveApplied) {
    return method === 'DELETE' && status === 404 && mayHaveApplied;
}
async function attemptOnce(url, request, options, timeoutMs) {
    const headers = { ...request.headers, 'user-agent': options.userAgent, accept: 'application/json' };
    try {
        let target = url;
        for (let hops = 0;; hops += 1) {
            const answer = await options.transport.send({ url: target, method: request.method, headers, ...(request.body !== undefined ? { body: request.body } : {}), timeoutMs });
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
function parsed(answer, method, endpoint, baseUrl) {
    const type = answer.headers.get('content-type') ?? '';
    // Every API route we call answers JSON; a web page (a sign-in redirect, a wrong URL root) read as
    // data would make a plan out of nonsense.
    if (answer.text !== '' && !type.includes('json')) {
        throw new errors/* ReleaseError */.K2('E_GITLAB_ROUTE_NOT_FOUND', `${baseUrl} answered ${method} ${endpoint} with ${type.split(';')[0] || 'no content type'} (${answer.status}), not GitLab's API JSON`, {
            hint: 'gitlab-url must be the base URL of the instance, e.g. https://gitlab.example.com (with its relative URL root such as /gitlab, if it has one). Nothing was written.',
        });
    }
    const body = answer.text === '' ? null : type.includes('json') ? JSON.parse(answer.text) : answer.text;
    return { body, headers: Object.fromEntries(answer.headers.entries()), status: answer.status };
}
function failureOf(result, method, endpoint, attempts, options) {
    if (result.kind === 'failed') {
        return networkError(result.failure, { method, endpoint, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, attempts, ...(options.transport.proxy ? { proxy: options.transport.proxy } : {}) });
    }
    const { status, headers, text } = result.answer;
    const type = headers.get('content-type') ?? '';
    const message = gitlabMessage(text, type);
    return responseError({ status, method, endpoint, message }, options.auth, { baseUrl: options.baseUrl, routeNotFound: isRouteNotFound(status, text, type) });
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
        const opener = (request, headers) => direct(request, headers, agents, tls);
        return { send: (request) => exchange(request, (headers) => opener(request, headers)), open: (request) => streamed(request, opener) };
    }
    const proxyUrl = new URL(proxy);
    // A proxy URL may carry user:password; it must never be printed.
    (0,redact/* registerSecret */.cl)(proxyUrl.password);
    (0,redact/* registerSecret */.cl)(decodeURIComponent(proxyUrl.password));
    const opener = (request, headers) => viaProxy(request, headers, proxyUrl, tls);
    return {
        send: (request) => exchange(request, (headers) => opener(request, headers)),
        open: (request) => streamed(request, opener),
        proxy: `${proxyUrl.protocol}//${proxyUrl.host}`,
    };
}
function defaultCertificates() {
    // getCACertificates (Node ≥ 22.15) includes NODE_EXTRA_CA_CERTS; rootCertificates does not.
    return typeof external_node_tls_.getCACertificates === 'function' ? (0,external_node_tls_.getCACertificates)('default') : external_node_tls_.rootCertificates;
}
function timeoutError(ms) {
    return Object.assign(new Error(`no answer within ${ms} ms`), { code: 'TimeoutError' });
}
/** GET with the body left to the caller: headers under one timer, then an idle timeout per silence. */
function streamed(request, open) {
    return new Promise((resolve, reject) => {
        let req;
        const timer = setTimeout(() => {
            if (req)
                req.destroy(timeoutError(request.timeoutMs));
            else
                reject(timeoutError(request.timeoutMs));
        }, request.timeoutMs);
        const fail = (error) => { clearTimeout(timer); reject(error); };
        open(request, request.headers).then((opened) => {
            req = opened;
            opened.on('error', fail);
            opened.on('response', (response) => {
                clearTimeout(timer);
                response.setTimeout(request.timeoutMs, () => response.destroy(timeoutError(request.timeoutMs)));
                resolve(response);
            });
            opened.end();
        }, fail);
    });
}
/**
 * One exchange under one timer: connecting, the answer's headers and its whole body. A streamed
 * body re-arms the timer on every chunk sent: a large upload that is making progress is not cut.
 */
function exchange(request, open) {
    return new Promise((resolve, reject) => {
        const body = request.body;
        const length = body === undefined ? undefined : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
        const headers = { ...request.headers, ...(length !== undefined ? { 'content-length': length } : {}) };
        let req;
        let timer;
        let lastActivity = Date.now();
        // One timer, re-armed only when it fires: a chunk sent just records the time (cheap per chunk).
        const arm = (ms) => {
            timer = setTimeout(() => {
                const idle = Date.now() - lastActivity;
                if (idle < request.timeoutMs)
                    return arm(request.timeoutMs - idle);
                const error = timeoutError(request.timeoutMs);
                if (req)
                    req.destroy(error);
                else
                    reject(error);
            }, ms);
        };
        arm(request.timeoutMs);
        const fail = (error) => { clearTimeout(timer); reject(error); };
        open(headers).then((opened) => {
            req = opened;
            opened.on('error', fail);
            opened.on('response', (response) => readAnswer(response).then((answer) => { clearTimeout(timer); resolve(answer); }, fail));
            if (body === undefined || typeof body === 'string')
                opened.end(body);
            else
                sendStream(body, opened, () => { lastActivity = Date.now(); });
        }, fail);
    });
}
/**
 * At most two socket writes in flight: the next chunk is handed over while the last is still
 * being written, so the socket never waits for JavaScript, yet the body never queues in memory
 * however fast the disk is, and a chunk's buffer is reused only after its write completed. An
 * answer that came before the whole body was sent (a refusal) wins over the write error after it.
 */
function sendStream(body, req, progress) {
    let answered = false;
    req.once('response', () => { answered = true; });
    const pump = async () => {
        let sent = 0;
        let inFlight;
        for await (const chunk of body.chunks()) {
            const writing = written(req, chunk);
            // A rejection is read when it is awaited; until then it must not count as unhandled.
            writing.catch(() => undefined);
            if (inFlight)
                await inFlight;
            inFlight = writing;
            sent += chunk.length;
            progress();
            body.onProgress?.(sent);
        }
        await inFlight;
        req.end();
    };
    pump().catch((error) => { if (!answered)
        req.destroy(error); });
}
function written(req, chunk) {
    return new Promise((resolve, reject) => {
        // A connection torn down before the write completes may never call back: its close decides.
        const closed = () => reject(new Error('the connection closed while the body was being sent'));
        req.once('close', closed);
        req.write(chunk, (error) => {
            req.off('close', closed);
            if (error)
                reject(error);
            else
                resolve();
        });
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







const MAX_PER_PAGE = 100;
function createGitLabClient(options) {
    const transport = createTransport({ baseUrl: options.gitlabUrl, ...(options.caPem ? { caPem: options.caPem } : {}), insecure: options.insecure, env: options.env ?? process.env });
    const requesterOptions = {
        transport, baseUrl: options.gitlabUrl, auth: options.auth.kind, timeoutMs: options.timeoutMs, deadline: startDeadline(options.deadlineMs),
        budget: { retries: options.retries, maxTotalWaitMs: options.retryMaxWaitMs }, userAgent: options.userAgent, onRetry: options.onRetry,
    };
    const requesterFn = createRequester(requesterOptions);
    // JOB-TOKEN for job tokens: sent as PRIVATE-TOKEN GitLab would treat the call as anonymous.
    const token = options.auth.kind === 'job' ? { jobToken: options.auth.token } : { token: options.auth.token };
    const config = { host: options.gitlabUrl, requesterFn, queryTimeout: 0, ...token };
    const releases = new dist/* ProjectReleases */.G2E(config);
    const links = new dist/* ReleaseLinks */.Luv(config);
    const project = options.project;
    return {
        packages: createPackageRegistry(createSender(requesterOptions), options.gitlabUrl, project, options.auth),
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
        async findTagCommit(tag) {
            // The tags list, not GET /repository/tags/:tag: only the list accepts a job token (§1.3).
            // Its search is a case-insensitive substring match with the exact name first.
            const found = await new dist/* Tags */.YDL(config).all(project, { search: tag, perPage: 20, maxPages: 1 });
            return found.find((t) => t.name === tag)?.commit?.id;
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
                if (error instanceof errors/* ReleaseError */.K2 && error.code === 'E_GITLAB_ROUTE_NOT_FOUND')
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
        async listReleases({ limit, orderBy, sort }) {
            const all = await releases.all(project, { ...pages(limit), orderBy, sort });
            return all.slice(0, limit);
        },
        async listGroupReleases(group, { limit, sort }) {
            const all = await new dist/* GroupReleases */.c4K(config).all(group, { ...pages(limit), sort, simple: true });
            return all.slice(0, limit);
        },
        async showRelease(tag) {
            try {
                return await releases.show(project, tag);
            }
            catch (error) {
                if (isReleaseNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async latestRelease() {
            try {
                return await releases.showLatest(project);
            }
            catch (error) {
                if (isReleaseNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async deleteRelease(tag) {
            return await releases.remove(project, tag);
        },
    };
}
/** gitbeaker follows `Link: rel="next"` while fewer than maxPages × perPage items arrived. */
function pages(limit) {
    const perPage = Math.min(limit, MAX_PER_PAGE);
    return { perPage, maxPages: Math.ceil(limit / perPage) };
}
/**
 * GET /releases/:tag answers `{"message":"404 Not Found"}` for a missing release. `Project Not Found`
 * is another matter, and so is the route-404 `{"error":"404 Not Found"}` of a wrong gitlab-url
 * (E_GITLAB_ROUTE_NOT_FOUND): reading that as "no release yet" would send a create to nowhere.
 */
function isReleaseNotFound(error) {
    return error instanceof errors/* ReleaseError */.K2 && error.code === 'E_GITLAB_NOT_FOUND' && error.gitlab?.message === '404 Not Found';
}


/***/ })

};
