import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { maskPhone } from '../common/logging/redact';
import type { ConversationState } from '../conversations/conversation-state';
import { ConversationManager } from '../conversations/conversation-manager';
import { repliesFor } from '../conversations/replies/replies';
import { CitizenRateLimiter } from '../guardrails/citizen-rate-limiter';
import { GuardrailSettingsRepository } from '../guardrails/guardrail-settings';
import { GuardrailsService } from '../guardrails/guardrails.service';
import type { GuardrailVerdict } from '../guardrails/guardrails.types';
import { emergencyKeepsReport } from '../guardrails/rules/emergency.rule';
import { IntakeFlow, replyLanguage } from '../intake/intake-flow';
import type { LanguageCode } from '../intake/intake.types';
import { LanguageDetector } from '../intake/language-detector';
import type { CategoryCode } from '../tenancy/default-taxonomy';
import type { TenantContext } from '../tenancy/tenant-context';
import type { TicketPriority } from '../tickets/entities/ticket.entity';
import type { NewTicketRow } from '../tickets/tickets.repository';
import { TicketsService } from '../tickets/tickets.service';
import { normaliseTrackingNumber } from '../tickets/tracking-number';
import { InboundMedia, inboundMediaOf } from '../media/inbound-media';
import { MediaInbox } from '../media/media-inbox';
import { InboundMessageDto } from './dto/inbound-message.dto';
import { InboundMessagesRepository, NewMediaRow } from './inbound-messages.repository';

const STATUS_COMMAND = /^\s*(?:status|check|track)\s*[:#]?\s*([a-z]{3}[\s-]?\d{4})\s*[.!?]?\s*$/i;
const MAX_TRACKING_NUMBER_DRAWS = 8;
/** Joins the WhatsApp-sized parts of a stored reply; a control character, so no reply text contains it. */
const PART_SEPARATOR = '\u001e';

/** What to answer and what to keep, decided before anything is written. */
interface Decision {
  /** The reply, given the ticket's tracking number when the decision opens a ticket. */
  reply: (trackingNumber?: string) => string;
  step: string;
  language: LanguageCode;
  ticket: NewTicketRow | null;
  /** The conversation state to keep once the exchange is recorded; null clears it. */
  nextState: ConversationState | null;
  /** Abuse of staff: counts towards a mute once the exchange is recorded (so a retry does not count twice). */
  abusive?: boolean;
  /** Where the message's files go when the decision itself says (a file sent for an open ticket). */
  mediaTicket?: { id: string; trackingNumber: string };
}

/**
 * One inbound message, end to end: flood control -> guardrails.input (emergency, misuse, abuse,
 * personal information) -> status command or intake -> ticket draft -> guardrails.output -> record. The record step writes the message, the ticket, the transcript and the
 * citizen's language in one statement gated on the MessageSid, so a retried or concurrent copy writes
 * nothing and gets the first reply back, and a failure leaves nothing half-written. The conversation
 * state is saved only after that.
 */
@Injectable()
export class InboundMessageProcessor {
  private readonly logger = new Logger(InboundMessageProcessor.name);

  constructor(
    private readonly messages: InboundMessagesRepository,
    private readonly guardrails: GuardrailsService,
    private readonly intake: IntakeFlow,
    private readonly languages: LanguageDetector,
    private readonly conversations: ConversationManager,
    private readonly tickets: TicketsService,
    private readonly settings: GuardrailSettingsRepository,
    private readonly limiter: CitizenRateLimiter,
    private readonly mediaInbox: MediaInbox,
  ) {}

  /**
   * Where the message's files go: the ticket this message creates; else the conversation in progress
   * (held under the id it reserves for its ticket); else the citizen's open ticket; else a new
   * conversation that holds them. Files of a blocked message are recorded as refused, never fetched.
   */
  private async placeMedia(
    { tenant, citizen }: TenantContext,
    decision: Decision,
    media: InboundMedia[],
  ): Promise<{ decision: Decision; rows: NewMediaRow[] }> {
    const rows = (ticketId: string | null, targetTicketId: string | null, refused?: string): NewMediaRow[] =>
      media.map((file) => ({
        index: file.index,
        url: file.url,
        contentType: file.contentType,
        ticketId,
        targetTicketId,
        status: refused ? 'failed' : 'pending',
        failureReason: refused ?? null,
      }));
    if (decision.step.startsWith('blocked_')) return { decision, rows: rows(null, null, 'message_blocked') };
    if (decision.ticket) return { decision, rows: rows(decision.ticket.id, decision.ticket.id) };
    if (decision.mediaTicket) return { decision, rows: rows(decision.mediaTicket.id, decision.mediaTicket.id) };
    if (!decision.nextState) {
      const open = await this.tickets.findLatestOpenForCitizen(tenant.id, citizen.id);
      if (open) return { decision, rows: rows(open.id, open.id) };
    }
    const state = decision.nextState ?? freshState(decision.language);
    const heldTicketId = state.heldTicketId ?? randomUUID();
    const nextState = { ...state, heldTicketId, heldMedia: (state.heldMedia ?? 0) + media.length };
    return { decision: { ...decision, nextState }, rows: rows(null, heldTicketId) };
  }

  /**
   * The WhatsApp messages to send back (the same again for a retried MessageSid); none while a flooding
   * citizen waits out their window or a muted one their mute.
   */
  async process(context: TenantContext, message: InboundMessageDto): Promise<string[]> {
    const { tenant, citizen } = context;
    const sid = message.MessageSid;
    const settings = await this.settings.forTenant(tenant.id);
    const admission = await this.limiter.admit(tenant.id, citizen.id, settings);
    if (admission !== 'allow') {
      this.logger.warn(`[${sid}] ${admission === 'slow_down' ? 'flood limit reached' : 'silenced'} for ${maskPhone(citizen.phone)} at ${tenant.slug}`);
      return admission === 'slow_down' ? [repliesFor(citizen.preferredLanguage).slowDown()] : [];
    }

    const input = this.guardrails.processInput(message.Body ?? '', {
      senderPhone: citizen.phone,
      extraBlockedWords: settings.extraBlockedWords,
    });
    const state = await this.conversations.load(tenant.id, citizen.id);
    const media = inboundMediaOf(message);
    const decision = keepHeldMedia(await this.decideSafely(context, input, message, state, media), state);
    const notice = citizen.privacyNoticeSentAt ? '' : repliesFor(decision.language).privacyNotice(tenant.name) + '\n\n';

    const placed = media.length ? await this.placeMedia(context, decision, media) : { decision, rows: [] };
    const { nextState } = placed.decision;

    let ticket = decision.ticket;
    for (let draw = 1; ; draw++) {
      const parts = this.guardrails.processOutput(notice + decision.reply(ticket?.trackingNumber)).parts;
      const reply = parts.join(PART_SEPARATOR);
      const outcome = await this.messages.recordExchange({
        inboundId: randomUUID(),
        messageSid: sid,
        tenantId: tenant.id,
        citizenId: citizen.id,
        body: input.text,
        redactions: input.redactions,
        reply,
        step: decision.step,
        ticket,
        citizen: {
          preferredLanguage: decision.language !== citizen.preferredLanguage ? decision.language : null,
          privacyNoticeSent: !citizen.privacyNoticeSentAt,
        },
        media: placed.rows,
      });
      if (outcome === 'duplicate') {
        this.logger.log(`[${sid}] repeated MessageSid from ${maskPhone(citizen.phone)}: replaying the stored reply`);
        const stored = await this.messages.findReply(tenant.id, sid);
        return stored ? stored.split(PART_SEPARATOR) : [];
      }
      if (outcome === 'recorded') {
        await this.limiter.count(tenant.id, citizen.id, settings);
        if (decision.abusive && (await this.limiter.recordAbuse(tenant.id, citizen.id, settings))) {
          this.logger.warn(`[${sid}] ${maskPhone(citizen.phone)} muted for ${settings.muteMinutes} min after repeated abuse`);
        }
        if (nextState) await this.conversations.save(tenant.id, citizen.id, nextState);
        else if (state) await this.conversations.clear(tenant.id, citizen.id);
        if (placed.rows.some((row) => row.status === 'pending')) this.mediaInbox.downloadsRecorded();
        this.logger.log(`[${sid}] ${decision.step} for ${maskPhone(citizen.phone)} at ${tenant.slug} (${decision.language})`);
        return parts;
      }
      if (!ticket || draw >= MAX_TRACKING_NUMBER_DRAWS) throw new Error('Could not draw a free tracking number');
      ticket = this.tickets.redrawTrackingNumber(ticket);
    }
  }

  /**
   * A fault in reading the message (a bug, a model gone wrong) must not lose it: the message is still
   * recorded, with an apology, and the citizen's conversation is kept as it was.
   */
  private async decideSafely(
    context: TenantContext,
    input: GuardrailVerdict,
    message: InboundMessageDto,
    state: ConversationState | null,
    media: InboundMedia[],
  ): Promise<Decision> {
    try {
      return await this.decideGuarded(context, input, message, state, media);
    } catch (error) {
      this.logger.error(`[${message.MessageSid}] could not read the message: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      const language = state?.language ?? (context.citizen.preferredLanguage as LanguageCode | null) ?? 'en';
      const reply = repliesFor(language).error();
      return { reply: () => reply, step: 'error', language, ticket: null, nextState: state };
    }
  }

  /**
   * What the guardrails change about the answer: an emergency is answered with the safety numbers first
   * (and a municipal hazard still becomes an emergency ticket); misuse and abuse get a calm reply and go
   * no further (no model ever reads them); everything else goes to the intake.
   */
  private async decideGuarded(
    context: TenantContext,
    input: GuardrailVerdict,
    message: InboundMessageDto,
    state: ConversationState | null,
    media: InboundMedia[],
  ): Promise<Decision> {
    const { tenant, citizen } = context;
    const prior = state?.language ?? (citizen.preferredLanguage as LanguageCode | null) ?? null;
    const sid = message.MessageSid;
    // "status KMT-4821" is a command, whatever its letters happen to spell.
    if (STATUS_COMMAND.test(input.text)) return this.decide(context, input.text, message, state, 'normal', media);
    if (input.action === 'block' && input.blocked) {
      const language = replyLanguage(this.languages.detect(input.text, prior), prior);
      // The event and its rule are logged; the text never is.
      this.logger.warn(`[${sid}] blocked (${input.blocked.kind}: ${input.blocked.rule}) from ${maskPhone(citizen.phone)} at ${tenant.slug}`);
      const abusive = input.blocked.kind === 'abuse';
      const reply = abusive ? repliesFor(language).abuse() : repliesFor(language).misuse();
      return { reply: () => reply, step: `blocked_${input.blocked.kind}`, language, ticket: null, nextState: state, abusive };
    }
    if (input.action === 'emergency' && input.emergency) {
      const finding = input.emergency;
      const { kind, municipalHazard, rule } = finding;
      this.logger.warn(
        `[${sid}] emergency (${kind}, ${rule}${municipalHazard ? ', municipal hazard' : ''}${finding.disputed ? ', disputed by the model' : ''}) from ${maskPhone(citizen.phone)} at ${tenant.slug}`,
      );
      const language = replyLanguage(this.languages.detect(input.text, prior), prior);
      const safety = repliesFor(language).emergency(kind);
      if (!emergencyKeepsReport(finding)) return { reply: () => safety, step: `emergency_${kind}`, language, ticket: null, nextState: state };
      // A hazard's ticket is an emergency for the department; any other kept report keeps its own priority.
      const report = await this.decide(context, input.text, message, state, municipalHazard ? 'emergency' : 'normal', media);
      return { ...report, reply: (trackingNumber) => `${safety}\n\n${report.reply(trackingNumber)}`, step: `emergency_${kind}_${report.step}` };
    }
    return this.decide(context, input.text, message, state, 'normal', media);
  }

  private async decide(
    { tenant, citizen }: TenantContext,
    text: string,
    message: InboundMessageDto,
    state: ConversationState | null,
    priority: TicketPriority,
    media: InboundMedia[],
  ): Promise<Decision> {
    const preferred = (citizen.preferredLanguage as LanguageCode | null) ?? null;

    const statusQuery = text.match(STATUS_COMMAND);
    if (statusQuery) {
      const trackingNumber = normaliseTrackingNumber(statusQuery[1])!;
      // The reference's letters are no language ("status TLH-4821" is not Setswana): read only the words around it.
      const language = state?.language ?? preferred ?? this.languages.detect(text.replace(statusQuery[1], ' ')).code;
      const replies = repliesFor(language);
      const ticket = await this.tickets.findForCitizen(tenant.id, citizen.id, trackingNumber);
      const reply = ticket
        ? replies.ticketStatus(ticket.trackingNumber, ticket.category as CategoryCode, ticket.status)
        : replies.ticketNotFound(trackingNumber);
      return { reply: () => reply, step: ticket ? 'status_reply' : 'status_not_found', language, ticket: null, nextState: state };
    }

    const pinned = Boolean(message.Latitude && message.Longitude);
    if (media.length > 0 && !text.trim() && !pinned && !state) {
      // Only a file, and no report in progress: it belongs to the open ticket, or starts a report.
      const language = preferred ?? 'en';
      const replies = repliesFor(language);
      const open = await this.tickets.findLatestOpenForCitizen(tenant.id, citizen.id);
      if (open) {
        const reply = replies.mediaAttached(open.trackingNumber, media.length);
        return { reply: () => reply, step: 'media_attached', language, ticket: null, nextState: null, mediaTicket: open };
      }
      return { reply: () => replies.mediaReceivedAskReport(), step: 'media_held', language, ticket: null, nextState: freshState(language) };
    }

    const outcome = await this.intake.process({
      text,
      pin: { latitude: message.Latitude, longitude: message.Longitude, address: message.Address, label: message.Label },
      state,
      preferredLanguage: preferred,
      photoLocation: await this.mediaInbox.photoLocation(tenant.id, state),
    });
    const { language } = outcome.state;
    const replies = repliesFor(language);
    switch (outcome.kind) {
      case 'greeting':
        return { reply: () => replies.welcome(tenant.name), step: 'welcome', language, ticket: null, nextState: null };
      case 'ask': {
        const question =
          outcome.field === 'category'
            ? replies.askCategory(outcome.state.menu.map((category, i) => ({ number: i + 1, category })))
            : replies.askLocation();
        return { reply: () => question, step: `asked_${outcome.field}`, language, ticket: null, nextState: outcome.state };
      }
      case 'complete': {
        const report = outcome.state;
        const ticket = await this.tickets.draftFromReport({
          tenantId: tenant.id,
          citizenId: citizen.id,
          categoryCode: report.categoryCode,
          description: report.description.join('\n') || replies.categoryName(report.categoryCode),
          language,
          location: report.location!,
          priority,
          id: report.heldTicketId,
        });
        return {
          reply: (trackingNumber) => replies.ticketCreated(trackingNumber!),
          step: 'ticket_created',
          language,
          ticket,
          nextState: null,
        };
      }
    }
  }
}

/**
 * Files held for a report stay held when a reply starts the conversation afresh ("hi" after a photo):
 * the next report still gets them.
 */
function keepHeldMedia(decision: Decision, state: ConversationState | null): Decision {
  if (decision.ticket || decision.nextState || !state?.heldTicketId) return decision;
  return { ...decision, nextState: { ...freshState(decision.language), heldTicketId: state.heldTicketId, heldMedia: state.heldMedia } };
}

/** A conversation with nothing told yet. */
function freshState(language: LanguageCode): ConversationState {
  return { language, awaiting: null, description: [], categoryCode: null, location: null, menu: [] };
}
