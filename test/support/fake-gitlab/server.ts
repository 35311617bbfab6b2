/**
 * The HTTP(S) side: records every request, lets an armed fault take it, else routes it to a handler
 * and writes GitLab's answer with GitLab's standard headers. Handlers run one at a time, so two
 * racing requests see each other's changes as they would through GitLab's database.
 */
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { ApiError } from './api-error.js';
import { RequestContext, type App } from './context.js';
import { FaultQueue, faultAnswer, throttledAnswer } from './faults.js';
import { parseBody, parseNestedQuery, type ParsedBody } from './request-body.js';
import { matchRoute, type ApiResponse, type Route } from './router.js';
import type { Fault, FakeGitLabOptions, RecordedRequest } from './types.js';
import { webAnswer } from './web-routes.js';

const STANDARD_HEADERS = {
  'Content-Type': 'application/json',
  'Cache-Control': 'max-age=0, private, must-revalidate',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  Vary: 'Origin',
};

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  record: RecordedRequest;
  body: ParsedBody;
  raw: Buffer;
  rawQuery: string;
  /** The path below the relative URL root: what GitLab's router sees. */
  routePath: string;
}

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultQueue();
  private readonly server: Server;
  private readonly scheme: 'http' | 'https';
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private app?: App;
  private routes: Route[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  /** A relative URL root such as `/gitlab` ('' = none): requests outside it meet the catch-all 404. */
  constructor(tls: FakeGitLabOptions['tls'], private readonly urlRoot = '') {
    // A client that goes away mid-request only ends its own exchange.
    const listener = (req: IncomingMessage, res: ServerResponse) => void this.receive(req, res).catch(() => res.destroy());
    this.scheme = tls ? 'https' : 'http';
    this.server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener) : createHttpServer(listener);
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('clientError', (_error, socket) => socket.destroy());
  }

  /** Listens on 127.0.0.1, a free port; resolves to the root URL. */
  listen(): Promise<string> {
    return new Promise((done, fail) => {
      this.server.once('error', fail);
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        done(`${this.scheme}://127.0.0.1:${port}`);
      });
    });
  }

  serve(app: App, routes: Route[]): void {
    this.app = app;
    this.routes = routes;
  }

  /** Closes even with hung or stalled connections open: their sockets are destroyed. */
  close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((done) => this.server.close(() => done()));
    for (const socket of this.sockets) socket.destroy();
    return closed;
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => {});
    res.on('error', () => {});
    const method = req.method ?? 'GET';
    const [path = '', rawQuery = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const routePath = this.urlRoot === '' ? path : path.startsWith(`${this.urlRoot}/`) ? path.slice(this.urlRoot.length) : '/-outside-the-url-root-';
    // Taken when the headers arrive, as a proxy or Workhorse would see the request: a fault may
    // break the connection before the body has all arrived.
    const fault = this.faults.take(method, routePath);
    const raw = await readBody(req, fault?.resetAfterBytes);
    const body = parseBody(raw, req.headers['content-type'], method);
    const record: RecordedRequest = {
      method, path, query: Object.fromEntries(new URLSearchParams(rawQuery)), headers: flatHeaders(req),
      body: body.kind === 'parsed' ? body.value : body.kind === 'none' ? undefined : body.text, status: 0,
    };
    this.requests.push(record);
    if (fault?.resetAfterBytes !== undefined) return;
    await this.respond({ req, res, record, body, raw, rawQuery, routePath }, fault);
  }

  private async respond(exchange: Exchange, fault: Fault | undefined): Promise<void> {
    if (fault?.delayMs) await this.sleep(fault.delayMs);
    if (fault?.reset) return void exchange.req.socket.resetAndDestroy();
    if (fault?.hang) return;
    if (fault?.stall) {
      exchange.res.writeHead(200, { 'Content-Type': 'application/json' });
      exchange.res.write('[{"name":"');
      exchange.record.status = 200;
      return;
    }
    if (fault?.status !== undefined && !fault.applyThen) {
      return this.send(exchange, fault.status === 429 ? throttledAnswer(fault) : faultAnswer(fault.status, fault.body, fault.headers));
    }
    const answer = await this.serialized(() => this.handle(exchange));
    this.send(exchange, fault?.applyThen ? faultAnswer(fault.applyThen.status, fault.applyThen.body, fault.headers) : answer);
    answer.afterResponse?.();
  }

  private async handle({ record, body, raw, rawQuery, routePath }: Exchange): Promise<ApiResponse> {
    const web = webAnswer(routePath, this.app!.project.url);
    if (web) return web;
    try {
      const match = matchRoute(this.routes, record.method, routePath);
      if (body.kind === 'malformed') throw new ApiError(400, { error: 'message body does not match declared format' });
      const bodyParams = body.kind === 'parsed' && isObject(body.value) ? body.value : {};
      const request = { method: record.method, rawPath: routePath, rawQuery, headers: record.headers, params: { ...parseNestedQuery(rawQuery), ...bodyParams }, rawBody: raw };
      return await match.route.handler(new RequestContext(this.app!, request, match));
    } catch (error) {
      if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
      console.error('fake GitLab: unhandled error', error);
      return { status: 500, body: { message: '500 Internal Server Error' } };
    }
  }

  private send({ req, res, record }: Exchange, answer: ApiResponse): void {
    if (res.destroyed) return;
    const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    res.writeHead(answer.status, {
      ...STANDARD_HEADERS, 'X-Request-Id': randomUUID(), 'Content-Length': String(Buffer.byteLength(text)), ...answer.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
    record.status = answer.status;
  }

  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run);
    this.queue = result.catch(() => {});
    return result;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        done();
      }, ms);
      this.timers.add(timer);
    });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value ?? '']));
}

/** The whole body; or, with `resetAfter`, the connection reset (RST) once that many bytes arrived. */
function readBody(req: IncomingMessage, resetAfter: number | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (resetAfter === undefined || received < resetAfter) return;
      req.socket.resetAndDestroy();
      resolve(Buffer.concat(chunks));
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
