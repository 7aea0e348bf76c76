import type { CategoryCode, ExtractedLocation, LanguageCode } from '../intake/intake.types';

/** A report being put together over several messages, kept in the cache for 24 hours. */
export interface ConversationState {
  language: LanguageCode;
  /** What the last reply asked for. */
  awaiting: 'category' | 'location' | null;
  /** The citizen's own words so far; becomes the ticket description. */
  description: string[];
  categoryCode: CategoryCode | null;
  location: ExtractedLocation | null;
  /** The categories the numbered menu offered, in order. */
  menu: CategoryCode[];
  /**
   * Files sent before the ticket exists are held under this id, reserved for the ticket the conversation
   * will create (their storage keys already name it).
   */
  heldTicketId?: string;
  /** How many files are held. */
  heldMedia?: number;
}
