export const id = 829;
export const ids = [829];
export const modules = {

/***/ 1373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classifyNetworkError),
/* harmony export */   x: () => (/* binding */ networkError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7119);
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
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('E_TLS', `The TLS certificate of ${context.baseUrl} is not trusted (${failure.code}: ${failure.message})`, {
                hint: 'Give the CA that signed it: ca-file (a PEM path or the PEM itself), CI_SERVER_TLS_CA_FILE, or NODE_EXTRA_CA_CERTS. `insecure: true` skips the check (unsafe).',
            });
        case 'proxy':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('E_PROXY', `The proxy ${context.proxy ?? ''} failed ${where} (${failure.message}) ${tries}`, {
                hint: 'Check HTTPS_PROXY/HTTP_PROXY (and credentials), or add the GitLab host to NO_PROXY if it must be reached directly.',
            });
        case 'timeout':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('E_TIMEOUT', `GitLab at ${context.baseUrl} did not answer ${where} within ${context.timeoutMs / 1000} s ${tries}`, {
                hint: 'Raise timeout (seconds) or retries, or check that GitLab is reachable from this runner.',
            });
        case 'network':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('E_NETWORK', `Could not reach ${context.baseUrl} for ${where}: ${failure.code} ${failure.message} ${tries}`, {
                hint: 'Check gitlab-url, DNS and firewalls; behind a proxy set HTTPS_PROXY.',
            });
    }
}


/***/ }),

/***/ 7310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ gitlabMessage),
/* harmony export */   U3: () => (/* binding */ responseError),
/* harmony export */   hy: () => (/* binding */ isRouteNotFound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7119);
/* harmony import */ var _option_mention_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8298);
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('E_GITLAB_ROUTE_NOT_FOUND', `GitLab${at} has no API route ${failure.method} ${failure.endpoint} (${failure.status}: ${failure.message})`, {
            hint: 'gitlab-url must be the base URL of the instance, e.g. https://gitlab.example.com (with its relative URL root such as /gitlab, if it has one), not the API URL (CI_API_V4_URL). Nothing was written.',
            gitlab: failure,
        });
    }
    const [code, hint] = codeAndHint(failure, auth);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(code, `GitLab${at} refused ${failure.method} ${failure.endpoint} (${failure.status}): ${failure.message}`, { hint, gitlab: failure });
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
        return ['E_GITLAB_VALIDATION', `GitLab cannot find the commit to create the tag from: push it first (git push origin HEAD), or set ${(0,_option_mention_js__WEBPACK_IMPORTED_MODULE_1__/* .mention */ .lE)('ref')} to a branch or commit GitLab has.`];
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


/***/ }),

/***/ 3313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   X8: () => (/* binding */ replayOf)
/* harmony export */ });
/* unused harmony exports isReplayable, waitFor */
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


/***/ }),

/***/ 6270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ createTransport)
});

// UNUSED EXPORTS: ProxyRefusal

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(2327);
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


/***/ })

};
