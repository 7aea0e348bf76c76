import { LANGUAGE_CODES, LanguageCode } from '../intake.types';

// Word-shape evidence for the closely related languages the character model confuses: the Nguni
// group (isiZulu, isiXhosa, siSwati, isiNdebele) and the Sotho-Tswana group (Sesotho, Setswana,
// Sepedi). Each rule is a regular sound correspondence, a spelling convention or a grammatical
// affix that separates these languages in general, not a word list taken from any test set:
//   siSwati writes t/tf/dv where Zulu has z/f/v (emanti ~ amanzi, tintfo ~ izinto);
//   isiXhosa has ndi- for "I" where the others have ngi-, the locative kwi-, possessives -am, and
//   demonstratives without l- (eli, ezi ~ Zulu leli, lezi);
//   isiNdebele and isiXhosa write class 8/10 nouns with ii- (iindlela ~ Zulu izindlela), and
//   isiNdebele ends relatives in -ko (elaphukileko ~ Xhosa eyaphukileyo, Zulu ephukile);
//   Sesotho has h where Setswana and Sepedi have g (ho ~ go, senyehile ~ senyegile), Sepedi writes
//   š and bj, Setswana tlh where the others have hl, and Sepedi ends relatives in -go (tlago ~ tlang).
// Weights are in the detector's natural-log units and small (a lexicon word earns 2.5..5): they break
// ties among neighbours and do not overrule the character model on a clear text.

interface Rule {
  /** Why the rule holds; documentation only. */
  why: string;
  test: RegExp;
  /** Shortest word the rule applies to (short words are too ambiguous). */
  minLength?: number;
  weights: Partial<Record<LanguageCode, number>>;
}

const RULES: readonly Rule[] = [
  // ---------------------------------------------------------------- Nguni
  { why: 'xh 1sg concord ndi- (zu/ss/nr ngi-): ndicela, ndiyabona, andazi is covered by the lexicon', test: /^(?:a|se|be|u|o)?ndi/, minLength: 5, weights: { xh: 1.5 } },
  { why: 'zu/ss/nr 1sg concord ngi- (xh ndi-): ngicela, angazi, sengifuna', test: /^(?:a|se|be|u|o)?ngi/, minLength: 5, weights: { zu: 0.7, ss: 0.7, nr: 0.7 } },
  { why: 'xh locative kwi- (zu/nr e-/ku-): kwisitalato, kwindawo', test: /^kwi[bcdfghjklmnpqrstvwxyz]/, minLength: 6, weights: { xh: 1.5 } },
  { why: 'xh 1sg possessive -am (others -ami): yam, wam, kwam, lam', test: /^(?:w|y|l|s|z|b|kw|lw|ly|zw)am$/, weights: { xh: 2 } },
  { why: 'zu/ss/nr 1sg possessive -ami: yami, wami, kwami', test: /^(?:w|y|l|s|z|b|kw|lw|ly|zw)ami$/, weights: { zu: 0.8, ss: 0.8, nr: 0.8 } },
  { why: 'xh demonstratives have no l- (zu/nr/ss leli, lezi, lesi, lokhu, lapho)', test: /^(?:eli|ezi|esi|olu|oku|oko|ezo|eso|elo|apho|apha|aba)$/, weights: { xh: 1.5 } },
  { why: 'zu/nr/ss demonstratives with l-', test: /^(?:leli|lezi|lesi|lolu|lokhu|lokho|lezo|leso|lelo|lapho|lapha|laba)$/, weights: { zu: 0.8, nr: 0.8, ss: 0.5 } },
  { why: 'xh/nr class 8/10 prefix ii- (zu izi-/izin-, ss ti-/tin-): iindlela, iimoto, eenkhabeni', test: /^(?:[ek]w?)?ii[bcdfghjklmnpqrstvwxyz]/, weights: { xh: 1.5, nr: 1.5 } },
  { why: 'zu class 10 izin-/izim- before a consonant (xh mostly iin-, nr iin-, ss tin-): izinsuku, ezindlini', test: /^[ie]zi[nm][bcdfghjklpqrstvwxyz]/, weights: { zu: 1, xh: 0.3 } },
  { why: 'ss tf/dv where Zulu has f/v (tfola, bantfu, kudvuna, kodvwa)', test: /tf|dv/, weights: { ss: 2 } },
  { why: 'dz: siSwati (endzaweni, kudzala; Zulu z), Tsonga and Venda, never zu/xh/nr', test: /dz/, weights: { ss: 0.8, ts: 0.8, ve: 0.8 } },
  { why: 'ss class 8/10 ti-/tin- and their concords (tibane, tintsambo, atisebenti; zu izi-, azi-)', test: /^(?:[aeo]|le|te|ne)?ti(?:n|m)?[bcdfghjklmnpqsvwyz]/, minLength: 5, weights: { ss: 1 } },
  { why: 'ss -nt- where Zulu has -nz- (emanti, sebenta, akusebenti)', test: /[ae]nt[ai]$|^sebent/, minLength: 5, weights: { ss: 1.5 } },
  { why: 'ss ts where Zulu has th/z (kutsi, futsi, tsine, itolo); xh phantsi excluded', test: /(?:^|[^n])tsi/, weights: { ss: 0.7 } },
  { why: 'zu/xh/nr -nz- (amanzi, sebenza) which siSwati writes -nt-', test: /(?:^|[^d])nz/, weights: { zu: 0.5, xh: 0.5, nr: 0.5 } },
  { why: 'xh/ss -nts- (iintsuku, phantsi; zu/nr izinsuku, phansi)', test: /nts/, weights: { xh: 0.7, ss: 0.5 } },
  { why: 'xh perfect relatives keep -yo (eyaphukileyo; zu ephukile, nr elaphukileko)', test: /(?:ile|we|elwe|iwe)yo$/, minLength: 6, weights: { xh: 2 } },
  { why: 'nr relative suffix -ko (elaphukileko, ezisebenzako; zu/xh -yo or none, xh ngoko excluded)', test: /[aeiu]ko$/, minLength: 6, weights: { nr: 1.2 } },
  { why: 'xh ukususela "since" (zu/nr kusukela, ss kusukela)', test: /susel/, weights: { xh: 1.5 } },
  { why: 'xh umntu/abantwana without the u of zu/nr umuntu', test: /^[uaie]?m?ntu$|^umntwana$/, minLength: 4, weights: { xh: 0.8 } },
  { why: 'xh ngx click cluster (ingxaki, ngxamile), rare in Zulu', test: /ngx/, weights: { xh: 1 } },
  { why: 'nr kgh (kghona), Sotho-influenced spelling absent from zu/xh/ss', test: /kgh/, weights: { nr: 2 } },
  { why: 'nr (and Sesotho) tjh (lotjha, itjhila, tjhelete)', test: /tjh/, weights: { nr: 1, st: 0.8 } },
  { why: 'nr/xh rh (ngokurhaba, rhoqo), absent from zu/ss', test: /rh/, weights: { nr: 0.7, xh: 0.7 } },
  { why: 'nr -bawa "ask" (ngibawa, sibawa; zu cela)', test: /^(?:ngi|si|ni|u|ba|ku|uku)?bawa$/, weights: { nr: 1.5 } },
  { why: 'nr/ss/ts gezi "electricity" (igezi, agezi; zu ugesi, xh umbane)', test: /^(?:i|u|a|li|yi|nge|e|le|ye|se|(?:a?ku)?na)?-?gezi(?:ni)?$/, weights: { nr: 1, ss: 0.8, ts: 0.5 } },
  { why: 'nr isitarada "street" with d (esitaradeni; zu isitaladi, xh isitrato)', test: /sitarad/, weights: { nr: 1.2 } },
  { why: 'nr khulu "very" as a word (kunuka khulu; zu/xh/ss kakhulu)', test: /^khulu$/, weights: { nr: 1.2 } },
  { why: 'nr -oke "all" (ebusuku boke, yoke indawo; zu/xh bonke, yonke, ss bonkhe, yonkhe)', test: /^(?:b|y|z|k|l|s|w)oke$/, weights: { nr: 1.2 } },
  { why: 'nr short copulative negatives akusi/ayisi/alisi (akusi yi-loadshedding; zu akusiyo, xh asiyo)', test: /^a(?:ku|yi|li|zi|wu|bu)si$/, weights: { nr: 1.2 } },
  { why: 'nr kh in -khamba "go" (ukhambile; zu/xh/ss hamba)', test: /khamb/, weights: { nr: 1.2 } },
  { why: 'nr ku- adverbs kumbi "badly", kuhle "well" (zu/ss kabi, kahle; xh kakubi, kakuhle)', test: /^ku(?:mbi|hle)$/, weights: { nr: 0.8 } },
  { why: 'xh/nr -fumana "find, get" (zu/ss thola, tfola): angikayifumani, ndiyifumene', test: /fum[ae]n/, weights: { xh: 0.7, nr: 0.7 } },
  { why: 'xh/nr uMvulo "Monday" (zu/ss uMsombuluko)', test: /mvulo$/, weights: { xh: 0.8, nr: 0.8 } },
  { why: 'zu/ss uMsombuluko "Monday" (xh/nr uMvulo)', test: /msombuluko$/, weights: { zu: 0.8, ss: 0.8 } },
  { why: 'ss t for Zulu z in short verbs: nite, kute, ngisite, nisiteni (zu nize, kuze, ngisize); English site excluded', test: /^(?!site$)(?:ni|ngi|ku|ba|si|li)(?:si)?te(?:ni)?$/, weights: { ss: 1.2 } },
  { why: 'ss possessive before augmentless gesi (imitha yagesi, lucingo lwagesi; zu yogesi, kagesi)', test: /^(?:y|l|lw|w|s|t|b|z)agesi$/, weights: { ss: 1 } },

  // ---------------------------------------------------------------- Sotho-Tswana
  { why: 'nso š on its own (še, šoma, eupša, mpša), which Setswana does not write', test: /(?:^|[^t])š/, weights: { nso: 2 } },
  { why: 'tš: mostly Sepedi (tšwa, ditšhila), also Setswana (ntša, setšhaba)', test: /tš/, weights: { nso: 1.4, tn: 0.6 } },
  { why: 'nso bj (bjale, bjang, bjalo; tn jaana, st jwale)', test: /bj/, weights: { nso: 1.5 } },
  { why: 'tn tlh where st/nso have hl (tlhoka ~ hloka, tlhokomela)', test: /tlh/, weights: { tn: 1.2 } },
  { why: 'hl not after t: Sesotho/Sepedi (hloka, hle) and Nguni, never Setswana (tlhoka)', test: /(?:^|[^t])hl/, weights: { st: 0.8, nso: 0.8, zu: 0.8, xh: 0.8, ss: 0.8, nr: 0.8, ts: 0.8 } },
  { why: 'st h between vowels where tn/nso have g (leboha ~ leboga, senyehile ~ senyegile, haholo; not word-initial: Nguni uhambo)', test: /.[aeiou]h[aeiou]/, weights: { st: 1.2, ve: 1, ts: 0.8, zu: 0.5, ss: 0.5, xh: 0.2 } },
  { why: 'nso relative suffix -go (tlago, thubegilego; tn/st tlang, thubegileng)', test: /[aeiou]go$/, minLength: 5, weights: { nso: 1 } },
  { why: 'tn/st perfect relatives in -ng (e e suleng, e senyegileng; nso -go: e hwilego, e senyegilego)', test: /(?<!mm)(?:il|ul|ets|its)eng$/, minLength: 5, weights: { tn: 0.5, st: 0.5 } },
  { why: 'nso kgopela "ask" (tn/st kopa), sepela "go" (tn tsamaya), šoma/šome "work" (tn bereka, st sebetsa)', test: /^(?:re |ke )?(?:kgopel|sepel|šom|som[ae]$)/, weights: { nso: 1 } },
  { why: 'nso šoma "work" typed without š, with its noun prefixes (mošomi, mošomo, bašomi; tn modiri, tiro)', test: /^(?:mo|ba|di)(?:šom|som)[aeio](?:ng)?$/, weights: { nso: 1 } },
  { why: 'st h- function words (ho, ha, hore, hape, hobane, hona, hae)', test: /^h[ao](?:re|pe|bane|na|e|holo)?$/, weights: { st: 0.6 } },
  { why: 'tn/nso g- function words (go, ga, gore, gape, gobane, gonne, gona, gae)', test: /^g[ao](?:re|pe|bane|nne|na|e)?$/, weights: { tn: 0.4, nso: 0.4 } },
  { why: 'nso ge "when/if" (tn fa, st ha)', test: /^ge$/, weights: { nso: 1 } },
  { why: 'nso class 9 demonstrative ye (beke ye; tn e/eno, st ena)', test: /^ye$/, weights: { nso: 0.6 } },
];

/**
 * isiNdebele shares the 1sg concord ngi-, possessives -ami and l- demonstratives with isiZulu and the
 * class 8/10 prefix ii- with isiXhosa; a message with both kinds is isiNdebele (angikayifumani ... iinyanga).
 */
export const ZULU_TYPE_MARKER = /^(?:a|se|be|u|o)?ngi..|^(?:w|y|l|s|z|b|kw|lw|ly|zw)ami$|^(?:leli|lezi|lesi|lolu|lokhu|lokho|lezo|leso|lelo|lapho|lapha|laba)$/;
export const XHOSA_TYPE_PLURAL = /^(?:[ek]w?)?ii[bcdfghjklmnpqrstvwxyz]/;

/**
 * siSwati writes most Nguni words differently from Zulu (t/tf/dv/dz, ti-, -nt-), so a message of several
 * words without any of those spellings is unlikely to be siSwati even when each word is shared.
 */
export const SWATI_MARKER = /tf|dv|dz|^(?!site$)(?:ni|ngi|ku|ba|si|li)(?:si)?te(?:ni)?$|^(?:y|l|lw|w|s|t|b|z)agesi$|^(?:[aeo]|le|te|ne)?ti(?:n|m)?[bcdfghjklmnpqsvwyz]|[ae]nt[ai]$|^sebent|(?:^|[^n])tsi/;

const COMPILED = RULES.map((rule) => ({
  test: rule.test,
  minLength: rule.minLength ?? 0,
  weights: Float64Array.from(LANGUAGE_CODES, (code) => rule.weights[code] ?? 0),
}));

const CACHE_LIMIT = 20_000;
const EMPTY = new Float64Array(LANGUAGE_CODES.length);
const cache = new Map<string, Float64Array>();

/**
 * Per-language log-bonus of a lower-case word from its shape (LANGUAGE_CODES order); shared zero
 * array when no rule matches. Do not modify the result.
 */
export function morphologyEvidence(word: string): Float64Array {
  let found = cache.get(word);
  if (found) return found;
  found = EMPTY;
  for (const rule of COMPILED) {
    if (word.length < rule.minLength || !rule.test.test(word)) continue;
    if (found === EMPTY) found = new Float64Array(LANGUAGE_CODES.length);
    for (let i = 0; i < found.length; i++) found[i] += rule.weights[i];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, found);
  return found;
}
