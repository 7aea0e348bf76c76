import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import { CATEGORY_CODES } from '../../tenancy/default-taxonomy';
import { TICKET_STATUSES } from '../../tickets/entities/ticket.entity';
import { af } from './af';
import { en } from './en';
import { nso } from './nso';
import type { ReplyTemplates } from './reply-templates';
import { repliesFor } from './replies';
import { st } from './st';
import { tn } from './tn';
import { xh } from './xh';
import { zu } from './zu';

const WRITTEN: Array<[string, ReplyTemplates]> = [
  ['en', en],
  ['af', af],
  ['zu', zu],
  ['xh', xh],
  ['st', st],
  ['tn', tn],
  ['nso', nso],
];
const EMERGENCY_KINDS: EmergencyKind[] = ['fire', 'injury', 'violence', 'electrocution', 'drowning', 'flooding'];
const TRACKING = 'ABC-1234';
const MUNICIPALITY = 'City of Letsema';

/** Every message a language can produce, with the name of the template that made it. */
function everyMessage(replies: ReplyTemplates): Array<[string, string]> {
  const options = CATEGORY_CODES.map((category, i) => ({ number: i + 1, category }));
  return [
    ['privacyNotice', replies.privacyNotice(MUNICIPALITY)],
    ['welcome', replies.welcome(MUNICIPALITY)],
    ['askCategory', replies.askCategory(options)],
    ['askLocation', replies.askLocation()],
    ['ticketCreated', replies.ticketCreated(TRACKING)],
    ['ticketNotFound', replies.ticketNotFound(TRACKING)],
    ['error', replies.error()],
    ['misuse', replies.misuse()],
    ['abuse', replies.abuse()],
    ['slowDown', replies.slowDown()],
    ['mediaAttached(1)', replies.mediaAttached(TRACKING, 1)],
    ['mediaAttached(3)', replies.mediaAttached(TRACKING, 3)],
    ['mediaReceivedAskReport', replies.mediaReceivedAskReport()],
    ['mediaResend', replies.mediaResend()],
    ...EMERGENCY_KINDS.map((kind): [string, string] => [`emergency(${kind})`, replies.emergency(kind)]),
    ...CATEGORY_CODES.map((category): [string, string] => [`categoryName(${category})`, replies.categoryName(category)]),
    ...CATEGORY_CODES.flatMap((category) =>
      TICKET_STATUSES.map((status): [string, string] => [`ticketStatus(${category}, ${status})`, replies.ticketStatus(TRACKING, category, status)]),
    ),
  ];
}

describe('repliesFor', () => {
  it.each(WRITTEN)('gives the %s templates for %s', (language, replies) => {
    expect(repliesFor(language)).toBe(replies);
  });

  it.each(['ts', 've', 'ss', 'nr', null, undefined, 'fr'])('falls back to English for %p', (language) => {
    expect(repliesFor(language)).toBe(en);
  });
});

describe.each(WRITTEN)('%s templates', (language, replies) => {
  it('implements every template with a non-empty message', () => {
    for (const [name, message] of everyMessage(replies)) {
      expect({ name, message: message.trim().length > 0 }).toEqual({ name, message: true });
    }
  });

  it('keeps every message under 1,000 characters', () => {
    for (const [name, message] of everyMessage(replies)) expect({ name, length: message.length < 1000 }).toEqual({ name, length: true });
  });

  it('names the municipality in the privacy notice and the welcome', () => {
    expect(replies.privacyNotice(MUNICIPALITY)).toContain(MUNICIPALITY);
    expect(replies.welcome(MUNICIPALITY)).toContain(MUNICIPALITY);
  });

  it('gives the tracking number and the literal "status <number>" command when a ticket is created', () => {
    expect(replies.ticketCreated(TRACKING)).toContain(`"status ${TRACKING}"`);
  });

  it('includes the tracking number in the status and not-found answers', () => {
    expect(replies.ticketStatus(TRACKING, 'water', 'open')).toContain(TRACKING);
    expect(replies.ticketNotFound(TRACKING)).toContain(TRACKING);
  });

  it('lists every offered category with its number and name', () => {
    const menu = replies.askCategory([
      { number: 1, category: 'roads' },
      { number: 2, category: 'other' },
    ]);
    expect(menu).toContain(`1. ${replies.categoryName('roads')}`);
    expect(menu).toContain(`2. ${replies.categoryName('other')}`);
  });

  it('names every category and every status differently', () => {
    expect(new Set(CATEGORY_CODES.map((c) => replies.categoryName(c))).size).toBe(CATEGORY_CODES.length);
    expect(new Set(TICKET_STATUSES.map((s) => replies.ticketStatus(TRACKING, 'water', s))).size).toBe(TICKET_STATUSES.length);
  });

  it('leaves no template placeholder unfilled', () => {
    for (const [, message] of everyMessage(replies)) expect(message).not.toMatch(/\$\{|undefined|\[object/);
  });

  describe('emergency', () => {
    it.each(EMERGENCY_KINDS)('gives SAPS 10111, ambulance and fire 10177 and 112 for %s', (kind) => {
      const message = replies.emergency(kind);
      for (const number of ['10111', '10177', '112']) expect({ kind, number, found: message.includes(number) }).toEqual({ kind, number, found: true });
    });

    it('gives the GBV Command Centre number for violence', () => {
      expect(replies.emergency('violence')).toContain('0800 428 428');
    });

    it.each(EMERGENCY_KINDS.filter((kind) => kind !== 'violence'))('keeps the GBV number out of the %s reply', (kind) => {
      expect(replies.emergency(kind)).not.toContain('0800 428 428');
    });

    it.each(EMERGENCY_KINDS)('stays under 600 characters for %s', (kind) => {
      expect(replies.emergency(kind).length).toBeLessThan(600);
    });

    it('gives each kind of danger its own safety line', () => {
      expect(new Set(EMERGENCY_KINDS.map((kind) => replies.emergency(kind))).size).toBe(EMERGENCY_KINDS.length);
    });
  });

  it('keeps the misuse, abuse and slow-down replies short and distinct', () => {
    const messages = [replies.misuse(), replies.abuse(), replies.slowDown()];
    for (const message of messages) expect(message.length).toBeLessThan(300);
    expect(new Set(messages).size).toBe(3);
  });

  describe('media', () => {
    it('gives the tracking number when files are added to a report, and the count when there are several', () => {
      const one = replies.mediaAttached(TRACKING, 1);
      const several = replies.mediaAttached(TRACKING, 3);
      expect(one).toContain(TRACKING);
      expect(several).toContain(TRACKING);
      expect(several.replace(TRACKING, '')).toMatch(/\b3\b/);
      expect(one.replace(TRACKING, '')).not.toMatch(/\d/);
      expect(one).not.toBe(several);
    });

    it('asks what and where the problem is, with a location pin, when a file comes without a report', () => {
      expect(replies.mediaReceivedAskReport()).toMatch(/location pin|ligging/);
    });

    it('names the accepted kinds of file and the 16 MB limit when asking for a file again', () => {
      const message = replies.mediaResend();
      for (const word of ['JPG', 'PNG', 'PDF', '16 MB']) expect({ word, found: message.includes(word) }).toEqual({ word, found: true });
    });

    it('keeps the media replies short and distinct', () => {
      const messages = [replies.mediaAttached(TRACKING, 1), replies.mediaAttached(TRACKING, 12), replies.mediaReceivedAskReport(), replies.mediaResend()];
      for (const message of messages) expect(message.length).toBeLessThan(300);
      expect(new Set(messages).size).toBe(messages.length);
    });
  });

  if (language !== 'en') {
    it('is written in its own language, not copied from English', () => {
      expect(replies.mediaAttached(TRACKING, 1)).not.toBe(en.mediaAttached(TRACKING, 1));
      expect(replies.mediaAttached(TRACKING, 2)).not.toBe(en.mediaAttached(TRACKING, 2));
      expect(replies.mediaReceivedAskReport()).not.toBe(en.mediaReceivedAskReport());
      expect(replies.mediaResend()).not.toBe(en.mediaResend());
      expect(replies.askLocation()).not.toBe(en.askLocation());
      expect(replies.categoryName('water')).not.toBe(en.categoryName('water'));
      expect(replies.emergency('fire')).not.toBe(en.emergency('fire'));
      expect(replies.misuse()).not.toBe(en.misuse());
      expect(replies.abuse()).not.toBe(en.abuse());
      expect(replies.slowDown()).not.toBe(en.slowDown());
    });
  }
});
