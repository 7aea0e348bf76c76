import { InboundMessage } from '../src/whatsapp/entities/inbound-message.entity';
import { Citizen } from '../src/tenancy/entities/citizen.entity';
import { Ticket } from '../src/tickets/entities/ticket.entity';
import { MessageStatusEvent } from '../src/whatsapp/entities/message-status-event.entity';
import { InboundMessagesRepository } from '../src/whatsapp/inbound-messages.repository';
import { randomUUID } from 'node:crypto';
import { repliesFor } from '../src/conversations/replies/replies';
import { DEFAULT_CATEGORIES } from '../src/tenancy/default-taxonomy';
import {
  inboundMessage,
  newCitizenPhone,
  newMessageSid,
  newTenant,
  replyText,
  sendMessage,
  STATUS_PATH,
  TenantFixture,
  trackingNumberIn,
  WEBHOOK_PATH,
} from './support/builders';
import { asAdmin, createTestApp, postSigned, TestApp, twilioSignature } from './support/test-app';

describe(`WhatsApp webhook (e2e, ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;
  let tenant: TenantFixture;

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await newTenant(t);
  });

  afterAll(() => t?.close());

  const countRows = (entity: typeof InboundMessage | typeof Ticket | typeof Citizen, where: Record<string, unknown> = {}) =>
    t.dataSource.getRepository(entity).countBy(where);

  describe('a complete report', () => {
    it('gets a tracking number in TwiML that the admin list then shows', async () => {
      const phone = newCitizenPhone();
      const response = await sendMessage(
        t,
        inboundMessage(tenant, phone, { Body: 'Water pipe burst outside 45 Jacaranda Street, Riverlea' }),
      ).expect(200);

      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
      const reply = replyText(response.text);
      expect(reply).toMatch(/^Privacy: /);
      const trackingNumber = trackingNumberIn(reply);

      const list = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets`)).expect(200);
      const item = list.body.items.find((i: { trackingNumber: string }) => i.trackingNumber === trackingNumber);
      expect(item).toMatchObject({
        trackingNumber,
        status: 'open',
        category: 'water',
        department: 'water_sanitation',
        language: 'en',
        description: 'Water pipe burst outside 45 Jacaranda Street, Riverlea',
        location: { latitude: null, longitude: null, address: expect.stringContaining('45 Jacaranda Street') },
      });
      expect(list.body.total).toBeGreaterThanOrEqual(1);

      const one = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}`)).expect(200);
      expect(one.body.id).toBe(item.id);
    });

    it('sends the privacy notice only in the first reply to a citizen', async () => {
      const phone = newCitizenPhone();
      const first = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'hello' })).expect(200);
      const second = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'hello' })).expect(200);
      expect(replyText(first.text)).toMatch(/Privacy:/);
      expect(replyText(second.text)).not.toMatch(/Privacy:/);
      expect(replyText(second.text)).toMatch(/Tell us what the problem is/);
    });
  });

  describe('a report without a location', () => {
    it('makes a ticket from a report that gives its extension the short way ("ext5"), not an error', async () => {
      const response = await sendMessage(t, inboundMessage(tenant, newCitizenPhone(), { Body: 'no water in tembisa ext5 since monday' })).expect(200);
      const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ tenantId: tenant.id, trackingNumber: trackingNumberIn(replyText(response.text)) });
      expect(ticket.locationParts).toMatchObject({ unit: 'ext5' });
    });

    it('asks where, and a location pin completes the ticket', async () => {
      const phone = newCitizenPhone();
      const first = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'There is a huge pothole' })).expect(200);
      expect(replyText(first.text)).toMatch(/Where is the problem\?/);
      expect(await countRows(Ticket, { tenantId: tenant.id, description: 'There is a huge pothole' })).toBe(0);

      const pin = await sendMessage(
        t,
        inboundMessage(tenant, phone, {
          Body: '',
          MessageType: 'location',
          Latitude: '-26.2485',
          Longitude: '27.8540',
          Address: 'Vilakazi Street, Orlando West',
        }),
      ).expect(200);
      const trackingNumber = trackingNumberIn(replyText(pin.text));

      const ticket = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}`)).expect(200);
      expect(ticket.body).toMatchObject({
        category: 'roads',
        description: 'There is a huge pothole',
        location: { latitude: -26.2485, longitude: 27.854, address: 'Vilakazi Street, Orlando West' },
      });
    });

    it('asks for the category with a numbered menu and accepts the number', async () => {
      const phone = newCitizenPhone();
      const first = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Please help us at 12 Main Street' })).expect(200);
      const menu = replyText(first.text);
      expect(menu).toMatch(/Reply with a number/);
      // The second option, so the answer cannot pass by the likeliest guess being taken anyway.
      const secondName = menu.match(/^2\. (.+)$/m)?.[1];
      const chosen = DEFAULT_CATEGORIES.find(({ code }) => repliesFor('en').categoryName(code) === secondName);
      expect(chosen).toBeDefined();

      const second = await sendMessage(t, inboundMessage(tenant, phone, { Body: '2' })).expect(200);
      const trackingNumber = trackingNumberIn(replyText(second.text));
      const ticket = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}`)).expect(200);
      expect(ticket.body).toMatchObject({ category: chosen!.code, department: chosen!.department, location: { address: '12 Main Street' } });
    });
  });

  describe('in the citizen\'s language', () => {
    it('answers an isiZulu report in isiZulu and keeps the language on the ticket and the citizen', async () => {
      const phone = newCitizenPhone();
      const report = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Awekho amanzi endaweni yakithi kusukela izolo' })).expect(200);
      expect(replyText(report.text)).toBe(`${repliesFor('zu').privacyNotice(tenant.name)}\n\n${repliesFor('zu').askLocation()}`);

      const pin = await sendMessage(
        t,
        inboundMessage(tenant, phone, { Body: '', MessageType: 'location', Latitude: '-29.9', Longitude: '30.95', Address: 'Umlazi' }),
      ).expect(200);
      const trackingNumber = trackingNumberIn(replyText(pin.text));
      expect(replyText(pin.text)).toBe(repliesFor('zu').ticketCreated(trackingNumber));

      const ticket = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}`)).expect(200);
      expect(ticket.body).toMatchObject({ language: 'zu', category: 'water' });
      const citizen = await t.dataSource.getRepository(Citizen).findOneByOrFail({ tenantId: tenant.id, phone });
      expect(citizen.preferredLanguage).toBe('zu');
    });

    it('asks an unclear Afrikaans report with a menu in Afrikaans, and takes the number', async () => {
      const phone = newCitizenPhone();
      const first = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Kom asseblief help by Kerkstraat 12, Bellville' })).expect(200);
      const menu = replyText(first.text);
      expect(menu).toContain(repliesFor('af').categoryName('other'));
      const otherNumber = menu.match(new RegExp(`(\\d+)\\. ${repliesFor('af').categoryName('other').replace(/[()]/g, '\\$&')}`))?.[1];
      expect(otherNumber).toBeDefined();
      const second = await sendMessage(t, inboundMessage(tenant, phone, { Body: otherNumber! })).expect(200);
      const trackingNumber = trackingNumberIn(replyText(second.text));
      expect(replyText(second.text)).toBe(repliesFor('af').ticketCreated(trackingNumber));
      const ticket = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}`)).expect(200);
      expect(ticket.body).toMatchObject({ language: 'af', category: 'other', department: 'customer_care' });
      expect(ticket.body.location.parts).toMatchObject({ streetNumber: '12' });
    });
  });

  describe('status <tracking number>', () => {
    it("answers the reporter with the ticket's status and nobody else", async () => {
      const phone = newCitizenPhone();
      const created = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'No electricity at 3 Oak Avenue' })).expect(200);
      const trackingNumber = trackingNumberIn(replyText(created.text));

      const own = await sendMessage(t, inboundMessage(tenant, phone, { Body: `status ${trackingNumber.toLowerCase()}` })).expect(200);
      expect(replyText(own.text)).toBe(`Report ${trackingNumber} (Electricity (no power, cables)) is open and waiting for the team.`);

      const stranger = newCitizenPhone();
      const other = await sendMessage(t, inboundMessage(tenant, stranger, { Body: `status ${trackingNumber}` })).expect(200);
      expect(replyText(other.text)).toMatch(new RegExp(`could not find report ${trackingNumber}`));
    });
  });

  describe('signatures', () => {
    it.each([
      ['missing', undefined],
      ['forged', 'bm90IGEgcmVhbCBzaWduYXR1cmU='],
      ['signed with another token', twilioSignature(WEBHOOK_PATH, { Body: 'x' }, 'another-token-0123456789')],
    ])('rejects a %s signature with 403 and stores nothing', async (_label, signature) => {
      const phone = newCitizenPhone();
      const params = inboundMessage(tenant, phone, { Body: 'No water at 1 Main Street' });
      const req = t.http.post(WEBHOOK_PATH).type('form');
      if (signature) req.set('X-Twilio-Signature', signature);
      const response = await req.send(params).expect(403);
      expect(response.body).toMatchObject({ status: 403, code: 'SIGNATURE_INVALID' });
      expect(await countRows(InboundMessage, { messageSid: params.MessageSid })).toBe(0);
      expect(await countRows(Citizen, { phone })).toBe(0);
    });

    it('rejects a valid signature over different fields (a tampered body)', async () => {
      const params = inboundMessage(tenant, newCitizenPhone(), { Body: 'No water at 1 Main Street' });
      const signature = twilioSignature(WEBHOOK_PATH, params);
      await t.http
        .post(WEBHOOK_PATH)
        .type('form')
        .set('X-Twilio-Signature', signature)
        .send({ ...params, Body: 'No water at 2 Main Street' })
        .expect(403);
      expect(await countRows(InboundMessage, { messageSid: params.MessageSid })).toBe(0);
    });
  });

  describe('idempotency', () => {
    it('answers a retried MessageSid with the same reply and creates one ticket', async () => {
      const phone = newCitizenPhone();
      const params = inboundMessage(tenant, phone, { Body: 'Sewage spilling at 7 River Road' });
      const first = await sendMessage(t, params).expect(200);
      const retry = await sendMessage(t, params).expect(200);
      expect(retry.text).toBe(first.text);
      expect(await countRows(InboundMessage, { messageSid: params.MessageSid })).toBe(1);
      const citizen = await t.dataSource.getRepository(Citizen).findOneByOrFail({ tenantId: tenant.id, phone });
      expect(await countRows(Ticket, { citizenId: citizen.id })).toBe(1);
    });

    it('creates exactly one ticket from 20 concurrent copies of one message', async () => {
      const phone = newCitizenPhone();
      const params = inboundMessage(tenant, phone, { Body: 'Refuse not collected at 9 Long Street' });
      const responses = await Promise.all(Array.from({ length: 20 }, () => sendMessage(t, params)));
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(new Set(responses.map((r) => r.text)).size).toBe(1);
      trackingNumberIn(replyText(responses[0].text));
      const citizen = await t.dataSource.getRepository(Citizen).findOneByOrFail({ tenantId: tenant.id, phone });
      expect(await countRows(Ticket, { citizenId: citizen.id })).toBe(1);
      expect(await countRows(InboundMessage, { messageSid: params.MessageSid })).toBe(1);
      expect(await countRows(Citizen, { tenantId: tenant.id, phone })).toBe(1);
    });
  });

  describe('personal information', () => {
    it('never lets an ID number reach the database, the logs or the reply', async () => {
      const idNumber = '8001015009087';
      const phone = newCitizenPhone();
      const logged: string[] = [];
      const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
      );
      const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        logged.push(String(chunk));
        return true;
      });
      let response;
      try {
        response = await sendMessage(
          t,
          inboundMessage(tenant, phone, { Body: `No water at 5 Main Street. My ID is ${idNumber}, email thandi@example.org` }),
        ).expect(200);
      } finally {
        spies.forEach((spy) => spy.mockRestore());
        stdout.mockRestore();
      }
      expect(response.text).not.toContain(idNumber);
      const trackingNumber = trackingNumberIn(replyText(response.text));
      const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ trackingNumber });
      expect(ticket.description).toBe('No water at 5 Main Street. My ID is [ID number], email [email]');

      const citizen = await t.dataSource.getRepository(Citizen).findOneByOrFail({ tenantId: tenant.id, phone });
      const stored = await t.dataSource.getRepository(InboundMessage).findOneByOrFail({ citizenId: citizen.id });
      expect(stored.redactions).toEqual({ sa_id_number: 1, email_address: 1 });
      const everything = JSON.stringify(
        await t.dataSource.query(
          `SELECT (SELECT json_agg(m) FROM inbound_messages m) AS messages, (SELECT json_agg(c) FROM conversation_turns c) AS turns,
                  (SELECT json_agg(k) FROM tickets k) AS tickets`,
        ),
      );
      expect(everything).not.toContain(idNumber);
      expect(everything).not.toContain('thandi@example.org');
      expect(logged.join('\n')).not.toContain(idNumber);
    });
  });

  describe('recording an exchange', () => {
    it('writes nothing at all when the drawn tracking number is taken', async () => {
      const phone = newCitizenPhone();
      const created = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Burst pipe at 6 Main Street' })).expect(200);
      const taken = trackingNumberIn(replyText(created.text));
      const existing = await t.dataSource.getRepository(Ticket).findOneByOrFail({ trackingNumber: taken });
      const citizen = await t.dataSource.getRepository(Citizen).findOneByOrFail({ tenantId: tenant.id, phone });
      const sid = newMessageSid();

      const outcome = await t.app.get(InboundMessagesRepository).recordExchange({
        inboundId: randomUUID(),
        messageSid: sid,
        tenantId: tenant.id,
        citizenId: citizen.id,
        body: 'Another burst pipe at 7 Main Street',
        redactions: {},
        reply: `Your reference is ${taken}`,
        step: 'ticket_created',
        ticket: { ...existing, id: randomUUID(), addressText: '7 Main Street', latitude: null, longitude: null },
        citizen: { preferredLanguage: 'af', privacyNoticeSent: true },
        media: [],
      });

      expect(outcome).toBe('tracking_number_taken');
      expect(await countRows(InboundMessage, { messageSid: sid })).toBe(0);
      expect(await countRows(Ticket, { citizenId: citizen.id })).toBe(1);
      expect((await t.dataSource.getRepository(Citizen).findOneByOrFail({ id: citizen.id })).preferredLanguage).toBe('en');
    });
  });

  describe('bad requests', () => {
    it('answers 404 for a number that is no municipality and stores nothing', async () => {
      const phone = newCitizenPhone();
      const params = inboundMessage({ whatsappNumber: '+27219999999' }, phone, { Body: 'No water at 1 Main Street' });
      const response = await sendMessage(t, params).expect(404);
      expect(response.body).toMatchObject({ code: 'TENANT_NOT_FOUND', detail: expect.stringContaining('No municipality') });
      expect(await countRows(InboundMessage, { messageSid: params.MessageSid })).toBe(0);
      expect(await countRows(Citizen, { phone })).toBe(0);
    });

    it.each([
      ['a MessageSid that is not one', { MessageSid: 'not-a-sid' }, /MessageSid/],
      ['a From that is not a number', { From: 'whatsapp:hello' }, /From must be a WhatsApp address/],
      ['a To that is missing', { To: '' }, /To must be a WhatsApp address/],
      ['a latitude out of range', { Latitude: '123.4', Longitude: '27.1' }, /Latitude/],
    ])('answers 400 for %s, naming the field, and stores nothing', async (_label, override, reason) => {
      const phone = newCitizenPhone();
      const params = { ...inboundMessage(tenant, phone, { Body: 'No water at 1 Main Street' }), ...override };
      const response = await sendMessage(t, params).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.join(' ')).toMatch(reason);
      expect(await countRows(Citizen, { phone })).toBe(0);
    });

    it('answers 413 for a body over 64 KiB', async () => {
      const params = inboundMessage(tenant, newCitizenPhone(), { Body: 'x'.repeat(70 * 1024) });
      const response = await sendMessage(t, params);
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ status: 413 });
    });

    it('answers 400, not 500, for a JSON body with broken syntax', async () => {
      const response = await t.http.post(WEBHOOK_PATH).set('Content-Type', 'application/json').send('{"Body": ').expect(400);
      expect(response.body.status).toBe(400);
    });

    it('caps an over-long message (WhatsApp allows 4,096 characters) rather than failing', async () => {
      const params = inboundMessage(tenant, newCitizenPhone(), { Body: `Burst pipe at 5 Main Street ${'a'.repeat(6000)}` });
      await sendMessage(t, params).expect(200);
      const stored = await t.dataSource.getRepository(InboundMessage).findOneByOrFail({ messageSid: params.MessageSid });
      expect(stored.body.length).toBe(4096);
    });
  });

  describe('status callbacks', () => {
    const statusCallback = (sid: string, status: string, extra: Record<string, string> = {}) => ({
      AccountSid: 'AC00000000000000000000000000000000',
      ApiVersion: '2010-04-01',
      ChannelPrefix: 'whatsapp',
      From: `whatsapp:${tenant.whatsappNumber}`,
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: 'whatsapp:+27821234567',
      ...extra,
    });

    it('records a status once, with its tenant and error code, even for an unknown sid', async () => {
      const sid = newMessageSid();
      await postSigned(t.http, STATUS_PATH, statusCallback(sid, 'undelivered', { ErrorCode: '63016' })).expect(204);
      await postSigned(t.http, STATUS_PATH, statusCallback(sid, 'undelivered', { ErrorCode: '63016' })).expect(204);
      await postSigned(t.http, STATUS_PATH, statusCallback(sid, 'sent')).expect(204);
      const events = await t.dataSource.getRepository(MessageStatusEvent).find({ where: { messageSid: sid }, order: { status: 'ASC' } });
      expect(events.map((e) => [e.status, e.errorCode, e.tenantId])).toEqual([
        ['sent', null, tenant.id],
        ['undelivered', '63016', tenant.id],
      ]);
    });

    it('rejects an unsigned status callback and an unknown status value', async () => {
      const sid = newMessageSid();
      await t.http.post(STATUS_PATH).type('form').send(statusCallback(sid, 'delivered')).expect(403);
      await postSigned(t.http, STATUS_PATH, statusCallback(sid, 'teleported')).expect(400);
      expect(await t.dataSource.getRepository(MessageStatusEvent).countBy({ messageSid: sid })).toBe(0);
    });
  });
});
