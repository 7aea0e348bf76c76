import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';

/**
 * Every message the bot sends, for one language. One file per language beside this one (en.ts, zu.ts,
 * ...); a language without a file falls back to English. Keep each message short: citizens read them
 * on small screens, often on prepaid data.
 */
export interface ReplyTemplates {
  /** One line, first reply to a new citizen only. */
  privacyNotice(municipality: string): string;
  /** Answer to a bare greeting: what to send. */
  welcome(municipality: string): string;
  /** A numbered menu of the likeliest categories; the citizen replies with a number or a word. */
  askCategory(options: Array<{ number: number; category: CategoryCode }>): string;
  /** Ask for a location pin or a typed address / landmark. */
  askLocation(): string;
  ticketCreated(trackingNumber: string): string;
  ticketStatus(trackingNumber: string, category: CategoryCode, status: TicketStatus): string;
  ticketNotFound(trackingNumber: string): string;
  /** Short human name of a category, as used in menus and status answers. */
  categoryName(category: CategoryCode): string;
  /** Something failed on our side; the citizen should try again later. Nothing technical. */
  error(): string;
  /**
   * A danger to life: one safety line for the kind of danger, then SAPS 10111, ambulance and fire 10177
   * and 112 from a mobile (and the GBV Command Centre for violence), and that the municipality is not an
   * emergency service. Sent before any other question; under 600 characters.
   */
  emergency(kind: EmergencyKind): string;
  /** The message is not a municipal service report or a status question: what this line can help with. */
  misuse(): string;
  /** Insults or threats: a calm request to keep it respectful so staff can help. No lecture. */
  abuse(): string;
  /** Too many messages in a short time: wait a little; the reports already sent are safe. */
  slowDown(): string;
  /** Thanks for the files just added to a report; `count` is the number of files in this message. */
  mediaAttached(trackingNumber: string, count: number): string;
  /** A photo, voice note or document came without words and no report is in progress: ask what and where. */
  mediaReceivedAskReport(): string;
  /**
   * Sent later, once, when a file could not be downloaded or was refused (type, size): send it again as a
   * photo (JPG/PNG), PDF, voice note or video under 16 MB; the report itself was received.
   */
  mediaResend(): string;
}
