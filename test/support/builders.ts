import { randomBytes } from 'node:crypto';
import { asAdmin, postSigned, TestApp } from './test-app';

export const WEBHOOK_PATH = '/api/v1/whatsapp/webhook';
export const STATUS_PATH = '/api/v1/whatsapp/status';

let sequence = 0;

export function newMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

/** A valid, unused South African mobile number. */
export function newCitizenPhone(): string {
  sequence += 1;
  return `+2782${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(4, '0')}`;
}

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  whatsappNumber: string;
}

export async function newTenant(t: TestApp, overrides: Partial<TenantFixture> = {}): Promise<TenantFixture> {
  sequence += 1;
  const suffix = `${process.pid % 1000}${String(sequence).padStart(3, '0')}`.padStart(6, '0').slice(-6);
  const body = {
    name: `Test Municipality ${suffix}`,
    slug: `test-${suffix}-${randomBytes(2).toString('hex')}`,
    whatsappNumber: `+27215${suffix}`,
    ...overrides,
  };
  const response = await asAdmin(t.http.post('/api/v1/admin/tenants')).send(body).expect(201);
  return response.body as TenantFixture;
}

/** The form fields of an incoming WhatsApp text (or pin), as Twilio sends them. */
export function inboundMessage(
  tenant: { whatsappNumber: string },
  from: string,
  fields: Record<string, string> = {},
): Record<string, string> {
  const sid = fields.MessageSid ?? newMessageSid();
  return {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    Body: '',
    From: `whatsapp:${from}`,
    MessageSid: sid,
    MessageType: 'text',
    NumMedia: '0',
    NumSegments: '1',
    ProfileName: 'Thandi',
    SmsMessageSid: sid,
    SmsSid: sid,
    SmsStatus: 'received',
    To: `whatsapp:${tenant.whatsappNumber}`,
    WaId: from.replace('+', ''),
    ...fields,
  };
}

export function sendMessage(t: TestApp, params: Record<string, string>) {
  return postSigned(t.http, WEBHOOK_PATH, params);
}

/** The text of the one <Message> in a TwiML reply. */
export function replyText(twiml: string): string {
  const match = twiml.match(/<Message>([\s\S]*)<\/Message>/);
  if (!match) throw new Error(`No <Message> in TwiML: ${twiml}`);
  return match[1].replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function trackingNumberIn(text: string): string {
  const match = text.match(/\b([A-Z]{3}-\d{4})\b/);
  if (!match) throw new Error(`No tracking number in: ${text}`);
  return match[1];
}
