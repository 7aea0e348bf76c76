import { Ticket } from '../src/tickets/entities/ticket.entity';
import { InboundMessage } from '../src/whatsapp/entities/inbound-message.entity';
import { newTenant } from './support/builders';
import { asAdmin, createTestApp, TestApp } from './support/test-app';

describe(`POST /api/v1/intake/preview (e2e, ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t?.close());

  const preview = (body: unknown) => asAdmin(t.http.post('/api/v1/intake/preview')).send(body as object);

  it('returns language, category, department and location, creating nothing', async () => {
    const before = [await t.dataSource.getRepository(Ticket).count(), await t.dataSource.getRepository(InboundMessage).count()];
    const response = await preview({ text: 'Water pipe burst outside 45 Jacaranda Street' }).expect(200);
    expect(response.body).toMatchObject({
      language: { code: 'en', confidence: expect.any(Number) },
      category: { code: 'water', confidence: expect.any(Number) },
      department: 'water_sanitation',
      location: { text: expect.stringContaining('45 Jacaranda Street') },
      needsClarification: false,
      engine: 'local',
    });
    expect([await t.dataSource.getRepository(Ticket).count(), await t.dataSource.getRepository(InboundMessage).count()]).toEqual(before);
  });

  it("routes with the tenant's own mapping when a tenant is named", async () => {
    const tenant = await newTenant(t);
    const response = await preview({ text: 'The street light is broken', tenantId: tenant.id }).expect(200);
    expect(response.body).toMatchObject({ category: { code: 'streetlights' }, department: 'electricity', needsClarification: true });
  });

  it('says when the bot would ask: no location', async () => {
    const response = await preview({ text: 'no power' }).expect(200);
    expect(response.body).toMatchObject({ category: { code: 'electricity' }, location: null, needsClarification: true });
  });

  it.each([
    ['no text', {}],
    ['empty text', { text: '' }],
    ['text over 4,096 characters', { text: 'a'.repeat(4097) }],
    ['a tenantId that is not a uuid', { text: 'no water', tenantId: 'x' }],
  ])('answers 400 for %s', async (_label, body) => {
    await preview(body).expect(400);
  });

  it('answers 404 for an unknown tenant and 401 without the admin token', async () => {
    await preview({ text: 'no water', tenantId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await t.http.post('/api/v1/intake/preview').send({ text: 'no water' }).expect(401);
  });
});
