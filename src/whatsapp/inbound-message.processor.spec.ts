import { createCache } from 'cache-manager';
import { CategoryModel } from '../intake/category/category-model';
import { Keyv } from 'keyv';
import { ConversationManager } from '../conversations/conversation-manager';
import { CitizenRateLimiter } from '../guardrails/citizen-rate-limiter';
import { DEFAULT_GUARDRAIL_SETTINGS, GuardrailSettingsRepository } from '../guardrails/guardrail-settings';
import { GuardrailsService } from '../guardrails/guardrails.service';
import type { EmergencyFinding } from '../guardrails/rules/emergency.rule';
import { CategoryClassifier } from '../intake/category-classifier';
import { IntakeFlow } from '../intake/intake-flow';
import { LanguageDetector } from '../intake/language-detector';
import { LocalIntakeClassifier } from '../intake/local-intake-classifier';
import { LocationExtractor } from '../intake/location-extractor';
import { Citizen } from '../tenancy/entities/citizen.entity';
import { Tenant } from '../tenancy/entities/tenant.entity';
import type { NewTicketRow } from '../tickets/tickets.repository';
import { TicketsService } from '../tickets/tickets.service';
import { MediaInbox } from '../media/media-inbox';
import { InboundMessageDto } from './dto/inbound-message.dto';
import { InboundMessageProcessor } from './inbound-message.processor';
import { Exchange, ExchangeOutcome, InboundMessagesRepository } from './inbound-messages.repository';

const tenant = Object.assign(new Tenant(), { id: 't-1', slug: 'example', name: 'City of Example', whatsappNumber: '+27215550100' });
const citizen = (overrides: Partial<Citizen> = {}) =>
  Object.assign(new Citizen(), {
    id: 'c-1',
    tenantId: 't-1',
    phone: '+27821234567',
    preferredLanguage: 'en',
    privacyNoticeSentAt: new Date(),
    ...overrides,
  });
const message = (body: string) => Object.assign(new InboundMessageDto(), { MessageSid: `SM${'1'.repeat(32)}`, Body: body });

function build(outcomes: ExchangeOutcome[], guardrails = new GuardrailsService()) {
  const recorded: Exchange[] = [];
  const messages = {
    recordExchange: jest.fn(async (exchange: Exchange) => {
      recorded.push(exchange);
      return outcomes.shift() ?? 'recorded';
    }),
    findReply: jest.fn(async () => 'the first reply'),
  } as unknown as InboundMessagesRepository;
  let draws = 0;
  const draft = (trackingNumber: string): NewTicketRow => ({
    id: 'ticket-1',
    tenantId: 't-1',
    trackingNumber,
    citizenId: 'c-1',
    categoryId: 'cat',
    departmentId: 'dep',
    description: 'x',
    language: 'en',
    priority: 'normal',
    latitude: null,
    longitude: null,
    addressText: 'x',
    locationParts: null,
  });
  const tickets = {
    draftFromReport: jest.fn(async () => draft('AAA-0000')),
    redrawTrackingNumber: jest.fn((previous: NewTicketRow) => ({ ...previous, trackingNumber: `BBB-000${++draws}` })),
    findForCitizen: jest.fn(async () => null),
  } as unknown as TicketsService;
  const conversations = new ConversationManager(createCache({ stores: [new Keyv()] }));
  const settings = { forTenant: async () => DEFAULT_GUARDRAIL_SETTINGS } as unknown as GuardrailSettingsRepository;
  const sut = new InboundMessageProcessor(
    messages,
    guardrails,
    new IntakeFlow(new LocalIntakeClassifier(new LanguageDetector(), new CategoryClassifier(), new LocationExtractor(), new CategoryModel()), new CategoryClassifier(), new LocationExtractor()),
    new LanguageDetector(),
    conversations,
    tickets,
    settings,
    new CitizenRateLimiter(createCache({ stores: [new Keyv()] })),
    { photoLocation: jest.fn(async () => null), downloadsRecorded: jest.fn() } as unknown as MediaInbox,
  );
  return { sut, recorded, messages, conversations, tickets };
}

describe(InboundMessageProcessor.name, () => {
  describe('process', () => {
    it('draws another tracking number when the first is taken, and replies with the one stored', async () => {
      const { sut, recorded } = build(['tracking_number_taken', 'recorded']);
      const reply = await sut.process({ tenant, citizen: citizen() }, message('Burst pipe at 4 Main Street'));
      expect(recorded.map((e) => e.ticket?.trackingNumber)).toEqual(['AAA-0000', 'BBB-0001']);
      expect(reply.join()).toContain('BBB-0001');
      expect(reply.join()).not.toContain('AAA-0000');
    });

    it('gives up with an error after eight taken draws, writing nothing', async () => {
      const { sut, recorded } = build(Array(8).fill('tracking_number_taken'));
      await expect(sut.process({ tenant, citizen: citizen() }, message('Burst pipe at 4 Main Street'))).rejects.toThrow(
        /tracking number/,
      );
      expect(recorded).toHaveLength(8);
    });

    it('records a message it could not read, with an apology, rather than failing and losing it', async () => {
      const { sut, recorded, tickets } = build(['recorded']);
      jest.spyOn(tickets, 'draftFromReport').mockRejectedValueOnce(new Error('the taxonomy is broken'));
      const reply = await sut.process({ tenant, citizen: citizen() }, message('Burst pipe at 4 Main Street'));
      expect(reply.join()).toContain('Sorry, something went wrong on our side');
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({ step: 'error', ticket: null, body: 'Burst pipe at 4 Main Street' });
    });

    it.each(['DKK-4821', 'KHQ-1234', 'TLH-7777'])(
      'answers "status %s" in English to a citizen of no known language: the reference letters are no language',
      async (reference) => {
        const { sut } = build(['recorded']);
        const reply = await sut.process({ tenant, citizen: citizen({ preferredLanguage: null }) }, message(`status ${reference}`));
        expect(reply.join()).toContain(`could not find report ${reference}`);
      },
    );

    it('replays the stored reply for a duplicate and keeps no conversation state from it', async () => {
      const { sut, conversations } = build(['duplicate']);
      const reply = await sut.process({ tenant, citizen: citizen() }, message('There is a pothole'));
      expect(reply).toEqual(['the first reply']);
      expect(await conversations.load('t-1', 'c-1')).toBeNull();
    });

    it('adds the privacy notice for a citizen who has not had it, and records that it was sent', async () => {
      const { sut, recorded } = build([]);
      const reply = await sut.process({ tenant, citizen: citizen({ privacyNoticeSentAt: null }) }, message('hello'));
      expect(reply[0]).toMatch(/^Privacy: City of Example/);
      expect(recorded[0].citizen.privacyNoticeSent).toBe(true);
    });

    it('answers "status" with a reference whose letters spell a word that other rules react to', async () => {
      const { sut, recorded } = build([]);
      await sut.process({ tenant, citizen: citizen() }, message('status gun-1234'));
      expect(recorded[0].step).toBe('status_not_found');
    });

    describe('an emergency a pattern found', () => {
      /** Guardrails that find this emergency in every message, and pass replies through as they are. */
      const finding = (emergency: EmergencyFinding) => {
        const real = new GuardrailsService();
        return {
          processInput: (text: string) => ({ action: 'emergency', text, reasons: [`emergency:${emergency.kind}`], redactions: {}, emergency }),
          processOutput: (text: string) => real.processOutput(text),
        } as unknown as GuardrailsService;
      };
      const shooting = { kind: 'violence', rule: 'violence.weapon', municipalHazard: false } as const;

      it('keeps the report after the numbers when the model disputes the finding', async () => {
        const { sut, recorded } = build(['recorded'], finding({ ...shooting, disputed: true }));
        const reply = (await sut.process({ tenant, citizen: citizen() }, message('The street light at 12 Main Road is broken'))).join('\n');
        const safety = reply.indexOf('10111');
        expect(safety).toBeGreaterThanOrEqual(0);
        expect(reply.indexOf('AAA-0000')).toBeGreaterThan(safety);
        expect(recorded[0]).toMatchObject({ step: 'emergency_violence_ticket_created', ticket: { priority: 'normal' } });
      });

      it('asks what the problem is after the numbers when a disputed finding names no category', async () => {
        const { sut, recorded, conversations } = build(['recorded'], finding({ ...shooting, disputed: true }));
        const reply = (await sut.process({ tenant, citizen: citizen() }, message('How do I get a permit for a braai fire in the park?'))).join('\n');
        expect(reply.indexOf('Reply with a number')).toBeGreaterThan(reply.indexOf('10111'));
        expect(reply.indexOf('10111')).toBeGreaterThanOrEqual(0);
        expect(recorded[0]).toMatchObject({ step: 'emergency_violence_asked_category', ticket: null });
        expect(await conversations.load('t-1', 'c-1')).toMatchObject({ awaiting: 'category' });
      });

      it('stops at the numbers when the model does not dispute it, whatever the intake reads', async () => {
        const { sut, recorded } = build(['recorded'], finding(shooting));
        await sut.process({ tenant, citizen: citizen() }, message('The street light at 12 Main Road is broken'));
        expect(recorded[0]).toMatchObject({ step: 'emergency_violence', ticket: null });
      });
    });

    it('keeps the half-told report in the conversation state', async () => {
      const { sut, conversations } = build([]);
      await sut.process({ tenant, citizen: citizen() }, message('There is a pothole'));
      expect(await conversations.load('t-1', 'c-1')).toMatchObject({ awaiting: 'location', categoryCode: 'roads' });
    });
  });
});
