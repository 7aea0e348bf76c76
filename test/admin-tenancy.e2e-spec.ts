import { Citizen } from '../src/tenancy/entities/citizen.entity';
import { Category } from '../src/tenancy/entities/category.entity';
import { Department } from '../src/tenancy/entities/department.entity';
import { inboundMessage, newCitizenPhone, newTenant, replyText, sendMessage, trackingNumberIn } from './support/builders';
import { asAdmin, createTestApp, TestApp } from './support/test-app';

describe(`Admin API and tenant isolation (e2e, ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t?.close());

  describe('authentication', () => {
    it.each([
      ['no Authorization header', undefined],
      ['a wrong token', 'Bearer not-the-platform-admin-token-at-all'],
      ['another scheme', 'Basic dXNlcjpwYXNz'],
    ])('answers 401 with %s', async (_label, header) => {
      const req = t.http.get('/api/v1/admin/tenants');
      if (header) req.set('Authorization', header);
      const response = await req.expect(401);
      expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });
  });

  describe('POST /api/v1/admin/tenants', () => {
    it('creates a tenant with its default departments and category routing', async () => {
      const tenant = await newTenant(t);
      expect(tenant).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        slug: tenant.slug,
        name: tenant.name,
        whatsappNumber: tenant.whatsappNumber,
        createdAt: expect.any(String),
      });
      const departments = await t.dataSource.getRepository(Department).findBy({ tenantId: tenant.id });
      const categories = await t.dataSource.getRepository(Category).findBy({ tenantId: tenant.id });
      expect(categories.map((c) => c.code).sort()).toEqual(
        ['billing', 'electricity', 'other', 'parks', 'roads', 'sanitation', 'streetlights', 'waste', 'water'],
      );
      const water = categories.find((c) => c.code === 'water')!;
      expect(departments.find((d) => d.id === water.departmentId)?.code).toBe('water_sanitation');
    });

    it('answers 409 for a slug or a number that is taken, and creates nothing', async () => {
      const tenant = await newTenant(t);
      const sameSlug = await asAdmin(t.http.post('/api/v1/admin/tenants'))
        .send({ name: 'Another', slug: tenant.slug, whatsappNumber: '+27215559001' })
        .expect(409);
      expect(sameSlug.body.detail).toMatch(/slug/);
      const sameNumber = await asAdmin(t.http.post('/api/v1/admin/tenants'))
        .send({ name: 'Another', slug: `${tenant.slug}-x`, whatsappNumber: tenant.whatsappNumber })
        .expect(409);
      expect(sameNumber.body.detail).toMatch(/whatsappNumber/);
      const list = await asAdmin(t.http.get('/api/v1/admin/tenants')).expect(200);
      expect(list.body.filter((x: { slug: string }) => x.slug.startsWith(tenant.slug))).toHaveLength(1);
    });

    it.each([
      ['a number without +', { whatsappNumber: '0215550100' }, /whatsappNumber/],
      ['a number that does not exist', { whatsappNumber: '+2700000' }, /whatsappNumber/],
      ['a slug with capitals', { slug: 'Cape-Town' }, /slug/],
      ['a missing name', { name: undefined }, /name/],
    ])('answers 400 for %s', async (_label, override, reason) => {
      const body = { name: 'City X', slug: 'city-x-400', whatsappNumber: '+27215550999', ...override };
      const response = await asAdmin(t.http.post('/api/v1/admin/tenants')).send(body).expect(400);
      expect(JSON.stringify(response.body)).toMatch(reason);
    });
  });

  describe('GET tickets', () => {
    it('lists newest first with a total, and pages', async () => {
      const tenant = await newTenant(t);
      const phone = newCitizenPhone();
      const numbers: string[] = [];
      for (const body of ['Burst pipe at 1 Main Street', 'Pothole at 2 Main Street', 'Bins not collected at 3 Main Street']) {
        const response = await sendMessage(t, inboundMessage(tenant, phone, { Body: body })).expect(200);
        numbers.push(trackingNumberIn(replyText(response.text)));
      }
      const all = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets`)).expect(200);
      expect(all.body.total).toBe(3);
      expect(all.body.items.map((i: { trackingNumber: string }) => i.trackingNumber)).toEqual([...numbers].reverse());
      const page = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets?limit=1&offset=1`)).expect(200);
      expect(page.body).toMatchObject({ total: 3, items: [{ trackingNumber: numbers[1] }] });
      await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets?limit=0`)).expect(400);
    });

    it('answers 404 for an unknown tenant and 400 for an id that is not a uuid', async () => {
      await asAdmin(t.http.get('/api/v1/admin/tenants/00000000-0000-4000-8000-000000000000/tickets')).expect(404);
      await asAdmin(t.http.get('/api/v1/admin/tenants/not-a-uuid/tickets')).expect(400);
    });
  });

  describe('two tenants', () => {
    it("never see each other's citizens or tickets, even for the same phone", async () => {
      const north = await newTenant(t);
      const south = await newTenant(t);
      const phone = newCitizenPhone();

      const inNorth = await sendMessage(t, inboundMessage(north, phone, { Body: 'Street light out at 4 Oak Avenue' })).expect(200);
      const inSouth = await sendMessage(t, inboundMessage(south, phone, { Body: 'Sewage leak at 8 Elm Street' })).expect(200);
      const northNumber = trackingNumberIn(replyText(inNorth.text));
      const southNumber = trackingNumberIn(replyText(inSouth.text));
      // Each municipality greets the citizen as new: no record crosses over.
      expect(replyText(inSouth.text)).toMatch(/^Privacy: /);

      const citizens = await t.dataSource.getRepository(Citizen).findBy({ phone });
      expect(citizens.map((c) => c.tenantId).sort()).toEqual([north.id, south.id].sort());

      const northList = await asAdmin(t.http.get(`/api/v1/admin/tenants/${north.id}/tickets`)).expect(200);
      expect(northList.body.items.map((i: { trackingNumber: string }) => i.trackingNumber)).toEqual([northNumber]);
      await asAdmin(t.http.get(`/api/v1/admin/tenants/${north.id}/tickets/${southNumber}`)).expect(404);
      await asAdmin(t.http.get(`/api/v1/admin/tenants/${south.id}/tickets/${northNumber}`)).expect(404);

      // A citizen asking one municipality about the other's ticket learns nothing.
      const status = await sendMessage(t, inboundMessage(north, phone, { Body: `status ${southNumber}` })).expect(200);
      expect(replyText(status.text)).toMatch(/could not find report/);
    });
  });
});
