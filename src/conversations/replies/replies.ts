import type { LanguageCode } from '../../intake/intake.types';
import { af } from './af';
import { en } from './en';
import { nso } from './nso';
import type { ReplyTemplates } from './reply-templates';
import { st } from './st';
import { tn } from './tn';
import { xh } from './xh';
import { zu } from './zu';

// Xitsonga, Tshivenda, siSwati and isiNdebele fall back to English until a first-language speaker has
// written and checked their templates: a clumsy reply in the citizen's language is worse than clear English.
const BY_LANGUAGE: Partial<Record<LanguageCode, ReplyTemplates>> = { en, af, zu, xh, st, tn, nso };

/** The templates for a language, falling back to English where none are written yet. */
export function repliesFor(language: LanguageCode | string | null | undefined): ReplyTemplates {
  return BY_LANGUAGE[language as LanguageCode] ?? en;
}
