import { GuardrailsService } from './guardrails.service';
import { INTERNAL_PLACEHOLDER, neutraliseFormatting, scrubInternals, splitForWhatsApp } from './output-guard';

const codePoints = (text: string) => [...text].length;
const sentence = (i: number) => `Sentence number ${i} says the crew is on the way.`;

describe('splitForWhatsApp', () => {
  it('returns short text as one part, unchanged', () => {
    expect(splitForWhatsApp('Your ticket KMT-4821 is logged.')).toEqual(['Your ticket KMT-4821 is logged.']);
  });

  it('returns no parts when the text is blank', () => {
    expect(splitForWhatsApp('')).toEqual([]);
    expect(splitForWhatsApp(' \n\n ')).toEqual([]);
  });

  it('keeps every part within 1600 code points by default and loses no words', () => {
    const text = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');
    const parts = splitForWhatsApp(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(codePoints(part)).toBeLessThanOrEqual(1600);
    expect(parts.join(' ')).toBe(text);
  });

  it('prefers a paragraph boundary when one falls in the part', () => {
    const first = Array.from({ length: 5 }, (_, i) => sentence(i)).join(' ');
    const second = Array.from({ length: 5 }, (_, i) => sentence(i + 5)).join(' ');
    const parts = splitForWhatsApp(`${first}\n\n${second}`, codePoints(first) + 60);
    expect(parts).toEqual([first, second]);
  });

  it('falls back to a sentence boundary when there is no paragraph break', () => {
    const text = Array.from({ length: 6 }, (_, i) => sentence(i)).join(' ');
    const parts = splitForWhatsApp(text, 120);
    for (const part of parts) {
      expect(codePoints(part)).toBeLessThanOrEqual(120);
      expect(part).toMatch(/\.$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('treats other sentence ends and newlines as sentence boundaries', () => {
    const parts = splitForWhatsApp('Amanzi awekho! Sicela nisisize?\nSiyabonga kakhulu', 35);
    expect(parts).toEqual(['Amanzi awekho! Sicela nisisize?', 'Siyabonga kakhulu']);
  });

  it('falls back to a word boundary inside a long sentence', () => {
    const text = 'the water has been off in our whole street since last week and nobody came';
    const parts = splitForWhatsApp(text, 20);
    for (const part of parts) {
      expect(codePoints(part)).toBeLessThanOrEqual(20);
      expect(part).not.toMatch(/^\s|\s$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('hard-splits a single word longer than a part', () => {
    const parts = splitForWhatsApp('x'.repeat(25), 10);
    expect(parts).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('counts code points and never splits a surrogate pair', () => {
    const parts = splitForWhatsApp('\u{1F4A7}'.repeat(25), 10);
    expect(parts).toEqual(['\u{1F4A7}'.repeat(10), '\u{1F4A7}'.repeat(10), '\u{1F4A7}'.repeat(5)]);
  });

  it('never splits a joined emoji sequence when it can cut between graphemes', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 5 code points
    const parts = splitForWhatsApp(family.repeat(4), 12);
    expect(parts).toEqual([family.repeat(2), family.repeat(2)]);
  });

  it('never returns empty parts, even around runs of blank lines', () => {
    const parts = splitForWhatsApp(`${'a'.repeat(8)}\n\n\n\n\n\n${'b'.repeat(8)}`, 9);
    expect(parts).toEqual(['a'.repeat(8), 'b'.repeat(8)]);
  });

  it('rejects a non-positive maximum', () => {
    expect(() => splitForWhatsApp('text', 0)).toThrow(RangeError);
  });
});

describe('neutraliseFormatting', () => {
  const ASCII_MARKERS = /[*_~`]/;

  it.each([
    ['*urgent*', '\u2217urgent\u2217'],
    ['_please_', '\u02CDplease\u02CD'],
    ['~no~', '\u223Cno\u223C'],
    ['```code```', '\u02CB\u02CB\u02CBcode\u02CB\u02CB\u02CB'],
    ['`x`', '\u02CBx\u02CB'],
  ])('shows %p literally', (echoed, expected) => {
    expect(neutraliseFormatting(echoed)).toBe(expected);
  });

  it('defuses quotes and list markers at the start of a line only', () => {
    expect(neutraliseFormatting('> they said\n- item\n* star\n1. first\n  2. second\n5 > 3 - 1')).toBe(
      '\u203A they said\n\u2010 item\n\u2217 star\n1\u2024 first\n  2\u2024 second\n5 > 3 - 1',
    );
  });

  it('leaves no WhatsApp marker and keeps ordinary text as it is', () => {
    const echoed = 'No water at 12 Main Rd since *Monday*, ref KMT-4821 (R1.50 charge?)';
    const result = neutraliseFormatting(echoed);
    expect(result).not.toMatch(ASCII_MARKERS);
    expect(result.replace(/\u2217/g, '*')).toBe(echoed);
    expect(neutraliseFormatting('Pipe burst on Khumalo St. Please help!')).toBe('Pipe burst on Khumalo St. Please help!');
  });

  it('uses no character that output normalisation strips or NFC changes', () => {
    const result = neutraliseFormatting('*a* _b_ ~c~ `d`\n> e\n- f\n1. g');
    expect(result).not.toMatch(/[\u200B-\u200F\u2060-\u2064\uFEFF]/);
    expect(result.normalize('NFC')).toBe(result);
  });

  it('survives GuardrailsService.processOutput unchanged', () => {
    const reply = `You wrote: "${neutraliseFormatting('*no* water _again_\n> since Monday')}"`;
    expect(new GuardrailsService().processOutput(reply).text).toBe(reply);
  });
});

describe('scrubInternals', () => {
  it.each([
    'Your ticket KMT-4821 is logged. We will update you.',
    'Police 10111, ambulance 10177, 112 from a cell phone, or the toll-free line 0800 428 428.',
    'A team will visit 12 Main Road, Soweto, 1804 between 08:00 and 16:00 on 2024-05-01.',
    'Please select the option from the menu, then insert the token into the meter.',
    'Your prepaid token is 1234 5678 9012 3456 7890. Amount R1 250.50.',
    'Report online at https://www.capetown.gov.za/City-Connect/Report or reply STOP.',
    'Error: please send a photo of the meter.',
    '*Ticket KMT-4821*\n- water\n- Ward 12',
  ])('leaves an ordinary reply untouched: %p', (reply) => {
    expect(scrubInternals(reply)).toEqual({ text: reply, removed: [] });
  });

  it('replaces an internal id with the placeholder', () => {
    expect(scrubInternals('Ticket 3f2b1c9e-8a7d-4e6f-9b0a-1c2d3e4f5a6b created (KMT-4821).')).toEqual({
      text: `Ticket ${INTERNAL_PLACEHOLDER} created (KMT-4821).`,
      removed: ['uuid'],
    });
  });

  it('drops a stack trace with its error line and keeps the rest', () => {
    const reply = [
      'Sorry, something went wrong.',
      "TypeError: Cannot read properties of undefined (reading 'id')",
      '    at TicketsService.create (/app/dist/src/tickets/tickets.service.js:42:17)',
      '    at async Promise.all (index 0)',
      '    at /app/node_modules/express/lib/router/layer.js:95:5',
      'Please try again.',
    ].join('\n');
    expect(scrubInternals(reply)).toEqual({ text: 'Sorry, something went wrong.\nPlease try again.', removed: ['stack_trace'] });
  });

  it('drops a bare Error line that names a path', () => {
    const result = scrubInternals("Error: ENOENT: no such file or directory, open '/app/config/tenants.json'\nWe are on it.");
    expect(result).toEqual({ text: 'We are on it.', removed: ['stack_trace'] });
  });

  it.each([
    ['SELECT "t"."id" FROM "tickets" "t" WHERE "t"."tenant_id" = $1'],
    ['select * from tickets where id = 4'],
    ['INSERT INTO "tickets"("id", "body") VALUES ($1, $2)'],
    ['QueryFailedError: duplicate key value violates unique constraint "UQ_ticket_sid"'],
    ['duplicate key value violates unique constraint "UQ_ticket_sid"'],
    ['UPDATE "tickets" SET "status" = $1'],
  ])('removes the SQL fragment %p', (sql) => {
    const result = scrubInternals(`We could not save it. ${sql}`);
    expect(result.removed).toEqual(['sql']);
    expect(result.text).toBe(`We could not save it. ${INTERNAL_PLACEHOLDER}`);
  });

  it('removes configuration and secrets', () => {
    const reply = [
      'Config:',
      'DATABASE_URL=postgres://letsema:s3cret@db.internal:5432/letsema',
      'export TWILIO_AUTH_TOKEN=0123456789abcdef',
      'cache at redis://:hunter2@cache:6379/0',
      'account AC0123456789abcdef0123456789abcdef',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc',
      'api_key=sk-proj-abcdefghijklmnopqrstuvwxyz',
    ].join('\n');
    const result = scrubInternals(reply);
    expect(result.text).toBe(
      ['Config:', `cache at ${INTERNAL_PLACEHOLDER}`, `account ${INTERNAL_PLACEHOLDER}`, `Authorization: ${INTERNAL_PLACEHOLDER}`, INTERNAL_PLACEHOLDER].join(
        '\n',
      ),
    );
    expect(result.removed).toEqual(expect.arrayContaining(['env_config', 'connection_url', 'api_token', 'bearer_token', 'secret']));
    for (const secret of ['s3cret', 'hunter2', '0123456789abcdef', 'eyJhbGci', 'sk-proj']) expect(result.text).not.toContain(secret);
  });

  it('merges neighbouring removals on one line into one placeholder', () => {
    expect(scrubInternals('Token AC0123456789abcdef0123456789abcdef Bearer abcdefghijklmnop').text).toBe(`Token ${INTERNAL_PLACEHOLDER}`);
  });

  it('returns empty text when nothing but internals was there', () => {
    expect(scrubInternals('    at Object.<anonymous> (/app/dist/main.js:1:1)')).toEqual({ text: '', removed: ['stack_trace'] });
  });
});
