import { Injectable } from '@nestjs/common';
import { ExtractedLocation, LanguageCode, LocationParts } from './intake.types';

export interface LocationPin {
  latitude?: string;
  longitude?: string;
  address?: string;
  label?: string;
}

// Everything is compiled once, here. Patterns run on the text as written so that addressText is the
// citizen's own words; each recognised piece is a span, overlapping spans keep the more specific one.

const L = '\\p{L}';
const WORD = `[${L}][${L}'’-]*`;
const STREET_TYPES =
  'street|str|st|road|rd|avenue|ave|av|drive|dr|lane|ln|crescent|cres|close|cl|way|boulevard|blvd|place|pl|highway|hwy|circle|square|terrace|grove|straat|weg|laan|rylaan|singel|steeg|seterata|seterete|xitarata';
// Case-insensitive without the i flag, so that capitals can still tell names from words.
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
const STREET_TYPE = `(?:${anyCase(STREET_TYPES)})(?![${L}])\\.?`;
// A street type with no name before it ("The street light is broken") names no street.
const BARE_STREET_TYPE = new RegExp(`^${STREET_TYPE}$`, 'u');
const AF_STREET = `[${L}]{2,}(?:straat|weg|laan|rylaan|singel|steeg)`;
const NUMBER = '\\d{1,5}[a-zA-Z]?(?![\\d])';
const NOT_LETTER = `(?<![${L}\\d])`;
const END = `(?![${L}\\d])`;

/** Words that cannot start or sit inside a street's name even when capitalised. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'of', 'for', 'to', 'and', 'or', 'since', 'from', 'no', 'not', 'die', 'en', 'van']);

/** Words that never name a street, place or landmark on their own. */
const STOPWORDS = new Set(
  (
    'the a an our my this that your their his her its no not is are was were be been has have had and or but for from since to of on in at by ' +
    'with without it there here all every whole some any please help urgent hi hello sir madam mam today yesterday tomorrow now again still ' +
    'morning afternoon evening night week weeks day days month months year years hour hours time ages long ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december feb mar apr jun jul aug sep sept oct nov dec ' +
    'maandag dinsdag woensdag donderdag vrydag saterdag sondag januarie februarie maart mei junie julie augustus oktober desember ' +
    'die ons my hierdie daardie geen nie is was het en of maar vir van sedert vandag gister more oggend aand nag week weke dag dae maand ' +
    'umsombuluko ulwesibili ulwesithathu ulwesine ulwesihlanu umgqibelo isonto ngomsombuluko ngolwesibili ngomgqibelo ngesonto izolo ' +
    'namhlanje kusasa ekuseni ntambama ebusuku mantaha labobedi laboraro labone labohlano moqebelo sontaga maabane kajeno gompieno ' +
    'maabane bosigo mosong ' +
    'eskom municipality municipal council councillor mayor ward section extension ext zone block phase stand erf water power electricity'
  ).split(' '),
);

/** Places a citizen may name in lower case; capitalised names are found by their position anyway. */
const KNOWN_PLACES = [
  'soweto', 'orlando(?: (?:east|west))?', 'diepkloof', 'meadowlands', 'dobsonville', 'protea (?:glen|north|south)', 'jabulani', 'zola',
  'naledi', 'tembisa', 'thembisa', 'alexandra', 'alex', 'mamelodi(?: (?:east|west))?', 'soshanguve', 'atteridgeville', 'olievenhoutbosch',
  'khayelitsha', 'gugulethu', 'guguletu', 'langa', 'nyanga', 'philippi', 'mitchells plain', 'delft', 'mfuleni', 'dunoon', 'manenberg',
  'hanover park', 'elsies river', 'bonteheuwel', 'athlone', 'atlantis', 'wallacedene', 'bloekombos', 'kraaifontein', 'bellville',
  'umlazi', 'kwamashu', 'kwa mashu', 'inanda', 'ntuzuma', 'chatsworth', 'phoenix', 'pinetown', 'clermont', 'kwadabeka', 'lamontville',
  'mdantsane', 'motherwell', 'kwazakhele', 'new brighton', 'zwide', 'katlehong', 'thokoza', 'tokoza', 'vosloorus', 'daveyton', 'etwatwa',
  'tsakane', 'kwathema', 'duduza', 'sebokeng', 'evaton', 'sharpeville', 'boipatong', 'bophelong', 'orange farm', 'diepsloot', 'ivory park',
  'rabie ridge', 'mabopane', 'ga-?rankuwa', 'winterveld', 'hammanskraal', 'ekangala', 'kwamhlanga', 'siyabuswa', 'seshego', 'mankweng',
  'polokwane', 'thohoyandou', 'giyani', 'tzaneen', 'bushbuckridge', 'mbombela', 'nelspruit', 'kanyamazane', 'emalahleni', 'witbank',
  'mahikeng', 'mafikeng', 'rustenburg', 'klerksdorp', 'jouberton', 'potchefstroom', 'ikageng', 'botshabelo', 'thaba nchu', 'mangaung',
  'bloemfontein', 'welkom', 'thabong', 'kimberley', 'galeshewe', 'mthatha', 'gqeberha', 'kariega', 'uitenhage', 'pietermaritzburg',
  'edendale', 'imbali', 'madadeni', 'osizweni', 'esikhawini', 'empangeni', 'kagiso', 'riverlea', 'eldorado park', 'lenasia', 'ennerdale',
  'sunnyside', 'hillbrow', 'yeoville', 'mayfair', 'lotus gardens', 'eersterust', 'mbekweni', 'kwanobuhle', 'ezibeleni', 'sasolburg',
  'zamdela', 'tumahole', 'kutlwanong', 'meloding', 'mokopane', 'lebowakgomo', 'burgersfort', 'malamulele', 'elim', 'sibasa', 'makhado',
  'kwaguqa', 'embalenhle', 'secunda', 'ermelo', 'wesselton', 'msogwaba', 'kabokweni', 'matsulu', 'bela-?bela', 'modimolle', 'mabopane',
];

/** Nouns that make a place a landmark: "next to the clinic", "naby die kliniek". */
const LANDMARK_NOUNS =
  'clinic|school|primary school|high school|church|hospital|taxi rank|rank|station|police station|mall|shop|shops|spaza(?: shop)?|tavern|' +
  'shebeen|library|stadium|hall|community hall|garage|filling station|petrol station|bridge|park|soccer field|sports ground|field|' +
  'cemetery|graveyard|market|post office|offices|municipal offices|creche|butchery|bottle store|robots?|traffic lights?|intersection|' +
  'bus stop|taxi stop|tuckshop|supermarket|shoprite|checkers|spar|pick n pay|boxer|engen|shell|sasol|hostel|flats|complex|' +
  'informal settlement|settlement|bridge|river|dam|mosque|temple|kliniek|skool|kerk|hospitaal|winkel|stasie|polisiestasie|biblioteek|' +
  'saal|winkelsentrum|vulstasie|sportveld|begraafplaas|brug|mark|poskantoor|taxistaanplek|taxi-staanplek|bushalte';

/** Prepositions that introduce a landmark whatever follows ("near Zola", "eduze nomtholampilo"). */
const NEAR =
  // en
  'next to|opposite|near|nearby|close to|behind|in front of|across from|across the road from|alongside|just past|' +
  // af
  'naby|langs|oorkant|teenoor|agter|voor|reg langs|' +
  // zu, xh, ss, nr
  'eduze(?: kwe| ne| no| na| kwa)?|duze(?: kwe| ne| no| na)?|ngase|ngaphambi kwe|phambi kwe|phambi kwa|emva kwe|ngemva kwe|eceleni kwe|' +
  'ecaleni kwe|kufutshane ne|kufutshane no|kufutshane na|kufuphi ne|kufuphi no|maqondana ne|maqondana no|ngaphandle kwe|hlanu kwe|' +
  // st, tn, nso
  'haufi le|haufi ho|ka pela|pela|ka morao ho|ka morao ga|ka pele ho|ka pele ga|mabapa le|bapa le|go bapa le|gaufi le|fa gaufi le|' +
  'gaufi ga|kwa morago ga|ka morago ga|fa pele ga|kgauswi le|kgauswi ga|kgaufsi le|kgaufsi ga|' +
  // ts, ve
  'ekusuhi na|ekusuhi ni|ekusuhi ka|kusuhi na|kusuhi ni|emahlweni ka|endzhaku ka|tsini na|tsini ha|tsini ha|phan[dḓ]a ha|murahu ha|' +
  'murahu ha';
/** Prepositions that introduce a landmark only when a landmark noun follows ("at the market"). */
const AT = 'at|by|in|on|outside|inside|around|from|along|past|between|by die|in die|buite|binne';
/** Words that end a landmark or place: what follows is no longer the place. */
const ENDERS =
  'since|for|from|and|but|because|please|is|are|was|has|have|had|not|no|it|its|there|which|that|who|we|i|they|sedert|vir|en|maar|' +
  'asseblief|is|het|nie|kusukela|selokhu|futhi|kodwa|sicela|ngicela|ukusukela|kwaye|haesale|esale|mme|hape|gape|ke|le|o|e|a|di|go|ho|' +
  'today|yesterday|vandag|gister|izolo|namhlanje|ngoku|manje|jwale|bjale|jaanong|sweswi|zwino';

const PREPOSITION_AREA = new RegExp(
  `${NOT_LETTER}(?:in|at|from|around|to|naby|by|te|ko|kwa|ku|kwi|mo|ka|eka|e|kha|go)\\s+((?:\\p{Lu}[${L}'’]*)(?:[\\s-]+\\p{Lu}[${L}'’]*){0,2})`,
  'gu',
);
// "eMlazi", "kwaMashu", "KwaThema", "e-Soweto", "ko-Mamelodi", "ha-Mashau"
const ATTACHED_AREA = new RegExp(`${NOT_LETTER}((?:[Ee]|[Kk]wa|[Kk]u|[Kk]o|[Kk]a|[Gg]a|[Ee]ka|[Kk]ha|[Hh]a|[Ee]ma)-?\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)${END}`, 'gu');
const KNOWN_PLACE = new RegExp(
  `${NOT_LETTER}(?:(?:e|kwa|ku|ko|ka|mo|eka|ha)-?)?((?:${KNOWN_PLACES.join('|')})(?:[\\s-](?:east|west|north|south|suid|noord|oos|wes|central))?)${END}`,
  'giu',
);
const DIRECTION = /^(?:east|west|north|south|suid|noord|oos|wes|central)$/i;

const CORNER = new RegExp(
  `${NOT_LETTER}(?:(?:corner|cnr\\.?|c/o)\\s+(?:of\\s+)?|(?:h/v|hv|hoek\\s+van)\\s+)` +
    `((?:${WORD}\\s+){0,2}?${WORD}(?:\\s+${STREET_TYPE})?-?\\s+(?:and|&|en|/)\\s+(?:${WORD}\\s+){0,1}?${WORD}(?:\\s+${STREET_TYPE})?)`,
  'giu',
);
// "45 Jacaranda Street", "no. 12 Vilakazi St", "12 Kerkstraat"
const NUMBERED_STREET = new RegExp(
  `${NOT_LETTER}((?:(?:no|nr|number|num)\\.?\\s*)?(${NUMBER})\\s*,?\\s+((?:${WORD}\\s+){0,3}?${STREET_TYPE}|${AF_STREET}))${END}`,
  'giu',
);
// "Kerkstraat 12", "Voortrekkerweg"
const AF_NAMED_STREET = new RegExp(`${NOT_LETTER}((\\p{Lu}[${L}]+(?:straat|weg|laan|rylaan|singel|steeg))(?:\\s+(${NUMBER}))?)${END}`, 'gu');
// "Jan Smuts Avenue", "on main road"
const NAMED_STREET = new RegExp(`${NOT_LETTER}((?:\\p{Lu}[${L}'’-]*\\s+){1,3}${STREET_TYPE})`, 'gu');
const STREET_AFTER_PREPOSITION = new RegExp(
  `${NOT_LETTER}(?:on|in|at|along|down|off|into|kwa|ku|e|ko|mo|ka|ga|eka)\\s+((?:[${L}'’-]+\\s+){1,3}?(?:street|road|avenue|drive|lane|crescent|close|way|boulevard|place|highway|rd|ave|str|st))${END}\\.?`,
  'giu',
);
const UNIT = new RegExp(
  `${NOT_LETTER}(?:(?:e|ku|kwa|kwi|ko|ka|mo|ha|ga|ema)-?)?((section|sec|extension|ext|zone|ward|block|phase|stand|erf|plot|site|house|hse|unit|flat|` +
    `uitbreiding|uitbr|fase|wyk|blok|standplaas|iwadi|iwodi|wadi|wate|kgaolo|sesheni|isigaba)\\.?\\s*(?:no\\.?\\s*|nr\\.?\\s*|number\\s*|#)?` +
    `(\\d{1,5}[a-zA-Z]?|[a-zA-Z]\\d{1,4}|[A-Z]{1,2}|[b-hj-z]))${END}`,
  'giu',
);
// "Ext5", "X5" stuck together
// Same groups as UNIT (whole, keyword, id): the loop below reads both alike.
const UNIT_SHORT = new RegExp(`${NOT_LETTER}((ext|x)(\\d{1,3}))${END}`, 'giu');
const LANDMARK_NEAR = new RegExp(
  `${NOT_LETTER}((?:${NEAR})${END}\\s*((?:(?:the|die|a|an|our|ons)\\s+)?[${L}\\d'’-]+(?:\\s+[${L}\\d'’-]+){0,3}))`,
  'giu',
);
const LANDMARK_AT = new RegExp(
  `${NOT_LETTER}((?:${AT})\\s+(?:(?:the|die|a|an|our|ons|that|this)\\s+)?(?:[${L}'’-]+\\s+){0,2}?(?:${LANDMARK_NOUNS}))${END}`,
  'giu',
);
const LANDMARK_NOUN_END = new RegExp(`^(.*?(?:${LANDMARK_NOUNS}))${END}`, 'iu');
const ENDER = new RegExp(`^(?:${ENDERS})$`, 'i');

type Kind = 'corner' | 'street' | 'unit' | 'landmark' | 'area';
interface Span {
  start: number;
  end: number;
  kind: Kind;
  parts: LocationParts;
  /** Lower wins an overlap. */
  rank: number;
}

// Between two pieces that belong to one address: "Section K, Soweto", "Jan Smuts Avenue near the rank".
const JOINABLE_GAP = /^[\s,;-]*(?:(?:in|at|on|of|e|ku|kwa|ko|mo|ka|ha|ga|eka|naby|by|te|le)\s*)?[\s,;-]*$/iu;

@Injectable()
export class LocationExtractor {
  fromPin(pin: LocationPin): ExtractedLocation | null {
    if (pin.latitude === undefined || pin.longitude === undefined) return null;
    const latitude = Number(pin.latitude);
    const longitude = Number(pin.longitude);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
    const addressText = [pin.label, pin.address].filter(Boolean).join(', ') || null;
    return { latitude, longitude, addressText, source: 'pin' };
  }

  /** An address or place named in the text, kept as written and split into parts; null when there is none. */
  fromText(text: string, language?: LanguageCode): ExtractedLocation | null {
    const spans = this.candidates(text, language);
    if (spans.length === 0) return null;

    // Keep the best of overlapping pieces, then read them in text order.
    const kept: Span[] = [];
    for (const span of [...spans].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start))) {
      if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
    }
    kept.sort((a, b) => a.start - b.start);

    const parts: LocationParts = {};
    for (const span of kept) {
      for (const [key, value] of Object.entries(span.parts) as [keyof LocationParts, string | undefined][]) {
        if (!value) continue;
        // Several units make one: "Zone 3, Ward 12".
        if (key === 'unit' && parts.unit) parts.unit = `${parts.unit}, ${value}`;
        else if (!parts[key]) parts[key] = value;
      }
    }
    const pieces: string[] = [];
    let groupStart = kept[0].start;
    let groupEnd = kept[0].end;
    for (const span of kept.slice(1)) {
      if (JOINABLE_GAP.test(text.slice(groupEnd, span.start))) {
        groupEnd = span.end;
      } else {
        pieces.push(text.slice(groupStart, groupEnd));
        groupStart = span.start;
        groupEnd = span.end;
      }
    }
    pieces.push(text.slice(groupStart, groupEnd));
    const addressText = pieces.map((p) => p.trim().replace(/[\s,;:-]+$/u, '')).join(', ');
    return { latitude: null, longitude: null, addressText, source: 'text', parts };
  }

  private candidates(text: string, language?: LanguageCode): Span[] {
    const spans: Span[] = [];
    const push = (start: number, value: string, kind: Kind, parts: LocationParts, rank: number) => {
      const trimmed = value.replace(/[\s,;:]+$/u, '');
      if (trimmed) spans.push({ start, end: start + trimmed.length, kind, parts, rank });
    };
    const at = (match: RegExpMatchArray, group = 1) => (match.index ?? 0) + match[0].indexOf(match[group]);

    for (const m of text.matchAll(CORNER)) {
      const start = at(m);
      const prefix = text.slice(m.index ?? 0, start).trim();
      push(m.index ?? 0, text.slice(m.index ?? 0, start + m[1].length).trimStart(), 'corner', { street: `${prefix} ${m[1]}`.trim() }, 0);
    }
    for (const m of text.matchAll(NUMBERED_STREET)) {
      const streetText = m[3];
      if (this.hasStopword(streetText, true)) continue;
      push(at(m), m[1], 'street', { streetNumber: m[2], street: streetText.trim() }, 1);
    }
    for (const m of text.matchAll(AF_NAMED_STREET)) {
      if (STOPWORDS.has(m[2].toLowerCase())) continue;
      push(at(m), m[1], 'street', { street: m[2], ...(m[3] ? { streetNumber: m[3] } : {}) }, 1);
    }
    for (const m of text.matchAll(NAMED_STREET)) {
      const name = this.dropLeadingStopwords(m[1]);
      if (!name || BARE_STREET_TYPE.test(name.trim()) || this.hasStopword(name, true)) continue;
      push(at(m) + m[1].indexOf(name), name, 'street', { street: name.trim() }, 2);
    }
    for (const m of text.matchAll(STREET_AFTER_PREPOSITION)) {
      if (this.hasStopword(m[1], true)) continue;
      push(at(m), m[1], 'street', { street: m[1].trim() }, 2);
    }
    for (const m of [...text.matchAll(UNIT), ...text.matchAll(UNIT_SHORT)]) {
      const keyword = m[2].toLowerCase();
      const id = m[3];
      // Letters alone must stand apart and look like an id: "Section K", "block B", "zone c", not "blocked".
      if (!/\d/.test(id)) {
        const between = m[1].slice(m[2].length, m[1].length - id.length);
        if (!/[\s.]/.test(between)) continue;
        if (id.length > 1 ? id !== id.toUpperCase() : /^[ai]$/.test(id)) continue;
      }
      // A stand, erf, house or plot is a number; "block a" is more likely the English article.
      if (/^(?:stand|erf|plot|site|house|hse|unit|flat|standplaas)$/.test(keyword) && !/\d/.test(id)) continue;
      push(at(m), m[1], 'unit', { unit: m[1].trim() }, 3);
    }
    for (const m of text.matchAll(LANDMARK_NEAR)) {
      const landmark = this.trimLandmark(m[1], m[2]);
      if (landmark) push(at(m), landmark, 'landmark', { landmark }, 4);
    }
    for (const m of text.matchAll(LANDMARK_AT)) push(at(m), m[1], 'landmark', { landmark: m[1].trim() }, 4);
    for (const m of text.matchAll(KNOWN_PLACE)) push(at(m), m[1], 'area', { area: m[1] }, 3.5);
    for (const m of text.matchAll(PREPOSITION_AREA)) {
      const area = this.trimArea(m[1]);
      if (area) push(at(m), area, 'area', { area }, 6);
    }
    for (const m of text.matchAll(ATTACHED_AREA)) {
      const word = m[1];
      // "Ha" is a Sesotho/Tshivenda "at the place of"; elsewhere it is more likely a laugh or a typo.
      if (/^ha-?/i.test(word) && language && language !== 'st' && language !== 've') continue;
      if (STOPWORDS.has(word.replace(/^(?:e|kwa|ku|ko|ka|ga|eka|kha|ha|ema)-?/i, '').toLowerCase())) continue;
      push(at(m), word, 'area', { area: word }, 7);
    }
    return spans;
  }

  /** "next to the clinic since Monday" -> "next to the clinic"; null when nothing place-like is left. */
  private trimLandmark(whole: string, object: string): string | null {
    const prepLength = whole.length - object.length;
    const words = object.split(/\s+/);
    const keptWords: string[] = [];
    for (const word of words) {
      const bare = word.replace(/[.,;:!?]+$/u, '');
      if (ENDER.test(bare) && keptWords.length > 0) break;
      // "in front of my house" says nothing a crew can find.
      if (/^(?:my|our|ons|his|her|their|ami|yami|yethu)$/i.test(bare) && keptWords.length === 0) return null;
      if (/^(?:the|die|a|an|our|ons)$/i.test(bare) && keptWords.length === 0) {
        keptWords.push(word);
        continue;
      }
      if (ENDER.test(bare) || STOPWORDS.has(bare.toLowerCase())) break;
      keptWords.push(bare);
      if (bare !== word) break; // punctuation ends the landmark
    }
    while (keptWords.length && /^(?:the|die|a|an|our|ons)$/i.test(keptWords[keptWords.length - 1])) keptWords.pop();
    if (keptWords.length === 0) return null;
    let object2 = keptWords.join(' ');
    const noun = object2.match(LANDMARK_NOUN_END);
    if (noun) object2 = noun[1];
    return whole.slice(0, prepLength) + object2;
  }

  private trimArea(candidate: string): string | null {
    const words = candidate.split(/[\s]+/);
    const keptWords: string[] = [];
    for (const word of words) {
      if (STOPWORDS.has(word.toLowerCase()) && !(keptWords.length > 0 && DIRECTION.test(word))) break;
      keptWords.push(word);
    }
    return keptWords.length ? keptWords.join(' ') : null;
  }

  private dropLeadingStopwords(name: string): string {
    const words = name.split(/\s+/);
    while (words.length > 1 && STOPWORDS.has(words[0].toLowerCase())) words.shift();
    return words.join(' ');
  }

  /** Whether any word before the street type is a function word ("down the road", "for 2 weeks on the road"). */
  private hasStopword(street: string, exceptType: boolean): boolean {
    const words = street.trim().split(/\s+/);
    const nameWords = exceptType ? words.slice(0, -1) : words;
    if (nameWords.length === 0) return false;
    return nameWords.some((w) => {
      const word = w.toLowerCase().replace(/[.,]/g, '');
      // A capitalised word is a name ("9 Long Street", "May Road") unless it is a function word.
      return STOPWORDS.has(word) && (w[0] === w[0].toLowerCase() || FUNCTION_WORDS.has(word));
    });
  }
}
