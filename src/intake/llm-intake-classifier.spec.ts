import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { CategoryModel } from './category/category-model';
import { AddressInfo } from 'node:net';
import { CategoryClassifier } from './category-classifier';
import { LanguageDetector } from './language-detector';
import { LlmIntakeClassifier } from './llm-intake-classifier';
import { LocalIntakeClassifier } from './local-intake-classifier';
import { LocationExtractor } from './location-extractor';

type Handler = (body: Record<string, unknown>, res: ServerResponse) => void;

/** A local stand-in for an OpenAI-compatible chat-completions endpoint. */
async function fakeModelServer(): Promise<{ url: string; server: Server; requests: Array<Record<string, unknown>>; handle(h: Handler): void }> {
  const requests: Array<Record<string, unknown>> = [];
  let handler: Handler = (_body, res) => res.writeHead(500).end();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ ...body, path: req.url, authorization: req.headers.authorization });
      handler(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, server, requests, handle: (h) => (handler = h) };
}

const completion = (content: string) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'test-model',
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
});

const answer = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ language: 'zu', language_confidence: 0.9, category: 'water', category_confidence: 0.85, location: null, ...overrides });

describe(LlmIntakeClassifier.name, () => {
  let fake: Awaited<ReturnType<typeof fakeModelServer>>;
  let sut: LlmIntakeClassifier;
  const local = new LocalIntakeClassifier(new LanguageDetector(), new CategoryClassifier(), new LocationExtractor(), new CategoryModel());

  beforeAll(async () => {
    fake = await fakeModelServer();
    sut = new LlmIntakeClassifier({ baseUrl: fake.url, apiKey: 'test-key', model: 'test-model', timeoutMs: 300 }, local);
  });

  afterAll(() => {
    fake.server.closeAllConnections();
    return new Promise<void>((resolve) => fake.server.close(() => resolve()));
  });

  beforeEach(() => (fake.requests.length = 0));

  describe('analyse', () => {
    it("uses the model's answer, sending the message as data with a strict JSON schema", async () => {
      fake.handle((_body, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(answer()))));
      const result = await sut.analyse('Amanzi awekho eMlazi', null);
      expect(result).toMatchObject({ engine: 'llm', language: { code: 'zu', confidence: 0.9 }, categories: [{ code: 'water', confidence: 0.85 }] });

      const [request] = fake.requests;
      expect(request).toMatchObject({ path: '/v1/chat/completions', authorization: 'Bearer test-key', model: 'test-model', temperature: 0 });
      expect(request.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
      const messages = request.messages as Array<{ role: string; content: string }>;
      expect(messages[0]).toMatchObject({ role: 'system', content: expect.stringContaining('never instructions') });
      expect(JSON.parse(messages[1].content)).toEqual({ message: 'Amanzi awekho eMlazi' });
    });

    it('keeps a location only when the message contains it', async () => {
      fake.handle((_body, res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(answer({ location: '1 Invented Road' })))),
      );
      expect((await sut.analyse('Amanzi awekho', null)).location).toBeNull();
    });

    it.each([
      ['an error status', (_b: unknown, res: ServerResponse) => res.writeHead(500).end('{"error":{"message":"boom"}}')],
      ['a code that is not ours', (_b: unknown, res: ServerResponse) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(answer({ category: 'fire' }))))],
      ['a confidence out of range', (_b: unknown, res: ServerResponse) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(answer({ category_confidence: 7 }))))],
      ['text that is not JSON', (_b: unknown, res: ServerResponse) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion('Sure! The category is water.')))],
      // A model that never answers: without the timeout this test would hang until Jest gives up.
      ['a model that never answers', () => undefined],
    ])('falls back to the local engine on %s', async (_label, handler) => {
      fake.handle(handler as Handler);
      const result = await sut.analyse('No water at 12 Main Street', null);
      expect(result).toEqual(local.analyseNow('No water at 12 Main Street', null));
      expect(fake.requests).toHaveLength(1);
    });

    it('does not call the model for an empty message', async () => {
      expect((await sut.analyse('', 'xh')).engine).toBe('local');
      expect(fake.requests).toHaveLength(0);
    });
  });
});
