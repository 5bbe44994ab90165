// The HTTP front: Stripe's REST conventions (auth, form params, idempotency, expand, errors) around the routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import { addressFrameHtml } from './browser/address-frame';
import { paymentFrameHtml } from './browser/payment-frame';
import { stripeJsSource } from './browser/stripe-js';
import { API_VERSION, type RequestContext } from './context';
import { controlRoutes } from './control';
import { authenticationError, invalidRequest, StripeApiError, unsupported } from './errors';
import { expandObject } from './expand';
import { FormParamError, parseFormParams, type FormObject } from './form-params';
import { fingerprint, IdempotencyGuard } from './idempotency';
import { newId } from './ids';
import { createEventRecorder, type RequestInfo } from './model/events';
import { challengePageRoutes } from './pages/challenge-page';
import type { PageResponse } from './pages/html';
import { onboardingPageRoutes } from './pages/onboarding-page';
import { API_ROUTES } from './routes';
import { matchPath } from './routes/route';
import type { Store, Transaction } from './store';
import type { WebhookDispatcher } from './webhooks';

const MAX_BODY_BYTES = 1024 * 1024;

const PAGE_ROUTES = [...challengePageRoutes, ...onboardingPageRoutes];

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Stripe-Version, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

export interface ServerDeps {
  store: Store;
  dispatcher: WebhookDispatcher;
  baseUrl: () => string;
  log: (message: string) => void;
}

type Auth = { mode: 'secret' | 'publishable' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(invalidRequest('Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(req: IncomingMessage, raw: string): FormObject {
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidRequest('Expected a JSON object body.');
    return parsed as FormObject;
  }
  return parseFormParams(raw);
}

function authenticate(req: IncomingMessage): Auth {
  const header = req.headers.authorization;
  if (!header) {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  const [scheme, credentials = ''] = header.split(' ', 2);
  const key = scheme?.toLowerCase() === 'basic' ? Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] ?? '' : credentials;
  if (scheme?.toLowerCase() !== 'bearer' && scheme?.toLowerCase() !== 'basic') throw authenticationError('Invalid authorization header.');
  if (/^(sk|rk)_test_\w+/.test(key)) return { mode: 'secret' };
  if (/^pk_test_\w+/.test(key)) return { mode: 'publishable' };
  if (/^(sk|rk|pk)_live_/.test(key)) throw authenticationError('The Stripe emulator only accepts test-mode keys (sk_test_…, pk_test_…).');
  throw authenticationError(`Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`);
}

function findRoute<R extends { method: string; path: string }>(routes: R[], method: string, path: string) {
  let pathKnown = false;
  for (const route of routes) {
    const pathParams = matchPath(route.path, path);
    if (!pathParams) continue;
    pathKnown = true;
    if (route.method === method) return { route, pathParams };
  }
  return { route: undefined, pathKnown };
}

function expandPaths(params: FormObject): string[] {
  const raw = params.expand;
  delete params.expand;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((p): p is string => typeof p === 'string')) throw invalidRequest('Invalid expand: expected an array of strings.', { param: 'expand' });
  return list;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body).toString(), ...headers });
  res.end(body);
}

function errorJson(error: StripeApiError, requestId: string): string {
  return JSON.stringify(
    { error: { ...error.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}?t=${Math.floor(Date.now() / 1000)}` } },
    null,
    2,
  );
}

export function createRequestHandler(deps: ServerDeps) {
  const idempotency = new IdempotencyGuard(deps.store);

  /**
   * Runs a handler as one store transaction: an error undoes everything it changed (unless it is
   * a recorded decline), and its events are handed to the dispatcher only after the response.
   */
  function transact<T>(
    res: ServerResponse,
    request: { params: FormObject; pathParams: Record<string, string>; mode: RequestContext['mode'] } & RequestInfo,
    handler: (ctx: RequestContext) => T,
  ): T {
    let emitted: Stripe.EventBase[] = [];
    try {
      return deps.store.transaction((tx: Transaction) => {
        const recorder = createEventRecorder(tx, request);
        emitted = recorder.emitted;
        return handler({ tx, baseUrl: deps.baseUrl(), mode: request.mode, params: request.params, pathParams: request.pathParams, emit: recorder.emit });
      });
    } catch (error) {
      if (!(error instanceof StripeApiError && error.keepChanges)) emitted = [];
      throw error;
    } finally {
      afterResponse(res, emitted);
    }
  }

  /** Runs after the response is written, so webhooks never race the API answer. */
  function afterResponse(res: ServerResponse, emitted: Stripe.EventBase[]): void {
    if (emitted.length === 0) return;
    const hand = () => deps.dispatcher.enqueue(emitted);
    if (res.writableFinished) setImmediate(hand);
    else res.once('finish', hand);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = newId('req');
    const method = req.method ?? 'GET';
    const baseHeaders: Record<string, string> = {
      'Content-Type': 'application/json',
      'Request-Id': requestId,
      'Stripe-Version': typeof req.headers['stripe-version'] === 'string' ? req.headers['stripe-version'] : API_VERSION,
      'Cache-Control': 'no-cache, no-store',
    };
    const lookup = findRoute(API_ROUTES, method, url.pathname);
    if (lookup.route?.publishable || (method === 'OPTIONS' && lookup.pathKnown)) Object.assign(baseHeaders, CORS_HEADERS);
    if (method === 'OPTIONS') {
      send(res, 204, '', baseHeaders);
      return;
    }
    const idempotencyKey = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    if (idempotencyKey) baseHeaders['Idempotency-Key'] = idempotencyKey;
    let idempotencyStarted: { key: string; print: string } | null = null;
    try {
      const raw = await readBody(req);
      const auth = authenticate(req);
      if (req.headers['stripe-account']) throw unsupported('the Stripe-Account header (direct charges on connected accounts)');
      const { route } = lookup;
      if (!route) throw unsupported(`${method} ${url.pathname}`);
      if (auth.mode === 'publishable' && !route.publishable) {
        throw authenticationError(
          'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
        );
      }
      const params: FormObject = { ...parseFormParams(url.search.slice(1)), ...(method === 'POST' ? parseBody(req, raw) : {}) };
      if (method === 'POST' && idempotencyKey && auth.mode === 'secret') {
        const print = fingerprint(url.search, raw);
        const decision = idempotency.begin(idempotencyKey, method, url.pathname, print);
        if (decision.kind === 'replay') {
          send(res, decision.record.status, decision.record.body, { ...baseHeaders, 'Idempotent-Replayed': 'true' });
          return;
        }
        idempotencyStarted = { key: idempotencyKey, print };
      }
      const expand = expandPaths(params);
      const request = { params, pathParams: lookup.pathParams ?? {}, mode: auth.mode, id: requestId, idempotencyKey };
      const result = transact(res, request, (ctx) => route.handler(ctx));
      const body = JSON.stringify(expandObject(deps.store, result, expand));
      if (idempotencyStarted) idempotency.finish(idempotencyStarted.key, method, url.pathname, idempotencyStarted.print, 200, body);
      send(res, 200, body, baseHeaders);
    } catch (caught) {
      const error =
        caught instanceof StripeApiError
          ? caught
          : caught instanceof FormParamError || caught instanceof SyntaxError
            ? invalidRequest(caught.message)
            : new StripeApiError(500, { type: 'api_error', message: 'An unexpected error occurred in the Stripe emulator.' });
      if (error.status === 500) deps.log(`stripe-emulator: ${method} ${url.pathname} failed: ${caught instanceof Error ? caught.stack : String(caught)}`);
      const body = errorJson(error, requestId);
      if (idempotencyStarted) idempotency.finish(idempotencyStarted.key, method, url.pathname, idempotencyStarted.print, error.status, body);
      send(res, error.status, body, { ...baseHeaders, ...error.headers, ...(error.status >= 500 ? { 'Stripe-Should-Retry': 'true' } : {}) });
    } finally {
      deps.log(`${method} ${url.pathname} → ${res.statusCode}`);
    }
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    const lookup = findRoute(controlRoutes, req.method ?? 'GET', url.pathname);
    try {
      const raw = await readBody(req);
      const route = lookup.route;
      if (!route) throw invalidRequest(`Unknown control route ${req.method} ${url.pathname}; see tools/stripe-emulator/README.md.`, { status: 404 });
      const params = { ...parseFormParams(url.search.slice(1)), ...parseBody(req, raw) };
      const request = { params, pathParams: lookup.pathParams ?? {}, mode: 'secret' as const, id: null, idempotencyKey: null };
      const result = await transact(res, request, (ctx) => route.handler(ctx, { dispatcher: deps.dispatcher, store: deps.store }));
      send(res, 200, JSON.stringify(result, null, 2), headers);
    } catch (caught) {
      const error = caught instanceof StripeApiError ? caught : invalidRequest(caught instanceof Error ? caught.message : String(caught));
      send(res, error.status, JSON.stringify({ error: error.body }, null, 2), headers);
    }
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const lookup = findRoute(PAGE_ROUTES, req.method ?? 'GET', url.pathname);
    const route = lookup.route;
    if (!route) return false;
    let page: PageResponse;
    try {
      const raw = await readBody(req);
      const params = { ...parseFormParams(url.search.slice(1)), ...(req.method === 'POST' ? parseBody(req, raw) : {}) };
      page = transact(res, { params, pathParams: lookup.pathParams ?? {}, mode: 'secret', id: null, idempotencyKey: null }, (ctx) => route.handler(ctx));
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      page = { status: caught instanceof StripeApiError ? caught.status : 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: message };
    }
    send(res, page.status, page.body ?? '', page.headers ?? {});
    return true;
  }

  function handleAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (req.method !== 'GET') return false;
    const assets: Record<string, () => [string, string]> = {
      '/js/stripe.js': () => ['application/javascript; charset=utf-8', stripeJsSource()],
      '/elements/payment-frame': () => ['text/html; charset=utf-8', paymentFrameHtml()],
      '/elements/address-frame': () => ['text/html; charset=utf-8', addressFrameHtml()],
    };
    const asset = assets[url.pathname];
    if (!asset) return false;
    const [type, body] = asset();
    send(res, 200, body, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    return true;
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', deps.baseUrl());
    try {
      if (url.pathname.startsWith('/v1/')) return await handleApi(req, res, url);
      if (url.pathname.startsWith('/_emulator/')) return await handleControl(req, res, url);
      if (handleAsset(req, res, url)) return;
      if (await handlePage(req, res, url)) return;
      send(res, 404, `Not found: ${url.pathname}`, { 'Content-Type': 'text/plain; charset=utf-8' });
    } catch (error) {
      deps.log(`stripe-emulator: unhandled error for ${req.method} ${url.pathname}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, 500, 'Internal emulator error', { 'Content-Type': 'text/plain' });
    }
  };
}
