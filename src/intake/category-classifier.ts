import { Injectable } from '@nestjs/common';
import { COURTESY, CUES, Cue, LANGUAGE_BOUND, LEXICON, LexiconCategory } from './category/lexicon';
import { CategoryCode, LanguageCode, Scored } from './intake.types';

// Lexicon-driven scoring: phrases first (they consume their words), then word, stem, suffix and infix
// look-ups per token, then a one-edit typo match for longer words. Everything is compiled once, here.

type Hit = { category: LexiconCategory; weight: number; languages?: LanguageCode[] };

/** Lower case, accents stripped, apostrophes dropped, anything else that is not a letter or digit a space. */
export function normaliseForLexicon(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/([a-z])\1{2,}/g, '$1') // "nooo powerrr"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const exact = new Map<string, Hit[]>();
const prefixes = new Map<string, Hit[]>();
const suffixes = new Map<string, Hit[]>();
const infixes = new Map<string, Hit[]>();
/** Words (and stems) of five letters or more, by each of their one-letter deletions, for typos. */
const typoDeletions = new Map<string, TypoTarget[]>();
const typoWords = new Map<string, TypoTarget[]>();
type TypoTarget = { word: string; hit: Hit };
/** Real words one edit away from a keyword. */
const NOT_TYPOS = new Set(['garage', 'walter', 'later', 'mangata', 'reader', 'leader', 'meter', 'metre', 'waiter', 'bowl']);
/** Typos are forgiven in English and Afrikaans; in the agglutinating languages an edit makes a different word. */
const TYPO_LANGUAGES: ReadonlySet<LanguageCode> = new Set<LanguageCode>(['en', 'af']);
/** A phrase is a few words (the last may be a stem) with optional gaps of up to two words. */
type PhrasePart = { word: string; stem: boolean } | typeof GAP;
type Phrase = { parts: PhrasePart[]; hit: Hit; size: number };
const GAP = 'gap' as const;
const MAX_GAP = 2;
/** Phrases by their first word, or by the stem their first word starts with. */
const phrasesByWord = new Map<string, Phrase[]>();
const phrasesByPrefix = new Map<string, Phrase[]>();

function add<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function addTypoTarget(word: string, hit: Hit): void {
  if (word.length < 5 || hit.weight < 3) return;
  const target = { word, hit };
  add(typoWords, word, target);
  for (let i = 1; i < word.length; i++) add(typoDeletions, word.slice(0, i) + word.slice(i + 1), target);
}

function compileTerm(raw: string, hit: Hit): void {
  const pieces = raw.split(' ');
  const single = pieces.length === 1 && !raw.slice(1, -1).includes('-');
  if (single) {
    const starts = raw.startsWith('-');
    const ends = raw.endsWith('-');
    const core = normaliseForLexicon(raw);
    if (starts && ends) add(infixes, core, hit);
    else if (starts) add(suffixes, core, hit);
    else if (ends) {
      add(prefixes, core, hit);
      if (!hit.languages) addTypoTarget(core, hit);
    } else {
      add(exact, core, hit);
      if (!hit.languages) addTypoTarget(core, hit);
    }
    return;
  }
  const parts: PhrasePart[] = [];
  for (const piece of pieces) {
    if (piece === '~') {
      parts.push(GAP);
      continue;
    }
    const words = normaliseForLexicon(piece).split(' ');
    words.forEach((word, i) => parts.push({ word, stem: i === words.length - 1 && piece.endsWith('-') }));
  }
  // More literal words first, then no gaps, then length: "metsi a leswe" before "metsi a ~ tswa".
  const words = parts.filter((part) => part !== GAP).length;
  const phrase: Phrase = { parts, hit, size: words * 100 + (parts.includes(GAP) ? 0 : 50) + raw.length };
  const first = parts[0] as { word: string; stem: boolean };
  add(first.stem ? phrasesByPrefix : phrasesByWord, first.word, phrase);
}

for (const [category, byWeight] of Object.entries(LEXICON) as [LexiconCategory, Record<string, string[]>][]) {
  for (const [weight, terms] of Object.entries(byWeight)) {
    for (const term of terms) compileTerm(term, { category, weight: Number(weight) });
  }
}
for (const { category, weight, languages, term } of LANGUAGE_BOUND) compileTerm(term, { category, weight, languages });

// Longer phrases first, so that at one position "water meter leaking" beats "water meter".
for (const list of [...phrasesByWord.values(), ...phrasesByPrefix.values()]) list.sort((a, b) => b.size - a.size);
const COURTESY_PATTERN = new RegExp(`(?:^| )(?:${COURTESY.map(normaliseForLexicon).join('|')})(?= |$)`);
const MONEY = /(?:^| )r ?\d{2,}(?= |$)/;
const lengths = (map: Map<string, unknown[]>) => [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => b - a);
const PREFIX_LENGTHS = lengths(prefixes);
const SUFFIX_LENGTHS = lengths(suffixes);
const INFIX_LENGTHS = lengths(infixes);
const PHRASE_PREFIX_LENGTHS = lengths(phrasesByPrefix);

// Co-occurrence cues, compiled like single lexicon words.
const cueExact = new Map<string, Cue[]>();
const cuePrefixes = new Map<string, Cue[]>();
const cueSuffixes = new Map<string, Cue[]>();
const cueInfixes = new Map<string, Cue[]>();
for (const [cue, terms] of Object.entries(CUES) as [Cue, string[]][]) {
  for (const raw of terms) {
    const core = normaliseForLexicon(raw);
    const starts = raw.startsWith('-');
    const ends = raw.endsWith('-');
    add(starts && ends ? cueInfixes : starts ? cueSuffixes : ends ? cuePrefixes : cueExact, core, cue);
  }
}
const CUE_PREFIX_LENGTHS = lengths(cuePrefixes);
const CUE_SUFFIX_LENGTHS = lengths(cueSuffixes);
const CUE_INFIX_LENGTHS = lengths(cueInfixes);

/** The cues named anywhere in the tokens. */
function cuesOf(tokens: string[]): Set<Cue> {
  const found = new Set<Cue>();
  const take = (list: Cue[] | undefined) => list?.forEach((c) => found.add(c));
  for (const token of tokens) {
    take(cueExact.get(token));
    for (const n of CUE_PREFIX_LENGTHS) if (n <= token.length) take(cuePrefixes.get(token.slice(0, n)));
    for (const n of CUE_SUFFIX_LENGTHS) if (n <= token.length) take(cueSuffixes.get(token.slice(token.length - n)));
    for (const n of CUE_INFIX_LENGTHS) {
      for (let i = 0; i + n <= token.length; i++) take(cueInfixes.get(token.slice(i, i + n)));
    }
  }
  return found;
}

const SERVICE_CATEGORIES: Exclude<CategoryCode, 'other'>[] = [
  'streetlights',
  'sanitation',
  'billing',
  'roads',
  'waste',
  'parks',
  'water',
  'electricity',
];
/** Ties go to the more specific category: a street light before electricity, sewage before water. */
const TIE_ORDER: CategoryCode[] = [...SERVICE_CATEGORIES, 'other'];

/** Billing words make the service named beside them the thing billed: "billed twice for refuse removal". */
const BILLED_SERVICES: CategoryCode[] = ['water', 'electricity', 'waste', 'sanitation'];

/** The index after the tokens that match parts[p..] from tokens[t], or -1; gaps take as few words as they can. */
function matchParts(parts: PhrasePart[], p: number, tokens: string[], t: number): number {
  if (p === parts.length) return t;
  const part = parts[p];
  if (part === GAP) {
    for (let skip = 0; skip <= MAX_GAP && t + skip <= tokens.length; skip++) {
      const end = matchParts(parts, p + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (token === undefined || !(part.stem ? token.startsWith(part.word) : token === part.word)) return -1;
  return matchParts(parts, p + 1, tokens, t + 1);
}

@Injectable()
export class CategoryClassifier {
  /** Categories with evidence, likeliest first; empty when nothing points anywhere. */
  rank(text: string, language?: LanguageCode): Scored<CategoryCode>[] {
    const scores = this.score(text, language);
    const cues = cuesOf(normaliseForLexicon(text).split(' '));
    this.disambiguate(cues, scores);
    const service = Math.max(0, ...SERVICE_CATEGORIES.map((c) => scores.get(c) ?? 0));
    const other = scores.get('other');
    // A voting or ID question that also names a service problem is about the problem.
    if (other !== undefined && service >= 3) scores.set('other', other * 0.5);
    if ((scores.get('billing') ?? 0) >= 4) for (const c of BILLED_SERVICES) if (scores.has(c)) scores.set(c, scores.get(c)! * 0.5);
    // Beside sewage, pipes and leaks are the sewer's ("ipayipi lendle liqhumile"); low pressure is not
    // ("the pressure is too low to flush the toilet").
    if ((scores.get('sanitation') ?? 0) >= 4 && scores.has('water') && !cues.has('pressure')) scores.set('water', scores.get('water')! * 0.5);
    // Beside a street light, "lights" and "power" are the lamp's; a decisive outage ("krag is af") stays electricity.
    if ((scores.get('streetlights') ?? 0) >= 4 && scores.has('electricity') && scores.get('electricity')! < 5) {
      scores.set('electricity', scores.get('electricity')! * 0.5);
    }

    const entries = [...scores.entries()].filter(([, s]) => s > 0);
    if (entries.length === 0) {
      return COURTESY_PATTERN.test(normaliseForLexicon(text)) ? [{ code: 'other', confidence: 0.3 }] : [];
    }
    const ranked = entries.map(([code, s]) => {
      const rival = Math.max(0, ...entries.filter(([c]) => c !== code).map(([, r]) => r));
      const strength = 1 - Math.exp(-s / 2.5);
      const margin = Math.min(1, Math.max(0.05, 0.5 + (0.5 * (s - rival)) / s));
      return { code, confidence: Math.round(strength * margin * 1000) / 1000, score: s };
    });
    ranked.sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.code) - TIE_ORDER.indexOf(b.code));
    return ranked.map(({ code, confidence }) => ({ code, confidence }));
  }

  /** Where two categories collide, the words named together decide (see CUES in the lexicon). */
  private disambiguate(cues: Set<Cue>, scores: Map<CategoryCode, number>): void {
    if (cues.size < 2) return;
    const get = (c: CategoryCode) => scores.get(c) ?? 0;
    const halve = (c: CategoryCode) => {
      if (scores.has(c)) scores.set(c, get(c) * 0.5);
    };
    const top = () => Math.max(0, ...SERVICE_CATEGORIES.map(get));
    // "Thank you for fixing the pipe so quickly": praise for a repair names a service but reports no fault.
    if (cues.has('thanks') && cues.has('fixed') && !cues.has('request')) {
      scores.set('other', Math.max(get('other'), top()) + 2);
      for (const c of SERVICE_CATEGORIES) halve(c);
    }
    // An animal lying dead is for refuse removal, wherever it lies ("a dead dog in the road", "ntša e e suleng");
    // live cattle or goats wandering in the road are stray animals (other), not a road fault.
    if (cues.has('animal') && cues.has('dead')) {
      scores.set('waste', Math.max(get('waste'), top()) + 2);
      halve('other');
      halve('roads');
    } else if (cues.has('animal') && cues.has('street') && get('roads') > 0 && get('roads') < 5) {
      scores.set('other', Math.max(get('other'), get('roads')) + 1);
      halve('roads');
    }
    // Dirty or smelly tap water is water quality, not refuse ("meetse a na le ditšhila", "mati ya thyaka").
    if (cues.has('water') && cues.has('dirt') && !cues.has('refuse') && !cues.has('sewer') && get('water') > 0) {
      scores.set('water', get('water') + 2);
      halve('waste');
    }
    // A cable lying on the pavement or across the road is the electricity department's.
    if (cues.has('cable') && cues.has('street') && get('electricity') > 0) {
      scores.set('electricity', get('electricity') + 2);
      halve('roads');
    }
    // "The whole street is dark" after a transformer blew is an outage, not the street lights.
    const outage = cues.has('whole') && get('electricity') > 0;
    if (outage && cues.has('dark')) scores.set('electricity', get('electricity') + 2);
    if (cues.has('street') && get('electricity') < 5) {
      // A decisive outage ("no power in our street") stays electricity.
      if (cues.has('light')) {
        scores.set('streetlights', get('streetlights') + 4);
        halve('roads');
      } else if (cues.has('dark') && !outage) {
        scores.set('streetlights', get('streetlights') + 3);
        halve('roads');
      }
    }
    if (cues.has('flood') && cues.has('street') && !cues.has('pipe') && get('water') > 0) {
      scores.set('roads', get('roads') + 3);
      halve('water');
    }
    // "When is load-shedding tomorrow?" asks about the schedule (other); "no power, not load-shedding" is a fault.
    if (cues.has('loadshedding') && cues.has('when') && !cues.has('notIt')) {
      scores.set('other', Math.max(get('other'), get('electricity')) + 3);
      if (scores.has('electricity')) scores.set('electricity', get('electricity') * 0.3);
    }
    if (cues.has('meter')) {
      if (cues.has('leak')) {
        scores.set('water', get('water') + 2);
        halve('billing');
      } else if (cues.has('reading')) {
        scores.set('billing', get('billing') + 3);
        halve('water');
        halve('electricity');
      }
    }
  }

  /** The likeliest category, "other" for a clearly non-service matter, or null when nothing points anywhere. */
  classify(text: string, language?: LanguageCode): Scored<CategoryCode> | null {
    return this.rank(text, language)[0] ?? null;
  }

  private score(text: string, language?: LanguageCode): Map<CategoryCode, number> {
    const scores = new Map<CategoryCode, number>();
    const credit = (hits: Hit[] | undefined, best: Map<CategoryCode, number>, factor = 1) => {
      if (!hits) return;
      for (const hit of hits) {
        const weight = hit.weight * factor * (hit.languages ? (language && hit.languages.includes(language) ? 1 : language ? 0.2 : 0.5) : 1);
        if (weight > (best.get(hit.category) ?? 0)) best.set(hit.category, weight);
      }
    };
    const addAll = (best: Map<CategoryCode, number>) => {
      for (const [category, weight] of best) scores.set(category, (scores.get(category) ?? 0) + weight);
    };

    const normalised = normaliseForLexicon(text);
    if (!normalised) return scores;
    const typos = !language || TYPO_LANGUAGES.has(language);
    if (MONEY.test(normalised)) scores.set('billing', 2);

    const tokens = normalised.split(' ');
    const consumed = new Array<boolean>(tokens.length).fill(false);
    for (let i = 0; i < tokens.length; i++) {
      const matched = this.phraseAt(tokens, i);
      if (!matched) continue;
      const best = new Map<CategoryCode, number>();
      credit([matched.hit], best);
      addAll(best);
      consumed.fill(true, i, matched.end);
      i = matched.end - 1;
    }

    const seen = new Set<string>();
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (consumed[t] || seen.has(token)) continue;
      seen.add(token);
      const best = new Map<CategoryCode, number>();
      credit(exact.get(token), best);
      for (const n of PREFIX_LENGTHS) if (n <= token.length) credit(prefixes.get(token.slice(0, n)), best);
      for (const n of SUFFIX_LENGTHS) if (n <= token.length) credit(suffixes.get(token.slice(token.length - n)), best);
      for (const n of INFIX_LENGTHS) {
        for (let i = 0; i + n <= token.length; i++) credit(infixes.get(token.slice(i, i + n)), best);
      }
      if (best.size === 0 && typos && token.length >= 4 && !/\d/.test(token) && !NOT_TYPOS.has(token)) {
        this.typo(token, (hits) => credit(hits, best, 0.75));
      }
      addAll(best);
    }
    return scores;
  }

  /** The longest phrase starting at token i, and the index just after it. */
  private phraseAt(tokens: string[], i: number): { hit: Hit; end: number } | null {
    const token = tokens[i];
    let best: { hit: Hit; end: number; size: number } | null = null;
    const consider = (phrases: Phrase[] | undefined) => {
      if (!phrases) return;
      for (const phrase of phrases) {
        if (best && best.size >= phrase.size) return;
        const end = matchParts(phrase.parts, 0, tokens, i);
        if (end > 0) best = { hit: phrase.hit, end, size: phrase.size };
      }
    };
    consider(phrasesByWord.get(token));
    for (const n of PHRASE_PREFIX_LENGTHS) if (n <= token.length) consider(phrasesByPrefix.get(token.slice(0, n)));
    return best;
  }

  /**
   * One edit away from a strong keyword with the same first letter: a letter missing ("watr"), extra
   * ("pothhole") or, in long words, wrong ("electrisity").
   */
  private typo(token: string, credit: (hits: Hit[]) => void): void {
    const sameStart = (targets: TypoTarget[] | undefined) => targets?.filter((t) => t.word[0] === token[0]).map((t) => t.hit) ?? [];
    const missing = sameStart(typoDeletions.get(token));
    if (missing.length) return credit(missing);
    if (token.length < 5) return;
    for (let i = 1; i < token.length; i++) {
      const deleted = token.slice(0, i) + token.slice(i + 1);
      const extra = sameStart(typoWords.get(deleted));
      if (extra.length) return credit(extra);
      if (token.length >= 8) {
        const wrong = sameStart(typoDeletions.get(deleted));
        if (wrong.length) return credit(wrong);
      }
    }
  }
}
