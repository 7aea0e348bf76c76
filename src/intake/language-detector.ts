import { Injectable } from '@nestjs/common';
import { LANGUAGE_CODES, LanguageCode, Scored } from './intake.types';
import { LEXICON } from './language/lexicon';
import { morphologyEvidence, SWATI_MARKER, XHOSA_TYPE_PLURAL, ZULU_TYPE_MARKER } from './language/morphology';
import { LANGUAGE_COUNT, NgramScorer } from './language/ngram-scorer';
import { stripMarks, tokenize } from './language/text';
import { TrainedLanguageModel } from './language/trained-language-model';
import { TRAINED_LANGUAGE_MODEL } from './language/trained-language-model.data';

// How a message's language is decided (all in natural-log units):
// - every word gets ln P(word | language) from a character n-gram model trained on NCHLT (ten SA
//   languages) and English prose, plus LEXICON_BONUS where it is a greeting/service word of that
//   language (language/lexicon.ts), and a small bonus from its shape (language/morphology.ts: affixes
//   and spellings that separate zu/xh/ss/nr and st/tn/nso, e.g. ndi- vs ngi-, tf/dv, ii-, š, ho vs go);
// - citizens writing an African language or Afrikaans borrow English words ("no water kwa Section K",
//   "pressure iphansi"), so those languages explain each word as their own or, with probability
//   BORROW_EN, as English; English borrows far less (BORROW_INTO_EN), so a few African words in an
//   English sentence still tip it the African way, many English words do not;
// - capitalised words inside the text are mostly place names: they count NAME_WEIGHT;
// - the citizen's language from earlier turns adds PRIOR_BONUS: enough to decide a weak or mixed text,
//   not enough to overrule a clear one.
const LEXICON_BONUS = 2.5;
/** Extra for a word listed for one language only: "molo", "pothole", "thobela" settle a one-word text. */
const UNIQUE_LEXICON_BONUS = 2.5;
/** Divides each word's n-gram log-likelihoods: naive Bayes counts overlapping n-grams as independent. */
const WORD_TEMPERATURE = 4;
const BORROW_EN = 0.3;
/** Afrikaans and English share most n-grams, so a loan must cost more there or English never wins. */
const BORROW_EN_INTO_AF = 0.02;
const BORROW_INTO_EN = 0.02;
const NAME_WEIGHT = 0.3;
/** Scales the word-shape evidence of language/morphology.ts (ties among Nguni and among Sotho-Tswana). */
const MORPHOLOGY_WEIGHT = 1;
/** Taken from siSwati when a message of two or more words has none of its own spellings (SWATI_MARKER). */
const NO_SWATI_SPELLING = 0.8;
/** Given to isiNdebele when one message has both a Zulu-type concord (ngi-, -ami) and a Xhosa-type ii- plural. */
const NDEBELE_MIX = 1.5;
const PRIOR_BONUS = 3;
/** Words a message needs before the trained model may decide its language. */
export const MODEL_MIN_WORDS = 3;
/** Softens the naive-Bayes posterior, which overcounts overlapping n-grams, into a usable confidence. */
const TEMPERATURE = 2.5;
/** Words that say nothing about the language ("ok", "eskom", "rdp"). */
const NEUTRAL = new Set(['ok', 'okay', 'oky', 'k', 'kk', 'eskom', 'sassa', 'rdp', 'ext', 'nr', 'stand', 'erf']);

// Ties go to the languages more people write: ln of a rough share of WhatsApp writers (home-language
// speakers, English boosted as everyone's second language), halved so it only breaks near-ties.
const SPEAKERS: Record<LanguageCode, number> = { en: 12, af: 7, zu: 12, xh: 8, st: 4, tn: 4.5, nso: 5, ts: 2.5, ve: 1.3, ss: 1.3, nr: 1 };
const BASE_RATE = LANGUAGE_CODES.map((code) => 0.5 * Math.log(SPEAKERS[code]));
const EN = LANGUAGE_CODES.indexOf('en');
const SS = LANGUAGE_CODES.indexOf('ss');
const NR = LANGUAGE_CODES.indexOf('nr');
const LN_KEEP = LANGUAGE_CODES.map((code) => Math.log(1 - (code === 'af' ? BORROW_EN_INTO_AF : BORROW_EN)));
const LN_BORROW = LANGUAGE_CODES.map((code) => Math.log(code === 'af' ? BORROW_EN_INTO_AF : BORROW_EN));
const LN_KEEP_EN = Math.log(1 - BORROW_INTO_EN);
const LN_BORROW_INTO_EN = Math.log(BORROW_INTO_EN);

/** word -> bit set of the languages whose lexicon has it (with and without diacritics). */
function buildLexiconIndex(): Map<string, number> {
  const index = new Map<string, number>();
  LANGUAGE_CODES.forEach((code, i) => {
    for (const entry of LEXICON[code]) {
      for (const { word } of tokenize(entry)) {
        for (const form of new Set([word, stripMarks(word)])) index.set(form, (index.get(form) ?? 0) | (1 << i));
      }
    }
  });
  return index;
}

const SCORER = new NgramScorer();
const TRAINED = new TrainedLanguageModel(TRAINED_LANGUAGE_MODEL);
const LEXICON_INDEX = buildLexiconIndex();

function logSumExp(a: number, b: number): number {
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

@Injectable()
export class LanguageDetector {
  private readonly word = new Float64Array(LANGUAGE_COUNT);
  private readonly total = new Float64Array(LANGUAGE_COUNT);

  /**
   * The likeliest language; the citizen's earlier language decides weak or mixed texts, and where the
   * n-gram detector is unsure the trained model (language/trained-language-model.ts) decides.
   */
  detect(text: string, prior?: LanguageCode | null): Scored<LanguageCode> {
    const detected = this.detectWithoutModel(text, prior);
    // The model learnt whole reports without knowing who wrote them: a citizen's earlier language, and
    // a word or two ("no power"), are the detector's to weigh.
    if (prior) return detected;
    return TrainedLanguageModel.combine(detected, () => (tokenize(text).length >= MODEL_MIN_WORDS ? TRAINED.rank(text) : []));
  }

  /** The n-gram, lexicon and word-shape evidence alone. */
  detectWithoutModel(text: string, prior?: LanguageCode | null): Scored<LanguageCode> {
    const { word, total } = this;
    total.fill(0);
    let evidence = 0;
    let swati = false;
    let zuluType = false;
    let xhosaPlural = false;
    for (const token of tokenize(text)) {
      if (NEUTRAL.has(token.word)) continue;
      const at = SCORER.offsetOf(token.word); // where the word's n-gram sums start in SCORER.sums
      const lexicon = LEXICON_INDEX.get(token.word) ?? 0;
      const bonus = LEXICON_BONUS + ((lexicon & (lexicon - 1)) === 0 ? UNIQUE_LEXICON_BONUS : 0);
      const shape = morphologyEvidence(token.word);
      if (!swati && SWATI_MARKER.test(token.word)) swati = true;
      if (!zuluType && ZULU_TYPE_MARKER.test(token.word)) zuluType = true;
      if (!xhosaPlural && XHOSA_TYPE_PLURAL.test(token.word)) xhosaPlural = true;
      for (let i = 0; i < LANGUAGE_COUNT; i++) {
        word[i] = SCORER.sums[at + i] / WORD_TEMPERATURE + (lexicon & (1 << i) ? bonus : 0) + MORPHOLOGY_WEIGHT * shape[i];
      }
      const weight = token.capitalised && !lexicon ? NAME_WEIGHT : 1;
      const english = word[EN];
      // English explains an African word as a loan from "some African language" (the mean over them).
      let best = -Infinity;
      for (let i = 0; i < LANGUAGE_COUNT; i++) if (i !== EN && word[i] > best) best = word[i];
      let sum = 0;
      for (let i = 0; i < LANGUAGE_COUNT; i++) if (i !== EN) sum += Math.exp(word[i] - best);
      const african = best + Math.log(sum / (LANGUAGE_COUNT - 1));
      const top = Math.max(best, english);
      for (let i = 0; i < LANGUAGE_COUNT; i++) {
        const own = i === EN
          ? logSumExp(LN_KEEP_EN + english, LN_BORROW_INTO_EN + african)
          : logSumExp(LN_KEEP[i] + word[i], LN_BORROW[i] + english);
        total[i] += weight * (own - top);
      }
      evidence += weight;
    }
    if (evidence === 0) return { code: prior ?? 'en', confidence: prior ? 0.6 : 0.2 };
    for (let i = 0; i < LANGUAGE_COUNT; i++) total[i] += BASE_RATE[i];
    if (!swati && evidence >= 2) total[SS] -= NO_SWATI_SPELLING;
    if (zuluType && xhosaPlural) total[NR] += NDEBELE_MIX;
    if (prior) total[LANGUAGE_CODES.indexOf(prior)] += PRIOR_BONUS;
    return posterior(total);
  }
}

function posterior(scores: Float64Array): Scored<LanguageCode> {
  let best = 0;
  for (let i = 1; i < LANGUAGE_COUNT; i++) if (scores[i] > scores[best]) best = i;
  let sum = 0;
  for (let i = 0; i < LANGUAGE_COUNT; i++) sum += Math.exp((scores[i] - scores[best]) / TEMPERATURE);
  return { code: LANGUAGE_CODES[best], confidence: Math.min(0.99, 1 / sum) };
}
