import { Injectable } from '@nestjs/common';
import type { ConversationState } from '../conversations/conversation-state';
import { CATEGORY_CODES } from '../tenancy/default-taxonomy';
import { withoutAddress } from './address-free-text';
import { CategoryClassifier } from './category-classifier';
import { IntakeClassifier } from './intake-classifier';
import { CategoryCode, LanguageCode, Scored } from './intake.types';
import { LocationExtractor, LocationPin } from './location-extractor';

export interface IntakeInput {
  text: string;
  pin: LocationPin;
  state: ConversationState | null;
  preferredLanguage: LanguageCode | null;
  /** Where a photo the citizen sent was taken (EXIF GPS), if known. */
  photoLocation?: { latitude: number; longitude: number } | null;
}

export type IntakeOutcome =
  | { kind: 'greeting'; state: ConversationState }
  | { kind: 'ask'; field: 'category' | 'location'; state: ConversationState }
  | { kind: 'complete'; state: ConversationState & { categoryCode: CategoryCode } };

/** Below this the bot does not guess a category: it asks, with a menu of the likeliest ones. */
export const CATEGORY_CONFIDENCE_THRESHOLD = 0.6;
/**
 * Below this the detected language is a guess ("hello", "ok", a place name): the reply keeps the
 * citizen's earlier language, or English, rather than switching to a language they may not read.
 */
export const LANGUAGE_CONFIDENCE_THRESHOLD = 0.3;

/** The language to answer in: the detected one when it is more than a guess, else the earlier one, else English. */
export function replyLanguage(detected: Scored<LanguageCode> | undefined, prior: LanguageCode | null): LanguageCode {
  return detected && detected.confidence >= LANGUAGE_CONFIDENCE_THRESHOLD ? detected.code : (prior ?? 'en');
}
/** How many categories the clarification menu offers before "other". */
const MENU_SIZE = 4;

const GREETING =
  /^(hi+|hello|hey|good (morning|afternoon|evening|day)|sawubona|sanibonani|molo|molweni|dumela|dumelang|thobela|avuxeni|ndaa|aa|lotjha|hallo|goeie(môre| more|middag|naand)|howzit|hola|heita)[\s!.,]*$/i;

/**
 * Turns the citizen's messages into a report: language, category, location. Asks one short question
 * for whatever is missing; the ticket is made once a category and a location are known.
 */
@Injectable()
export class IntakeFlow {
  constructor(
    private readonly classifier: IntakeClassifier,
    private readonly categories: CategoryClassifier,
    private readonly locations: LocationExtractor,
  ) {}

  async process(input: IntakeInput): Promise<IntakeOutcome> {
    const { text, pin } = input;
    const prior = input.state?.language ?? input.preferredLanguage;
    const analysis = text ? await this.classifier.analyse(text, prior) : null;
    const language = replyLanguage(analysis?.language, prior);
    const state: ConversationState = input.state
      ? { ...input.state, description: [...input.state.description], language }
      : { language, awaiting: null, description: [], categoryCode: null, location: null, menu: [] };

    const pinned = this.locations.fromPin(pin);
    const menuChoice = state.awaiting === 'category' && text ? this.menuChoice(text, state.menu, language) : null;
    let ranked: Scored<CategoryCode>[] = analysis?.categories ?? [];
    if (menuChoice) {
      state.categoryCode = menuChoice;
    } else if (state.awaiting === 'location' && text && !pinned && !this.isConfident(ranked)) {
      // The answer to "where is it?": taken as the address even when no pattern recognises it.
      state.location = analysis?.location ?? { latitude: null, longitude: null, addressText: text, source: 'text' };
    } else if (text && !(GREETING.test(text) && state.description.length === 0)) {
      state.description.push(text);
      if (state.description.length > 1) {
        const described = state.description.map((part) => withoutAddress(part, this.locations.fromText(part, language)));
        ranked = this.categories.rank(described.join('\n'), language);
      }
      if (!state.categoryCode && this.isConfident(ranked)) state.categoryCode = ranked[0].code;
    }

    // A photo's GPS position counts only when the citizen gave no location of their own.
    const photographed = input.photoLocation ? { ...input.photoLocation, addressText: null, source: 'photo' as const } : null;
    state.location = pinned ?? state.location ?? analysis?.location ?? photographed;

    if (!state.categoryCode) {
      if (state.description.length === 0 && !state.location) return { kind: 'greeting', state: { ...state, awaiting: null } };
      return { kind: 'ask', field: 'category', state: { ...state, awaiting: 'category', menu: menuFor(ranked) } };
    }
    if (!state.location) return { kind: 'ask', field: 'location', state: { ...state, awaiting: 'location', menu: [] } };
    return { kind: 'complete', state: { ...state, categoryCode: state.categoryCode, awaiting: null, menu: [] } };
  }

  private isConfident(ranked: Scored<CategoryCode>[]): boolean {
    return ranked.length > 0 && ranked[0].confidence >= CATEGORY_CONFIDENCE_THRESHOLD;
  }

  /** "2", "2.", "option 2", the code ("water"), or a word in any language that points at an offered category. */
  private menuChoice(text: string, menu: CategoryCode[], language: LanguageCode): CategoryCode | null {
    const trimmed = text.trim();
    const number = trimmed.match(/^(?:option\s*|no\.?\s*|#)?(\d{1,2})[.)]?$/i)?.[1];
    if (number) return menu[Number(number) - 1] ?? null;
    const word = trimmed.toLowerCase();
    const exact = CATEGORY_CODES.find((code) => code === word);
    if (exact) return exact;
    if (trimmed.split(/\s+/).length > 4) return null;
    const offered = this.categories.rank(trimmed, language).find((c) => menu.includes(c.code));
    return offered?.code ?? null;
  }
}

/** The likeliest categories first, then "other"; every category when nothing points anywhere. */
function menuFor(ranked: Scored<CategoryCode>[]): CategoryCode[] {
  const likely = ranked.map((c) => c.code).filter((code) => code !== 'other').slice(0, MENU_SIZE);
  return likely.length >= 2 ? [...likely, 'other'] : [...CATEGORY_CODES];
}
