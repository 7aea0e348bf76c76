// A local stand-in for Twilio's Messages API, for specs and end-to-end tests. Plain Node, no Jest.
//
// It plays only what the sender uses: POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded,
// with HTTP Basic auth AccountSid:AuthToken, answered like Twilio does (201 + a MessageInstance JSON, or
// an error JSON {code, message, more_info, status}). Point the app at it with TWILIO_API_BASE_URL=origin.
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAKE_TWILIO_ACCOUNT_SID = 'AC' + 'f'.repeat(32);
export const FAKE_TWILIO_AUTH_TOKEN = 'fake-twilio-auth-token-0123456789';

// Twilio's limit for one outbound body (error 21617). Counted in code points here; whether Twilio counts
// code points or UTF-16 units is not documented, so a sender should not rely on the difference.
const BODY_MAX = 1600;
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Messages\.json$/;

/** A message the fake accepted, as Twilio would see it (addresses keep their "whatsapp:" prefix). */
export interface FakeTwilioMessage {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  body: string;
  mediaUrls: string[];
  statusCallback?: string;
  /** Every form field as sent, for assertions on anything else. */
  params: Record<string, string[]>;
}

/** An answer the fake gives instead of accepting a message. */
export interface FakeTwilioFailure {
  /** HTTP status, e.g. 400, 429, 503. */
  status: number;
  /** Twilio error code, e.g. 63016, 20429. */
  code?: number;
  message?: string;
}

export interface FakeTwilioApi {
  /** e.g. http://127.0.0.1:41234; set TWILIO_API_BASE_URL to it. */
  readonly origin: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Accepted messages, in the order they arrived. */
  readonly messages: FakeTwilioMessage[];
  /** Every request that reached the fake, accepted or not (retries included). */
  readonly requestCount: number;
  /**
   * The next `n` message requests get this error answer (after auth is checked); with `after`, that many
   * requests are served normally first (to fail the second part of a split message, say).
   */
  failNext(n: number, failure: FakeTwilioFailure, after?: number): void;
  /** The next `n` message requests get their connection cut without an answer (a network error). */
  dropNext(n: number): void;
  /** Resolves with the messages once at least `n` were accepted; rejects after `timeoutMs`. */
  waitForMessages(n: number, timeoutMs?: number): Promise<FakeTwilioMessage[]>;
  /** Forgets messages, counts and pending failures. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeTwilioApi(
  options: { accountSid?: string; authToken?: string } = {},
): Promise<FakeTwilioApi> {
  const accountSid = options.accountSid ?? FAKE_TWILIO_ACCOUNT_SID;
  const authToken = options.authToken ?? FAKE_TWILIO_AUTH_TOKEN;
  const messages: FakeTwilioMessage[] = [];
  // What the next message requests get, in order; 'pass' serves one normally.
  const failures: Array<FakeTwilioFailure | 'drop' | 'pass'> = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  let requestCount = 0;

  const server: Server = createServer((req, res) => {
    requestCount += 1;
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 20500, `Fake Twilio API failed: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake-twilio');
    const path = MESSAGES_PATH.exec(url.pathname);
    const raw = await readBody(req);

    const credentials = basicAuth(req.headers.authorization);
    if (!credentials || credentials.username !== accountSid || credentials.password !== authToken) {
      return sendError(res, 401, 20003, 'Authenticate');
    }
    if (!path || req.method !== 'POST') return sendError(res, 404, 20404, 'The requested resource was not found');
    if (path[1] !== credentials.username) return sendError(res, 404, 20404, 'The requested resource was not found');

    const failure = failures.shift();
    if (failure === 'drop') {
      req.socket.destroy();
      return;
    }
    if (failure && failure !== 'pass') {
      return sendError(res, failure.status, failure.code ?? failure.status, failure.message ?? `Fake failure ${failure.status}`);
    }

    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 400, 20001, 'Expected a form-encoded body');
    }
    const form = new URLSearchParams(raw);
    const params: Record<string, string[]> = {};
    for (const [key, value] of form) (params[key] ??= []).push(value);
    const to = form.get('To');
    const from = form.get('From');
    const body = form.get('Body') ?? '';
    const mediaUrls = form.getAll('MediaUrl');
    if (!to) return sendError(res, 400, 21604, "A 'To' phone number is required.");
    if (!from && !form.get('MessagingServiceSid')) return sendError(res, 400, 21603, "A 'From' phone number is required.");
    if (!body && mediaUrls.length === 0 && !form.get('ContentSid')) return sendError(res, 400, 21602, 'Message body is required.');
    if ([...body].length > BODY_MAX) {
      return sendError(res, 400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    }

    const sid = `SM${randomBytes(16).toString('hex')}`;
    const message: FakeTwilioMessage = {
      sid,
      accountSid: path[1],
      from: from ?? '',
      to,
      body,
      mediaUrls,
      statusCallback: form.get('StatusCallback') ?? undefined,
      params,
    };
    messages.push(message);
    const now = new Date().toUTCString().replace('GMT', '+0000');
    sendJson(res, 201, {
      account_sid: message.accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: message.from,
      messaging_service_sid: form.get('MessagingServiceSid'),
      num_media: String(mediaUrls.length),
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: `/2010-04-01/Accounts/${message.accountSid}/Messages/${sid}/Media.json` },
      to,
      uri: `/2010-04-01/Accounts/${message.accountSid}/Messages/${sid}.json`,
    });
    for (const wake of [...waiters]) wake();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    get requestCount() {
      return requestCount;
    },
    failNext(n, failure, after = 0) {
      for (let i = 0; i < after; i++) failures.push('pass');
      for (let i = 0; i < n; i++) failures.push(failure);
    },
    dropNext(n) {
      for (let i = 0; i < n; i++) failures.push('drop');
    },
    waitForMessages(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          cleanup();
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Fake Twilio API: expected ${n} message(s) within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    reset() {
      messages.length = 0;
      failures.length = 0;
      requestCount = 0;
    },
    close() {
      // Clients keep connections alive; without cutting them close() would wait for their idle timeout.
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function basicAuth(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sendError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
