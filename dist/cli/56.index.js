export const id = 56;
export const ids = [56];
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

/***/ 4497:
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
    return {
        async contents(name, version) {
            // The name filter is a substring match and the version filter is ignored before 16.6 (§4): filter here.
            const packages = await getAll(`${projectPath}/packages`, { package_type: 'generic', package_name: name, package_version: version });
            const matching = packages.filter((p) => p.name === name && p.version === version);
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
// EXTERNAL MODULE: ./build/default/gitlab/network-failure.js
var network_failure = __webpack_require__(1373);
// EXTERNAL MODULE: ./build/default/gitlab/response-error.js
var response_error = __webpack_require__(7310);
// EXTERNAL MODULE: ./build/default/gitlab/retry-policy.js
var retry_policy = __webpack_require__(3313);
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
    const replayable = (0,retry_policy/* replayOf */.X8)(method, path, request.replay);
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
        const decision = final ? { retry: false, ambiguous: false } : (0,retry_policy/* decide */.LD)(outcome, replayable, options.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
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
        return { kind: 'failed', failure: (0,network_failure/* classifyNetworkError */.L)(error, options.transport.proxy !== undefined) };
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
        return (0,network_failure/* networkError */.x)(result.failure, { method, endpoint, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, attempts, ...(options.transport.proxy ? { proxy: options.transport.proxy } : {}) });
    }
    const { status, headers, text } = result.answer;
    const type = headers.get('content-type') ?? '';
    const message = (0,response_error/* gitlabMessage */.$D)(text, type);
    return (0,response_error/* responseError */.U3)({ status, method, endpoint, message }, options.auth, { baseUrl: options.baseUrl, routeNotFound: (0,response_error/* isRouteNotFound */.hy)(status, text, type) });
}
/** GitLab may have applied it: the caller must read before anything is sent again. */
function ambiguous(cause, method, endpoint) {
    return new errors/* ReleaseError */.K2('E_WRITE_AMBIGUOUS', `${method} ${endpoint} may or may not have been applied (${cause.message})`, {
        hint: 'forge-release reads the release again before retrying; if this persists, run again: the run converges without duplicates.',
        ...(cause.gitlab ? { gitlab: cause.gitlab } : {}),
    });
}

// EXTERNAL MODULE: ./build/default/gitlab/transport.js + 1 modules
var gitlab_transport = __webpack_require__(6270);
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
    const transport = (0,gitlab_transport/* createTransport */.o)({ baseUrl: options.gitlabUrl, ...(options.caPem ? { caPem: options.caPem } : {}), insecure: options.insecure, env: options.env ?? process.env });
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
