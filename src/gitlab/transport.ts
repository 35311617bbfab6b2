/**
 * How bytes reach GitLab: node:http(s) with the private CA (ca-file, CI_SERVER_TLS_CA_FILE; Node's
 * defaults and NODE_EXTRA_CA_CERTS kept), the insecure switch, and HTTPS_PROXY/NO_PROXY through a
 * CONNECT tunnel. Plain node:https instead of undici keeps a megabyte out of the bundle.
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import { connect as tlsConnect, getCACertificates, rootCertificates, type ConnectionOptions } from 'node:tls';
import { registerSecret } from '../redact.js';
import { proxyFor } from './proxy-for.js';

export interface TransportOptions {
  baseUrl: string;
  caPem?: string;
  insecure: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * A body too large to hold in memory (a release file): read afresh for every attempt, so a retry
 * resends it from its first byte, and sent with its length (no chunked encoding). A chunk may be
 * a recycled buffer: the sender keeps it until the socket took it, which is before it asks for
 * the chunk after the next.
 */
export interface StreamBody {
  length: number;
  chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Bytes sent so far, for progress on slow uploads. */
  onProgress?: (sent: number) => void;
}

export interface HttpRequest {
  url: URL;
  method: string;
  headers: OutgoingHttpHeaders;
  body?: string | StreamBody;
  /** For a streamed body: the longest silence while sending, and then the wait for the answer. */
  timeoutMs: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface Transport {
  send(request: HttpRequest): Promise<HttpAnswer>;
  /**
   * The answer with its body still unread, for downloads streamed to disk. The timeout covers the
   * wait for the headers, then each silence of the body (a large file may take longer than it).
   */
  open(request: HttpRequest): Promise<IncomingMessage>;
  /** The proxy in use, without credentials, for messages; undefined = direct. */
  proxy?: string;
}

/** Thrown for a proxy that refused the tunnel (a final answer, not a network blip). */
export class ProxyRefusal extends Error {
  readonly code = 'PROXY_REFUSED';
}

export function createTransport(options: TransportOptions): Transport {
  const tls: ConnectionOptions = {
    // A `ca` list replaces Node's defaults, so keep them (with NODE_EXTRA_CA_CERTS) and add ours.
    ...(options.caPem ? { ca: [...defaultCertificates(), options.caPem] } : {}),
    ...(options.insecure ? { rejectUnauthorized: false } : {}),
  };
  const proxy = proxyFor(new URL(options.baseUrl), options.env);
  if (!proxy) {
    const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true, ...tls }) };
    const opener: OpenRequest = (request, headers) => direct(request, headers, agents, tls);
    return { send: (request) => exchange(request, (headers) => opener(request, headers)), open: (request) => streamed(request, opener) };
  }
  const proxyUrl = new URL(proxy);
  // A proxy URL may carry user:password; it must never be printed.
  registerSecret(proxyUrl.password);
  registerSecret(decodeURIComponent(proxyUrl.password));
  const opener: OpenRequest = (request, headers) => viaProxy(request, headers, proxyUrl, tls);
  return {
    send: (request) => exchange(request, (headers) => opener(request, headers)),
    open: (request) => streamed(request, opener),
    proxy: `${proxyUrl.protocol}//${proxyUrl.host}`,
  };
}

function defaultCertificates(): readonly string[] {
  // getCACertificates (Node ≥ 22.15) includes NODE_EXTRA_CA_CERTS; rootCertificates does not.
  return typeof getCACertificates === 'function' ? getCACertificates('default') : rootCertificates;
}

type Open = (headers: OutgoingHttpHeaders) => Promise<ClientRequest>;
type OpenRequest = (request: HttpRequest, headers: OutgoingHttpHeaders) => Promise<ClientRequest>;

function timeoutError(ms: number): Error {
  return Object.assign(new Error(`no answer within ${ms} ms`), { code: 'TimeoutError' });
}

/** GET with the body left to the caller: headers under one timer, then an idle timeout per silence. */
function streamed(request: HttpRequest, open: OpenRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | undefined;
    const timer = setTimeout(() => {
      if (req) req.destroy(timeoutError(request.timeoutMs));
      else reject(timeoutError(request.timeoutMs));
    }, request.timeoutMs);
    const fail = (error: Error) => { clearTimeout(timer); reject(error); };
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
function exchange(request: HttpRequest, open: Open): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = request.body;
    const length = body === undefined ? undefined : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    const headers = { ...request.headers, ...(length !== undefined ? { 'content-length': length } : {}) };
    let req: ClientRequest | undefined;
    let timer: NodeJS.Timeout | undefined;
    let lastActivity = Date.now();
    // One timer, re-armed only when it fires: a chunk sent just records the time (cheap per chunk).
    const arm = (ms: number) => {
      timer = setTimeout(() => {
        const idle = Date.now() - lastActivity;
        if (idle < request.timeoutMs) return arm(request.timeoutMs - idle);
        const error = timeoutError(request.timeoutMs);
        if (req) req.destroy(error);
        else reject(error);
      }, ms);
    };
    arm(request.timeoutMs);
    const fail = (error: Error) => { clearTimeout(timer); reject(error); };
    open(headers).then((opened) => {
      req = opened;
      opened.on('error', fail);
      opened.on('response', (response) => readAnswer(response).then((answer) => { clearTimeout(timer); resolve(answer); }, fail));
      if (body === undefined || typeof body === 'string') opened.end(body);
      else sendStream(body, opened, () => { lastActivity = Date.now(); });
    }, fail);
  });
}

/**
 * At most two socket writes in flight: the next chunk is handed over while the last is still
 * being written, so the socket never waits for JavaScript, yet the body never queues in memory
 * however fast the disk is, and a chunk's buffer is reused only after its write completed. An
 * answer that came before the whole body was sent (a refusal) wins over the write error after it.
 */
function sendStream(body: StreamBody, req: ClientRequest, progress: () => void): void {
  let answered = false;
  req.once('response', () => { answered = true; });
  const pump = async () => {
    let sent = 0;
    let inFlight: Promise<void> | undefined;
    for await (const chunk of body.chunks()) {
      const writing = written(req, chunk);
      // A rejection is read when it is awaited; until then it must not count as unhandled.
      writing.catch(() => undefined);
      if (inFlight) await inFlight;
      inFlight = writing;
      sent += chunk.length;
      progress();
      body.onProgress?.(sent);
    }
    await inFlight;
    req.end();
  };
  pump().catch((error: Error) => { if (!answered) req.destroy(error); });
}

function written(req: ClientRequest, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    // A connection torn down before the write completes may never call back: its close decides.
    const closed = () => reject(new Error('the connection closed while the body was being sent'));
    req.once('close', closed);
    req.write(chunk, (error) => {
      req.off('close', closed);
      if (error) reject(error);
      else resolve();
    });
  });
}

async function readAnswer(response: IncomingMessage): Promise<HttpAnswer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const v of Array.isArray(value) ? value : [value ?? '']) headers.append(name, v);
  }
  return { status: response.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') };
}

function direct(request: HttpRequest, headers: OutgoingHttpHeaders, agents: { http: HttpAgent; https: HttpsAgent }, tls: ConnectionOptions): Promise<ClientRequest> {
  const { url, method } = request;
  const options = { method, headers, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}` };
  return Promise.resolve(url.protocol === 'https:'
    ? httpsRequest({ ...options, agent: agents.https, ...tls })
    : httpRequest({ ...options, agent: agents.http }));
}

/** http:// targets go to the proxy as absolute URIs; https:// ones through a CONNECT tunnel. */
async function viaProxy(request: HttpRequest, headers: OutgoingHttpHeaders, proxy: URL, tls: ConnectionOptions): Promise<ClientRequest> {
  const { url, method } = request;
  const auth = proxy.username ? { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` } : {};
  if (url.protocol === 'http:') {
    return httpRequest({ host: proxy.hostname, port: proxy.port || 80, method, path: url.href, headers: { ...headers, ...auth, host: url.host }, agent: false });
  }
  const socket = await tunnel(proxy, url, auth);
  // SNI takes host names only; an IP address is still verified against the certificate's SANs.
  const secure = tlsConnect({ socket, ...(isIP(url.hostname) ? {} : { servername: url.hostname }), ...tls });
  // No `agent` at all: only then does node:https use createConnection (agent: false would dial direct).
  return httpsRequest({ host: url.hostname, port: url.port, method, path: `${url.pathname}${url.search}`, headers, createConnection: () => secure });
}

function tunnel(proxy: URL, target: URL, auth: OutgoingHttpHeaders): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const authority = `${target.hostname}:${target.port || 443}`;
    const connect = httpRequest({ host: proxy.hostname, port: proxy.port || 80, method: 'CONNECT', path: authority, headers: { host: authority, ...auth }, agent: false });
    connect.once('connect', (response, socket) => {
      if (response.statusCode === 200) return resolve(socket);
      socket.destroy();
      reject(new ProxyRefusal(`the proxy answered ${response.statusCode} ${response.statusMessage ?? ''} to CONNECT ${authority}`.trim()));
    });
    connect.once('error', reject);
    connect.end();
  });
}
