import { foldForMatching, undoDisguise } from './prompt-injection.rule';
import { anyOf, type TextPattern } from './pattern-set';

// Insults aimed at staff or the bot, and threats of violence against staff or property. Anger at the
// service is not abuse ("useless municipality, fix the road", "you people are slow", "I will go to the
// media"), nor is swearing at a thing ("the damn pipe burst again"): an insult here needs a target
// (you, your staff, the councillor) and an insulting word, a threat needs a speaker who will act, a
// violent verb and a person or a building. Racial and other slurs are flagged wherever they stand.
// Patterns are written against foldForMatching's form: lower case, no diacritics ("tša" -> "tsa").

export type AbuseSeverity = 'insult' | 'threat';

export interface AbuseMatch {
  rule: string;
  severity: AbuseSeverity;
}

const any = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;
const compile = (...patterns: string[]) => anyOf(patterns);

// --- English ---------------------------------------------------------------------------------------
const EN_SPEAKER_WILL = String.raw`(?:\b(?:i|we|me and my (?:friends|boys|people|comrades)|the community|residents|our people)\s*(?:'ll|'m going to|'m gonna|m gonna|will|shall|am going to|are going to|'re going to|are gonna|'re gonna|gonna|wanna|want to|plan to|intend to|swear (?:i|we)(?:'ll| will)|(?:am|'m|m|are|'re|re) coming(?: back)?(?: here| there| tomorrow| tonight)? to|(?:will|'ll) come(?: back)?(?: here| there)? (?:and|to))|\b(?:ill|imma|ima|i'ma))\b`;
const EN_PERSON = any(
  'you', 'u', 'ya', 'yall', "y'all", 'you all', 'you guys', 'you people', 'him', 'her', 'all of you', 'each (?:one )?of you', 'every(?:one|body) of you',
  'your (?:staff|workers|people|officials|councillor|manager|mayor|family|kids|wife|husband|children|clerks?)',
  'the (?:staff|workers?|officials?|councillors?|mayor|manager|clerks?|municipal (?:workers|staff|officials|manager)|technicians?|employees?|receptionist|cashier|people (?:at|in) (?:the|that|your) office)',
  'every(?:one|body) (?:there|at (?:the|that|your) office|in (?:the|that|your) office)',
);
// "I'll beat you to it", "we will destroy you at the polls": idioms and lawful pressure, not violence.
const EN_NOT_VIOLENT = String.raw`(?!\s+(?:to it|to the punch|up\b|an? (?:e-?mail|mail|message|text|sms|note|line|whatsapp|quick|letter|photo|picture|pic|video|clip)|(?:some |the )?(?:photos|pictures|pics|videos|evidence)|on (?:video|camera|film|my phone)|with my (?:phone|camera)|on price|in the tender|(?:in|at) (?:the|a|our|my|this|that|next) (?:debate|meeting|ward meeting|argument|interview|hearing|tribunal|tender)|with (?:questions|facts|evidence)|verbally|with (?:a |an |the )?(?:lawsuit|case|complaint|petition|court order|letter|legal|law|media|votes?)|in (?:court|the media|the press|the elections?|the polls|the next election)|at the (?:polls|ballot box|elections?)|on (?:social media|twitter|facebook|radio|tv)|legally|politically|through the courts))`;
// A named role or group with a determiner ("that technician", "the next official", "those workers at the
// depot"); not a possessive ("the councillor's decision", "the workers' union").
const EN_ROLE_NOUN = any(
  'technicians?', 'workers?', 'officials?', 'officers?', 'meter ?readers?', 'councill?ors?', 'staff(?: members?)?', 'clerks?', 'drivers?',
  'contractors?', 'managers?', 'mayor', 'inspectors?', 'cashiers?', 'receptionists?', 'employees?', 'engineers?', 'plumbers?',
  'electricians?', 'linesm[ae]n', 'supervisors?', 'agents?', '(?:security )?guards?', 'tellers?', 'directors?', 'team', 'crew',
  'guys?', 'men', 'man', 'woman', 'women', 'lady', 'ladies', 'people (?:at|from|in) (?:the|that|your) (?:office|municipality|depot|council)',
);
const EN_ROLE_TARGET = String.raw`(?:the next|next|one of (?:the|your|those|these)|some of (?:the|your|those|these)|all (?:the|your|those|these|of the|of your)|every|each|any|the|that|this|those|these|your|their|his|her)\s+(?:[a-z-]+\s+){0,2}?${EN_ROLE_NOUN}\b(?!')`;
const EN_HARM_PERSON = any(
  'kill', 'murder', 'shoot', 'stab', 'beat(?: up)?', 'hurt', 'attack', 'assault', 'strangle', 'choke', 'slap', 'punch', 'smack', 'klap',
  'moer', 'bliksem', 'donner', 'necklace', 'hunt(?: down)?', 'rape', 'hit', 'kick', 'slaughter', 'butcher', 'lynch', 'burn', 'torch',
  'destroy', 'fuck up', 'bash', 'whip', 'cut up', 'smash',
);
const EN_PROPERTY = any(
  '(?:municipal |council |your |the |this |that |those |these |all the |all your )*(?:offices?|buildings?|municipality|municipal offices|council (?:offices|chambers)|civic cent(?:re|er)|depots?|clinic|library|hall|trucks?|vehicles?|cars?|bakkies?|substation|councillor\'s (?:house|home|car|office)|mayor\'s (?:house|home|car|office))',
  'it (?:all )?down', 'everything', 'this place', 'the (?:whole )?place', 'this town', 'the whole town',
  String.raw`(?:the|your|their|that|this|those|these|all the|all your|every|any)\s+(?:[a-z-]+\s+){0,2}?(?:offices?|buildings?|depots?|trucks?|vehicles?|bakkies?|tankers?|substations?|municipality|civic cent(?:re|er)|council chambers?|pay ?points?|customer care cent(?:re|er))\b(?!')`,
  String.raw`(?:the |that |this |our |your )?(?:ward |municipal |city )?(?:councill?or|mayor|manager|official|technician|clerk|director)'?s (?:house|home|car|office|family|bakkie)`,
);
// "destroy the old building plans", "burn the office records": the building names a document, not a target.
const EN_NOT_A_COMPOUND = String.raw`(?!'|\s+(?:plans?|permits?|applications?|regulations?|records?|files?|documents?|papers?|schedules?|routes?|keys?|numbers?|fees?|accounts?|bills?|inspectors?|control|codes?|rules|hours|manuals?|logs?|lists?)\b)`;
const EN_DESTROY = any('burn(?: down)?', 'torch', 'set (?:fire to|alight|on fire)', 'petrol[ -]?bomb', 'bomb', 'blow up', 'destroy', 'vandali[sz]e', 'trash', 'smash(?: up)?', 'wreck', 'loot', 'raze', 'tear down', 'break into', 'shoot up');
// A threat made about someone rather than to them counts only when the message is about staff.
const EN_STAFF_IN_MESSAGE = String.raw`^(?=[^]*?\b(?:municipal|municipality|council|councill?ors?|mayor|workers?|staff|officials?|supervisors?|managers?|clerks?|technicians?|employees?|inspectors?|meter ?readers?|cashiers?|(?:cash|pay|municipal|council|rates) (?:office|hall|desk)|counter|call ?cent(?:re|er))\b)[^]*?`;
const EN_THREAT_PERSON = [
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,4}?\s+${EN_HARM_PERSON}\s+${EN_PERSON}\b${EN_NOT_VIOLENT}`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,4}?\s+${EN_HARM_PERSON}\s+${EN_ROLE_TARGET}${EN_NOT_VIOLENT}`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,4}?\s+(?:kill|murder|shoot|stab|beat(?: up)?|hurt|attack|assault|strangle|necklace|lynch|slaughter)\s+(?:them|them all|all of them|every(?:one|body)|any(?:one|body)|whoever)\b${EN_NOT_VIOLENT}`,
  String.raw`\b(?:all of you|every (?:one|last one) of you|each (?:one )?of you|you all|y'all|you people|you and your (?:staff|workers|family|councillor))\s+(?:will|are going to|'re going to|are gonna|shall)\s+(?:all\s+)?(?:die|burn|bleed|be killed|be shot)\b(?!\s+(?:of|from|waiting|laughing|before))`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,3}?\s+(?:break|smash)\s+(?:your|his|her)\s+(?:legs?|neck|face|bones|jaw|teeth|head|skull|arms?)\b`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,3}?\s+(?:come|coming)\s+(?:for|after)\s+(?:you|u|your staff|the staff|${EN_ROLE_TARGET})\b`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,3}?\s+(?:teach|show)\s+(?:you|u|them|your staff)\s+a lesson\b`,
  String.raw`${EN_SPEAKER_WILL}\s+(?:find|track down|look for|come to)\b[^.!?\n]{0,40}\band\s+(?:beat|hit|kill|hurt|stab|shoot|klap|moer|bliksem)\s+(?:you|u|them|him|her)\b`,
  String.raw`${EN_SPEAKER_WILL}[^.!?\n]{0,30}\b(?:with|bring(?:ing)?)\s+(?:a |my |our |some )?(?:guns?|firearms?|pistols?|rifles?|knives|knife|pangas?|machetes?|weapons?|petrol bombs?|bombs?|explosives)\b`,
  String.raw`\bi know where (?:you|u|your (?:family|kids|staff)|the (?:councillor|mayor|manager)|${EN_ROLE_TARGET}) (?:live|lives|stay|stays|work|sleep|sleeps|park|parks)\b`,
  // "I will come there and sort you out one by one", "wait for me after work": said to staff
  String.raw`${EN_STAFF_IN_MESSAGE}${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,4}?\s+sort\s+(?:you|u|y'all|yall|you all|you people|them|him|her)\s+(?:all\s+)?out\b`,
  String.raw`${EN_STAFF_IN_MESSAGE}\bwait for (?:me|us) (?:after work|after hours|outside|at the gate|tonight|in the parking)\b`,
  // A death wish at staff: "you all deserve to be shot", "they should all be hanged".
  String.raw`\b(?:you|u|y'all|yall|you all|all of you|you people|you guys|you lot)\s+(?:all\s+)?(?:deserve|need|ought|should|must)\s+(?:to\s+)?(?:all\s+)?(?:be\s+)?(?:shot|killed|hanged|hung|burn(?:ed|t)?|die|dead|beaten(?: up)?|necklaced|stabbed|murdered|lynched|slaughtered|put (?:up )?against a wall)\b`,
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:they|he|she|them|${EN_ROLE_TARGET})\s+(?:all\s+)?(?:deserves?|need|needs|ought|should|must)\s+(?:to\s+)?(?:all\s+)?(?:be\s+)?(?:shot|killed|hanged|hung|burn(?:ed|t)?|necklaced|stabbed|murdered|lynched|slaughtered)\b`,
  // Staff named by an insult or their role, then a death wish: "those lazy pigs at the municipality should all be shot".
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:those|these|the|all (?:the|those|these)|all|your)\s+(?:[a-z-]+\s+){0,3}?(?:pigs|dogs|idiots|fools|clowns|thieves|baboons|monkeys|donkeys|rats|bastards|morons|cockroaches|parasites|criminals|crooks|${EN_ROLE_NOUN})(?:\s+(?:at|in|from|of)\s+(?:the\s+)?(?:municipality|council|municipal offices?|offices?|depot|call ?cent(?:re|er)))?\s+(?:all\s+)?(?:deserve|need|ought|should|must)\s+(?:to\s+)?(?:all\s+)?(?:be\s+)?(?:shot|killed|hanged|hung|burn(?:ed|t)?|necklaced|stabbed|murdered|lynched|slaughtered)\b`,
  // Harm made to hang on what staff do: "he'll get hurt if he ignores us again".
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:he|she|they)(?:'ll| will| is going to|'s going to| are going to|'re going to| gonna)\s+(?:get|be)\s+(?:hurt|shot|stabbed|killed|beaten(?: up)?|burned|burnt)\b[^.!?\n]{0,15}\b(?:if|unless|when)\s+(?:he|she|they)\s+(?:ignores?|keeps?|doesn't|does not|don't|do not|won't|refuses?|fails?|tries|lies)\b`,
  String.raw`\b(?:watch|mind) your back\b|\byour days are numbered\b|\byou(?:'re| are) (?:a )?dead (?:man|woman|meat)\b`,
  String.raw`\byou(?:'ll| will| are going to|'re going to| are gonna|'re gonna) (?:get|be) (?:hurt|shot|stabbed|killed|beaten(?: up)?|burned|burnt|necklaced|murdered)\b`,
  String.raw`\b(?:there is|there's|i (?:put|left|planted)) a bomb\b`,
  // Said of staff in the third person: "somebody should put a bullet in them", "he won't get home alive".
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:some(?:one|body)|people|the community|residents|they)\s+(?:should|must|ought to|needs? to)\s+(?:kill|shoot|stab|hang|burn|necklace|lynch|put a bullet (?:in|through)|put bullets in)\s+(?:every(?: single)? one of them|each (?:one )?of them|them(?: all)?|all of them|him|her|${EN_ROLE_TARGET})${EN_NOT_VIOLENT}`,
  String.raw`${EN_STAFF_IN_MESSAGE}\bi know where (?:he|she|they|him|her) (?:live|lives|stay|stays|sleep|sleeps|parks)\b`,
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:he|she|they) (?:must|should|better|had better) watch (?:him|her|them)sel(?:f|ves)\b`,
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:make sure|see to it that|promise)\s+(?:he|she|they|you|him|her)\s+(?:doesn't|does not|don't|do not|won't|will not|never)\s+(?:get|go|make it|come|walk|leave)\s+(?:\w+\s+){0,3}?alive\b`,
];
const EN_THREAT_PROPERTY = [
  // "his house", "her car": someone's home, in a message about staff ("if the councillor doesn't fix it I'll burn his house down")
  String.raw`${EN_STAFF_IN_MESSAGE}${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,3}?\s+${EN_DESTROY}\s+(?:his|her|their)\s+(?:house|home|car|bakkie|shop|office|place)(?:\s+down)?\b${EN_NOT_VIOLENT}`,
  String.raw`${EN_SPEAKER_WILL}(?:\s+[a-z'-]+){0,3}?\s+${EN_DESTROY}\s+${EN_PROPERTY}(?:\s+down)?\b${EN_NOT_A_COMPOUND}${EN_NOT_VIOLENT}`,
  String.raw`\blet'?s\s+${EN_DESTROY}\s+${EN_PROPERTY}\b`,
];

const EN_FUCK = String.raw`(?:fuck|f\*ck|fu\*k|f\*\*k|f\*\*\*|f\*k|fck|fuk|fuq|fvck|phuck)`;
const EN_INSULT_NOUN = any(
  'idiots?', 'morons?', 'imbeciles?', 'fools?', 'clowns?', 'donkeys?', 'pigs?', 'dogs?', 'bitch(?:es)?', 'bastards?', 'ass ?holes?',
  'arse ?holes?', 'a-holes?', 'dick ?heads?', 'dicks?', 'cunts?', 'twats?', 'wankers?', 'pricks?', 'retards?', 'monkeys?', 'baboons?',
  'apes?', 'dumb ?ass(?:es)?', 'jackass(?:es)?', 'dipshits?', 'shit ?heads?', 'scum ?bags?', 'scum', 'pieces? of shit', 'losers?',
  'buffoons?', 'numbskulls?', 'halfwits?', 'nitwits?', 'cretins?', 'whores?', 'sluts?', 'hoes?',
  'mother ?fuckers?', 'sons? of (?:a )?bitch(?:es)?', 'swine', 'vermin', 'rats', 'cockroaches', 'parasites?', 'moegoes?',
  'doos', 'dose', 'poes', 'mamparras?', 'fokkers?', 'naaiers?',
);
// Said of a person these insult; said of the bot or "the service" they grade it, like "useless".
const EN_PERSON_ONLY_NOUN = any('shit', 'crap', 'trash', 'garbage', 'rubbish');
const EN_INSULT_ADJ = any('stupid', 'dumb', 'retarded', 'brainless', 'idiotic', 'moronic', 'worthless', 'fucking (?:useless|stupid|idiots?|incompetent|pathetic|lazy)');
const EN_MODIFIER = String.raw`(?:(?:all|just|nothing but|such|so|really|a bunch of|a pack of|a|an|the|fucking|fuckin|f\*+ing|effing|bloody|stupid|useless|lazy|dumb|incompetent|pathetic|corrupt|big|complete|total|absolute|biggest|utter|damn|damned|dirty|fat|ugly|little|lot of|bunch of)\s+)`;
const EN_YOU = String.raw`\b(?:you|u|ya|yu)(?:\s+(?:people|guys|lot|all|officials|workers|clowns))?`;
// "you are", "u r", "you're", "youre"; not "ur", which people type for "your".
const EN_BE = String.raw`(?:\s+(?:are|r|is|re)|\s*'re|re)`;
const EN_STAFF = String.raw`\b(?:your|the|these|those|this|that)\s+(?:useless\s+|lazy\s+|stupid\s+)?(?:staff|workers|officials|employees|clerks?|councill?ors?|mayor|manager|technicians?|people at the office|call cent(?:re|er) (?:agents|staff|people)|agents?|bot|chat ?bot|municipal (?:workers|staff|officials|manager))`;
const EN_TARGET_CUE = String.raw`\b(?:you|u|your|municipality|council|councill?ors?|municipal|staff|officials|mayor|department|office|bot)\b`;
const EN_GROUP_INSULT = String.raw`\b(?:bunch|pack|band|gang|group)\s+of\s+(?:(?:useless|lazy|fucking|bloody|incompetent|stupid)\s+)*(?:idiots|morons|clowns|fools|imbeciles|monkeys|baboons|donkeys|pigs|bastards|assholes|arseholes|dickheads|wankers|cunts|retards|losers|dogs)\b`;
const EN_INSULT = [
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:you|u)(?: are|'re| r)(?: all)?\s+(?:(?:such|just|a bunch of|a pack of|fucking|bloody|useless|lazy|corrupt)\s+)*(?:idiots|morons|clowns|fools|imbeciles|pigs|dogs)\b`,
  String.raw`\b(?:stupid|dumb|brainless|idiotic|retarded|fucking|f\*+ing|bloody|useless fucking)(?:\s+(?:useless|fucking|bloody|lazy|stupid|little))? (?:bot|chat ?bot|machine|robot|app|system)\b`,
  // "the women at the cash office are lazy fat cows": staff named, then called animals.
  String.raw`${EN_STAFF_IN_MESSAGE}\b(?:are|r|is|they're|theyre)\s+(?:(?:such|just|all|a bunch of|a pack of|lazy|fat|useless|stupid|ugly|dirty|corrupt|fucking|bloody|old)\s+)+(?:cows|pigs|donkeys|baboons|monkeys|dogs|idiots|morons|clowns|fools|imbeciles|bitches|rats|snakes|parasites)\b`,
  String.raw`${EN_YOU}${EN_BE}\s+${EN_MODIFIER}{0,4}(?:${EN_INSULT_NOUN}|${EN_INSULT_ADJ}|${EN_PERSON_ONLY_NOUN})(?![a-z])`,
  String.raw`${EN_STAFF}\s+(?:is|are|r)\s+${EN_MODIFIER}{0,4}(?:${EN_INSULT_NOUN}|${EN_INSULT_ADJ})(?![a-z])`,
  String.raw`\bare\s+(?:you|u|ya)\s+(?:all\s+|people\s+|guys\s+)?(?:stupid|dumb|retarded|idiots|morons|brainless)\b`,
  String.raw`(?<!\bthank\s)\b(?:you|u|ya)\s+(?:(?:fucking|fuckin|f\*+ing|effing|bloody|stupid|useless|lazy|dumb|dirty|fat|ugly|incompetent|corrupt|big|little|pathetic|damn|damned)\s+)*(?:idiots?|morons?|imbeciles?|fools|clowns|bitch(?:es)?|bastards?|ass ?holes?|arse ?holes?|dick ?heads?|cunts?|twats?|wankers?|pricks?|retards?|dumb ?ass(?:es)?|jackass(?:es)?|dipshits?|shit ?heads?|scum ?bags?|losers|buffoons|cretins|whores?|sluts?|pieces? of shit|mother ?fuckers?|sons? of (?:a )?bitch(?:es)?|moegoes?)(?![a-z])`,
  String.raw`\b(?:you|u|ya)\s+(?:(?:fucking|bloody|stupid|useless|lazy|dumb|dirty|fat|ugly)\s+)+(?:dogs?|pigs?|monkeys?|baboons?|apes?|donkeys?|rats|swine|cockroaches|parasites)\b`,
  String.raw`(?:^|[.!?,]\s*)(?:you|u)\s+(?:dogs|pigs|monkeys|baboons|donkeys|rats|clowns|fools)\s*(?:[!.,?]|$)`,
  String.raw`\b(?:you|u)\s+(?:(?:fucking|bloody)\s+)?(?:stupid|dumb|retarded|brainless|idiotic)\s+(?:people|lot|guys|bunch|officials|workers|staff|clerks|bot|thing|machine|woman|man|bitch)\b`,
  String.raw`(?:^|[.!?]\s*)(?:(?:fucking|bloody|stupid|useless)\s+)*(?:idiots?|morons?|imbeciles?|clowns|fools|bastards|ass ?holes|arse ?holes|dick ?heads|wankers|cunts|retards|bitch(?:es)?|mother ?fuckers?)\s*[!,.?]`,
  String.raw`[,.!]\s*(?:(?:fucking|bloody|stupid|useless)\s+)*(?:idiots?|morons?|imbeciles?|clowns|fools|bastards|ass ?holes|arse ?holes|dick ?heads|wankers|cunts|retards|mother ?fuckers?)\s*[!.]*\s*$`,
  String.raw`${EN_TARGET_CUE}[^.!?\n]{0,40}${EN_GROUP_INSULT}|${EN_GROUP_INSULT}[^.!?\n]{0,40}${EN_TARGET_CUE}`,
  String.raw`\brun by (?:a )?(?:bunch of |pack of )?(?:idiots|morons|clowns|fools|monkeys|baboons|imbeciles|retards)\b`,
];
const EN_PROFANITY = [
  String.raw`\b${EN_FUCK}(?![a-z])\s*(?:you|u|ya|yall|y'all|you all|you guys|you people|off|of|yourself|yourselves|all of you|this (?:bot|chat ?bot|municipality|council)|the (?:bot|municipality|council|councill?ors?|mayor|staff|workers|officials|clerks)|your (?:mother|mom|mum|ma|municipality|staff))\b`,
  String.raw`\bscrew (?:you|u|yourself|you guys|you people|all of you)\b`,
  String.raw`\bgo (?:to hell|fuck yourselves?|f\*+ yourself|die|and die|kill yourselves?|jump off a (?:bridge|cliff))\b|\bkill yourself\b|\bkys\b|\bdrop dead\b`,
  String.raw`\b(?:suck my (?:dick|cock|balls)|eat (?:shit|my ass|a dick)|kiss my (?:ass|arse)|up yours|shut the fuck up|stfu|gtfo|bugger off|sod off)\b`,
  String.raw`\bpiss off\s*(?:[!.,]|$)`,
  String.raw`\b(?:your|yo|ur) (?:mother|mom|mum|ma|momma|mama)(?:'s)?\s+(?:is\s+|was\s+)?(?:a\s+)?(?:whore|bitch|slut|cunt|pussy|hoe|prostitute)\b|\byo mama\b`,
  String.raw`\bmother ?fuckers?\b`,
];

// Slurs (racial, xenophobic, homophobic): flagged wherever they stand.
const SLURS = String.raw`\b(?:kaf+(?:ir|er)s?|kaffirs|k-word|hotnots?|houtkop(?:pe)?s?|coolies?|koelies?|(?:ama)?kwerekwere|makwerekwere|kwere ?kwere|moffies?|nigg(?:er|a)s?|n1gg(?:er|a)s?|boesmans?|bushies)\b`;

// --- Afrikaans -------------------------------------------------------------------------------------
const AF_INSULT_NOUN = any(
  'idiote?', 'idioot', 'dose', 'doos', 'poese?', 'klootzakk?e?', 'bliksems?', 'fokkers?', 'naaiers?', 'tewe', 'teef', 'bobbejaan', 'bobbejane', 'drolle?',
  'moegoes?', 'mamparras?', 'pampoene?', 'swape?', 'swaap', 'uilskuikens?', 'etters?', 'kont', 'moer',
);
const AF_ANIMAL = any('varke?', 'honde?', 'ape', 'aap', 'esels?');
const AF_INTENSIFIER = String.raw`(?:(?:'n|n|so|fokken|fokkin|bleddie|bloody|simpel|dom|domme|vuil|vieslike|lelike|lui|klomp|spul|regte|groot|ou|simpel|onnosel|onnosele|nuttelose|vrot)(?:,\s*|\s+))`;
// "Ek sal daardie meterleser skiet", "ons kom die kantoor afbrand": a named role or building, the verb at
// the end of the clause (or "om ... te" with the infinitive).
const AF_AUX = String.raw`(?:sal|gaan|gaan kom|sal kom|kom|wil|is op pad om|gaan vir)`;
// "ek sal", or after a clause the verb comes first: "as die krag nie terug is nie, gaan ek ..."
const AF_WILL = String.raw`(?:\b(?:ek|ons)\s+${AF_AUX}|\b(?:sal|gaan|kom|wil)\s+(?:ek|ons)(?:\s+(?:kom|gaan|vir))?)`;
const AF_ROLE = any(
  'tegnikus', 'tegnici', 'tegnikusse', 'werkers?', 'amptenaar', 'amptenare', 'meterlesers?', 'meter lesers?', 'raadslid', 'raadslede',
  'personeel', 'klerke?', 'bestuurders?', 'burgemeester', 'kontrakteurs?', 'drywers?', 'inspekteurs?', 'kassiers?', 'ontvangsdame',
  'elektrisiens?', 'loodgieters?', 'man', 'mans', 'vrou', 'mense by die kantoor',
);
const AF_ROLE_TARGET = String.raw`(?:die|daardie|daai|hierdie|dié|die volgende|elke|al die|enige|julle|jou|hulle)\s+(?:[a-z'-]+\s+){0,2}?${AF_ROLE}\b(?!\s+se\b)`;
const AF_HARM = any(
  'doodmaak', 'dood maak', 'vermoor', 'skiet', 'doodskiet', 'slaan', 'doodslaan', 'steek', 'doodsteek', 'bliksem', 'opbliksem', 'moer',
  'opmoer', 'donder', 'opdonder', 'donner', 'opdonner', 'seermaak', 'seer maak', 'aanrand', 'aanval', 'verbrand', 'aan die brand steek', 'wurg', 'klap',
  'opfok', 'stukkend slaan', 'platslaan', 'kap', 'dood te maak', 'te vermoor', 'te skiet', 'dood te skiet', 'te slaan', 'te steek',
  'te bliksem', 'op te donder', 'seer te maak', 'aan te rand', 'aan te val', 'te verbrand',
);
const AF_PROPERTY = any('kantore?', 'kantoor', 'gebou', 'geboue', 'munisipaliteit', 'raadsaal', 'stadsaal', 'motors?', 'trokke?', 'voertuie', 'bakkies?', 'depot', 'biblioteek', 'kliniek', 'alles', 'plek', 'substasie', 'raadslid se (?:huis|kar|kantoor)', 'burgemeester se (?:huis|kar|kantoor)');
const AF_DESTROY = any('afbrand', 'verbrand', 'aan die brand steek', 'aan brand steek', 'opblaas', 'stukkend maak', 'vernietig', 'platbrand', 'plunder', 'af te brand', 'op te blaas', 'te verbrand', 'stukkend te maak', 'te vernietig');
const AF = {
  insult: [
    String.raw`\b(?:jy|julle|u)\s+(?:is|es)\s+(?:(?:almal|net|maar|regtig|so)\s+)*${AF_INTENSIFIER}{0,3}(?:dom|onnosel|stupid|simpel|nikswerd|${AF_INSULT_NOUN}|${AF_ANIMAL})\b`,
    String.raw`\b(?:jou|julle)\s+${AF_INTENSIFIER}{0,3}${AF_INSULT_NOUN}\b`,
    String.raw`\b(?:jou|julle)\s+${AF_INTENSIFIER}{1,3}${AF_ANIMAL}\b|\b(?:jou|julle)\s+${AF_ANIMAL}\s*(?:[!.,?]|$)`,
  ],
  profanity: [
    String.raw`\b(?:fok|fokken|f\*k)\s*(?:jou|julle|jul|u|off|of|af)\b|\bfok+of\b`,
    String.raw`\b(?:voetsek|voetsak|voertsek|futsek|fotsek)\b`,
    String.raw`\bgaan\s+(?:kak(?:\s+aan)?|na die hel|hel toe|vrek|dood)\b|\bjou ma se\s+(?:poes|kont|gat|moer|\w*naai\w*)\b`,
  ],
  threatPerson: [
    String.raw`\b(?:ek|ons|ek en my (?:maats|vriende|broers))\s+(?:sal|gaan|gaan vir|wil)\s+(?:vir\s+)?(?:jou|julle|hom|haar|u|die (?:bestuurder|raadslid|amptenare?|personeel|werkers?|klerk|burgemeester|tegnikus))\b(?:\s+[a-z'-]+){0,3}?\s+(?:doodmaak|dood maak|vermoor|skiet|doodskiet|slaan|doodslaan|steek|doodsteek|bliksem|opbliksem|moer|opmoer|donder|opdonder|donner|opdonner|seermaak|seer maak|aanrand|afbrand|verbrand|wurg|klap|opfok|stukkend slaan|platslaan)\b`,
    String.raw`${AF_WILL}\s+(?:vir\s+)?${AF_ROLE_TARGET}(?:\s+(?!(?:om|vra|laat|help|kry|bel|sê|se)\b)[a-z'-]+){0,5}?\s+${AF_HARM}\b`,
    String.raw`\b(?:julle|jy|hulle)\s+(?:almal\s+)?(?:verdien|moet)\s+(?:om\s+)?(?:almal\s+)?(?:geskiet|doodgemaak|vermoor|opgehang|verbrand|gestenig|doodgeskiet)\s+(?:te\s+)?word\b`,
    String.raw`\bek weet waar (?:jy|julle|u|die raadslid|die burgemeester) (?:bly|woon|werk)\b|\b(?:jy|julle) is dood\b`,
  ],
  threatProperty: [
    // the present for the future: "ek steek julle kantoor aan die brand as my krag nie more aan is nie"
    String.raw`\b(?:ek|ons)\s+(?:(?:sal|gaan|kom)\s+)?steek\s+(?:die|julle|jou|hierdie|u|julle se|al die)\s+(?:[a-z'-]+\s+){0,2}?(?:kantoor|kantore|gebou|geboue|munisipaliteit|raadsaal|stadsaal|motors?|trokke?|voertuie|depot|biblioteek|kliniek|plek)\s+aan (?:die )?brand\b`,
    // A separable verb ("brand ... af", "blaas ... op"), the subject after it when a clause comes first:
    // "as die krag nie terug is nie, kom brand ek die kantoor af", "ons brand julle kantore plat"
    String.raw`\b(?:(?:kom|gaan|sal)\s+(?:brand|blaas)\s+(?:ek|ons)|(?:ek|ons)\s+(?:(?:sal|gaan|kom)\s+)?(?:kom\s+)?(?:brand|blaas))\s+(?:die|julle|jou|hierdie|daardie|daai|al die|julle se|u)\s+(?:[a-z'-]+\s+){0,2}?${AF_PROPERTY}\s+(?:af|op|plat)\b`,
    String.raw`\b(?:ek|ons)\s+(?:sal|gaan)\s+(?:(?:die|julle|jou|hierdie|u|al die|julle se)\s+)?(?:[a-z'-]+\s+){0,2}?(?:kantoor|kantore|gebou|geboue|munisipaliteit|raadsaal|stadsaal|motors?|trokke?|voertuie|depot|biblioteek|kliniek|alles|plek)\s+(?:[a-z'-]+\s+){0,2}?(?:afbrand|verbrand|aan die brand steek|aan brand steek|opblaas|stukkend maak|vernietig|platbrand|plunder)\b`,
    String.raw`${AF_WILL}\s+(?:[a-z'-]+\s+){0,2}?(?:die|julle|jou|hierdie|daardie|daai|al die|julle se|u)\s+(?:[a-z'-]+\s+){0,2}?${AF_PROPERTY}\s+(?:[a-z'-]+\s+){0,3}?${AF_DESTROY}\b`,
  ],
};

// --- Nguni: isiZulu, isiXhosa, siSwati, isiNdebele ---------------------------------------------------
// Subject ngi-/ndi- (I) or si- (we), a future or present marker, an object concord (ku- you, ni- you
// all, m- him/her, ba- them) and a violent verb: "ngizokubulala", "ndiza kukubetha", "sitakushaya".
// The verb ends exactly, so "-shayela" (phone for) and "-hlabela" (sing for) stay out, and "shaya
// ucingo" / "betha umnxeba" (make a phone call) are excluded.
// "-hlaba" is also to slaughter: "imvumo yokuhlaba ikomo ..., sizokuhlaba ngoMgqibelo" asks for a permit for a
// ceremony, so with livestock or a ceremony anywhere in the message it is not a threat.
const NG_LIVESTOCK = String.raw`\b(?:i?n?komo|izinkomo|iinkomo|tinkomo|\w*mbuzi|igusha|iigusha|izimvu|timvu|inkukhu|ingulube|inyama|\w*mcimbi\w*|umsebenzi wesintu|amadlozi|\w*mnyanya\w*|slaughter\w*)\b`;
const NG_STAB = String.raw`hlab[ae](?![^]*${NG_LIVESTOCK})(?<!${NG_LIVESTOCK}[^]*)`;
const NG_HARM = any('bulala', 'bulale', 'dubula', 'dubule', 'gwaza', 'gwaze', NG_STAB, 'limaza', 'limaze', 'hlasela', 'hlasele', 'shaya', 'shaye', 'betha', 'bethe', 'tshisa', 'tshise', 'shisa', 'shise', 'tjhisa', 'bhaxabula', 'nquma intloko');
const NG_NOT_A_CALL = String.raw`(?!\s+(?:ucingo|umnxeba|ifoni|ifowuni|i-?call|ikholi|ngocingo|ngomnxeba))`;
const NG_PROPERTY = any(
  'ama-?hhovisi', 'i-?hhovisi', 'amahovisi', 'ihovisi', 'tihhovisi', 'i-?ofisi', 'ama-?ofisi', 'ii-?ofisi', 'iziofisi', 'izakhiwo', 'isakhiwo', 'iisakhiwo',
  'umasipala', 'kamasipala', 'umkhandlu', 'izithuthi', 'isithuthi', 'iitroki', 'amatraki', 'iilori', 'ihholo', 'iholo', 'ikliniki', 'umtholampilo', 'i-?depot', 'idepho',
  'ikomkhulu', 'indlu ka(?:khansela|ceba|meya)', 'indlu yo(?:ceba|meya)', 'umzi (?:wekhansela|kakhansela|woceba)', 'izimoto', 'iimoto', 'imoto', 'amaloli', 'iloli', 'ilori', 'indlu yekhansela', 'konke', 'yonke into', 'lendawo', 'le ndawo',
);
// A named person without an object concord ("ngizobulala lo msebenzi", "ndiza kubulala uceba"): the
// noun must name staff, so "ngizobulala izinambuzane" (the insects) and "sizoshisa udoti" stay out.
// Singular "umsebenzi" is also "work" ("sizoshaya umsebenzi wethu kahle", we'll do our work well), so it
// is only taken with killing, shooting and stabbing, or with Xhosa "betha" (hit) and a demonstrative.
const NG_ROLE = String.raw`(?:(?:lo|lowo|loyo|loo|lona|labo|lababa|laba|lawo|abo|aba|bonke|wonke|le|leli|lelo|eli|elo|leso|eso)\s+)?(?:u?m(?:phathi|shayeli|fundi(?:\s+we?\s?mitha|\s+wamamitha)?|hloli|lawuli)|a?ba(?:sebenzi|phathi|shayeli|hloli|lawuli)|i?si(?:sebenzi|khulu|phathimandla)|i?zi(?:sebenzi|khulu|phathimandla)|u?ceba|a?maceba|i?khansela(?:ra)?|a?makhansela(?:ra)?|u?khansela(?:ra)?|u?nobhala|u?mabhalan[ae]|o?sonkontileka|u?sonkontileka|u?thekhinishiyeni|i?thekhinishiyeni|[iu]-?(?:technician|official|driver|contractor|clerk|councillor|worker|manager|inspector)s?|ofunda\s+(?:a?ma)?mitha)\b`;
const NG_INSULT_STEM = any('lima', 'wula', 'phukuphuku', 'denge', 'yatha', 'bhanxa', 'domu', 'thutha', 'febe', 'lwane');
const NG_ANIMAL_STEM = any('nja', 'mfene', 'ngulube', 'mbongolo');
const NG_INSULT_WORD = String.raw`(?:(?:si|isi|zi|izi|ti|iti)${NG_INSULT_STEM}|(?:i|zi|izi|ti|iin|in)?${NG_ANIMAL_STEM})`;
const NG = {
  threatPerson: [
    String.raw`\b(?:ngi|si|ndi)(?:zo|za|ya|yo|ta|to|tawu|tau|zawu)(?:ku)?(?:ku|ni|m|mu|ba)${NG_HARM}\b${NG_NOT_A_CALL}`,
    String.raw`\b(?:ngi|si|ndi)(?:zo|za|ya|yo|ta|to)\s+ku(?:ku|ni|m|ba)${NG_HARM}\b${NG_NOT_A_CALL}`,
    String.raw`\b(?:ngi|si|ndi)(?:zo|za|ya|yo|ta|to|zoku|zaku|taku|yaku)\s?(?:ku)?(?:(?:bulala|bulale|dubula|dubule|gwaza|gwaze|hlaba|hlabe)\s+(?:(?:lo|lowo|loyo|loo|lona)\s+)?|(?:betha|bethe)\s+(?:lo|lowo|loyo|loo|lona)\s+)u?msebenzi\b(?!\s+(?:wami|wam|wethu|wakho|wenu|wabo|wakhe|omuhle|kahle|wonke))`,
    String.raw`\b(?:ngi|si|ndi)(?:zo|za|ya|yo|ta|to|zoku|zaku|taku|yaku)\s?(?:ku)?${NG_HARM}\b${NG_NOT_A_CALL}\s+${NG_ROLE}(?![^.!?\n]{0,30}\b(?:ucingo|umnxeba|ifoni|ifowuni|i-?call|ikholi))`,
    String.raw`\b(?:ngi|si|ndi)funa\s+uku(?:ku|ni|m|mu|ba)${NG_HARM}\b${NG_NOT_A_CALL}`,
    // "ngizokuza ngibethe ikhanselara", "ndiza kuza ndibethe uceba": I will come and hit (a named official)
    String.raw`\b(?:ngi|si|ndi)(?:yeza|zoza|za kuza|zakuza|zokuza|yeta|tawuta|teta|zofika|zokufika)\b(?:\s+[a-z'-]+){0,2}?\s+(?:ngi|si|ndi)(?:m|ba)?${NG_HARM}\b${NG_NOT_A_CALL}\s+${NG_ROLE}`,
    // a future, then the consecutive with "you" as its object: "ndiza kunilinda ngaphandle ndinibethe" (I will wait for you
    // outside and hit you), "ngizoza ngikushaye"
    String.raw`\b(?:ngi|ndi|si)(?:za|zo|ya|yo|ta|tawu)\s?(?:ku)?\w+\b[^.!?\n]{0,40}\b(?:ngi|ndi|si)(?:ni|ku)(?:bethe|shaye|bulale|dubule|gwaze|hlabe|limaze|hlasele)\b${NG_NOT_A_CALL}`,
    // a class-7 staff noun and its object concord: "isisebenzi sekhawuntara sisilima, ngizasibetha kusasa"
    String.raw`^(?=[^]*?\bi?si(?:sebenzi|khulu|phathimandla)\b)[^]*?\b(?:ngi|ndi)(?:zo|za|ya|yo|ta|to|tawu)(?:ku)?si${NG_HARM}\b${NG_NOT_A_CALL}`,
    // "nifanele ukudutshulwa nonke": you deserve to be shot
    String.raw`\b(?:u|ni)fanel(?:e|we)\s+(?:nonke\s+)?uku(?:dutshulwa|dubulwa|bulawa|shiswa|gwazwa|hlatywa|dutyulwa|bulawa nonke)\b`,
    String.raw`\b(?:ngi|si|ndi)(?:yeza|zoza|za kuza|zakuza|zokuza|yeta|tawuta|teta)\b(?:\s+[a-z'-]+){0,2}?\s+(?:ngi|si|ndi)?(?:uku|ku)?(?:zo|za)?(?:ku|ni|m|mu|ba)${NG_HARM}\b${NG_NOT_A_CALL}`,
    String.raw`\b(?:ngiyazi|siyazi|ndiyazi|siyayazi)\s+(?:ukuthi\s+|ukuba\s+|kutsi\s+)?(?:uhlala|nihlala|uhlalaphi|uhlala phi|uyahlala)\b`,
  ],
  threatProperty: [
    String.raw`\b(?:ngi|si|ndi)(?:yeza|zoza|za kuza|zakuza|zokuza|yeta)\b(?:\s+[a-z'-]+){0,2}?\s+(?:ngi|si|ndi)?(?:uku|ku)?(?:zo|za)?(?:li|wa|yi|zi|ku|wu|ba|si|lu)?(?:shisa|tshisa|tjhisa|bhidliza|bhubhisa|qhumisa|shise|tshise|tjhise|bhidlize|bhubhise|qhumise)\b(?:\s+[a-z'-]+){0,2}?\s+${NG_PROPERTY}\b`,
    String.raw`\b(?:ngi|si|ndi)(?:zo|za|ya|yo|ta|to)(?:ku)?\s?(?:ku)?(?:li|wa|yi|zi|ku|wu|ba|si|lu)?(?:shisa|tshisa|tjhisa|bhidliza|bhubhisa|qhumisa|dubula)\b(?:\s+[a-z'-]+){0,2}?\s+${NG_PROPERTY}\b`,
  ],
  insult: [
    // The copula is required: "usilima" without it is "you plough (it) for us".
    String.raw`\b(?:u|ni)(?:yi|li|ngu)(?:si|zi|isi|izi)${NG_INSULT_STEM}\b`,
    // "ziziphukuphuku nonke": insults with "all of you".
    String.raw`\b(?:zi|ni)?(?:zi|izi)${NG_INSULT_STEM}\s+(?:nonke|nina nonke|lonke)\b`,
    String.raw`\b(?:nine|nina|wena|nani)\s+(?:ti|tsi|zi|izi|isi|si|li)${NG_INSULT_STEM}\b`,
    String.raw`\b(?:u|ni)(?:yi|ngu|li|yizi|zi|ii|izi)${NG_ANIMAL_STEM}\b`,
    String.raw`\b(?:wena|nina|nine|lina|nani)\s+${NG_INSULT_WORD}\b(?!\s+(?:tenu|zenu|yenu|zakho|takho|yakho|zami|tami|yami|zethu|tetfu))`,
    // "tinja temasipala", "izinja zikamasipala": dogs of the municipality, said to them
    String.raw`\b(?:wena|nina|nine|lina|nani|ningama|niyi|nizi|niti)\s*(?:i|zi|izi|ti|iin|in)?${NG_ANIMAL_STEM}\s+(?:te|ze|zika|za|ta|ye|ya|ka)-?(?:ma)?(?:sipala|sipaladi)\b`,
    String.raw`\b${NG_INSULT_WORD}\s+(?:ndini|sendini)\b`,
  ],
  profanity: [
    String.raw`\b(?:nyoko|kanyoko)\b|\bmsunu\s+(?:ka|wa|we|wakho|wenu|kanyoko|kamakho)\w*|\bmnqundu\s+(?:wakho|wenu|kanyoko)\b`,
    String.raw`\bhamba\s+(?:uyofa|uyewufa|uyokufa|ufe|uyofela|uyofa khona)\b`,
  ],
};

// --- Sotho-Tswana: Sesotho, Setswana, Sepedi ------------------------------------------------------------
// Each stem in the indicative (-a) and the subjunctive (-e), which follows the consecutive "ke tla tla ke le otle".
const ST_HARM = String.raw`(?:bolay|bola|itay|ita|otl|bets|beth|thuny|thunts|thuntsh|tlhab|hlab|gobats|kgaol|tjhes|ches|fis|tshum|thub|rob|iti|kwat|shap|hlasel|tlhasel)[ae]`;
const ST_PROPERTY = any('dikoloi tsa (?:masepala|mmasepala)', 'ditereke', 'diteraka', 'terakana', 'kliniki', 'ntlo ya (?:molaodi|mmeya|meyara)', 'di-?ofisi', 'diofisi', 'ofisi', 'kantoro', 'dikantoro', 'mmasepala', 'masepala', 'moago', 'meago', 'dikoloi', 'koloi', 'ntlo ya (?:khansele|khanselara|mokhanselara)', 'tsohle', 'tsotlhe', 'tsohle tse', 'lekgotla', 'sebaka sena', 'lefelo le');
// Staff named without an object concord ("ke tla bolaya mosebeletsi eo", "re tlo bolaya bašomi"): not
// "mosebetsi" (Sesotho "work" as much as "worker") nor "mošomo" (work).
const ST_ROLE = any(
  'mosebeletsi', 'basebeletsi', 'modiri', 'badiri', 'mosomi', 'basomi', 'khanselara', 'mokhanselara', 'bakhanselara', 'khansele', 'mookamedi',
  'baokamedi', 'molaodi', 'balaodi', 'mokgweetsi', 'bakgweetsi', 'mokganni', 'bakganni', 'mootledi', 'baotledi', 'mokhweetsi', 'rakonteraka',
  'mokonteraka', 'bakonteraka', 'thekhenishene', 'thekinishiene', 'mmadi wa (?:metara|mitara|metere)', 'babadi ba (?:metara|mitara|metere)',
  'ofisiri', 'bo-?ofisiri', 'mohlanka', 'bahlanka', 'motsamaisi', 'batsamaisi', 'mmeya', 'meyara', 'ramotse',
);
// "ke tla tla ka mo betha": will come and (ka / ke, the consecutive) hit him
const ST_AUX = String.raw`(?:tla|tlaa|tlo|tlilo|ta|tla tla (?:ho|go|ka|ke)|tlo tla (?:go|ka)|tlaa tla (?:go|ka)|tlile (?:ho|go)|tla (?:ho|go)|tlo go|batla (?:ho|go))`;
// ("Masilo" is a common name, so Sepedi "lesilo", fool, is only taken in the singular.)
const ST_INSULT_NOUN = any('sethoto', 'dithoto', 'setlatla', 'ditlatla', 'sephoqo', 'diphoqo', 'sefebe', 'difebe', 'seeleele', 'dieleele', 'setlaela', 'ditlaela', 'sesilo', 'disilo');
const ST_ANIMAL = any('ntja', 'dintja', 'kolobe', 'dikolobe', 'tshwene', 'ditshwene', 'esele', 'diesele', 'tonki', 'lesilo');
const ST = {
  threatPerson: [
    String.raw`\b(?:ke|re)\s+(?:tla|tlaa|tlo|tlilo|ta|tlile ho|tla ho|tla go|tlo go)\s+(?:go|o|le|lo|mo|ba|lena|wena)\s+${ST_HARM}\b(?!\s+(?:mogala|founu|fono|call))`,
    String.raw`\b(?:ke|re)\s+${ST_AUX}\s+(?:(?:go|o|le|lo|mo|ba)\s+)?${ST_HARM}\b(?!\s+(?:mogala|founu|fono|call))\s+(?:(?:eo|yo|yoo|yole|bao|bale|ba|mo|wa|wa rona|wa rena|ka moka|kaofela|botlhe)\s+)?${ST_ROLE}\b`,
    String.raw`\b(?:ke|re)\s+tla\s+tla\s+(?:[a-z'-]+\s+){0,4}?(?:ke|re)\s+(?:go|o|le|lo|mo|ba)\s+${ST_HARM}\b(?!\s+(?:mogala|founu|fono|call))`,
    String.raw`\b(?:ke|re)\s+(?:batla (?:ho|go)|tla tla (?:ho|go|ka|ke|re)|tlo tla (?:go|ka)|tlaa tla (?:go|ka)|tlile (?:ho|go))\s+(?:go|o|le|lo|mo|ba)\s+${ST_HARM}\b(?!\s+(?:mogala|founu|fono|call))`,
    String.raw`\bke\s+(?:a\s+)?(?:tseba|itse)\s+(?:moo|kwa|mo|gore)\s+o\s+(?:dulang|nnang|dulago|dulang teng|dula|nna)\b`,
    // coming with a gun or a knife: "ke tla tla ka sethunya ofising ya lena", "ke tla tla kantorong ya lena ka sethunya"
    String.raw`\b(?:ke|re)\s+(?:tla|tlaa|tlo)\s+tla\s+(?:[a-z'-]+\s+){0,3}?(?:le|ka|mmogo le|le di)\s+(?:sethunya|dithunya|sethunyi|thipa|dithipa|sabole|pango|dipango)\b(?!\s+(?:tsa|ya|sa|tse)\b)`,
  ],
  threatProperty: [
    String.raw`\b(?:ke|re)\s+${ST_AUX}\s+(?:(?:di|e|se|le|o|a)\s+)?(?:chesa|tjhesa|fisa|tshuma|senya|thuba|phatlola|phatlolla|heletsa|riba|thuba thuba)\s+(?:[a-z'-]+\s+){0,2}?${ST_PROPERTY}\b`,
  ],
  insult: [
    String.raw`\b(?:o|le|lo|lona|lena|wena|u)\s+(?:(?:sa|se|di|mo)\s+)?${ST_INSULT_NOUN}\b`,
    String.raw`\b(?:wena|lena|lona|ke wena|ke lena|o)\s+${ST_ANIMAL}\b(?!\s+(?:ya|ka|e|tsa|tse|sa|ba|o|ke|le|a)\b)`,
    String.raw`\b(?:${ST_INSULT_NOUN}|${ST_ANIMAL})\s+ke\s+(?:wena|lena|lona)\b`,
    String.raw`\b(?:o|le|wena|lena)\s+masepa\b`,
    // "basebetsi ba lona ke dinyamatsane tse botswa": your workers are (lazy) wild animals
    String.raw`\b(?:basebetsi|basebeletsi|badiri|basomi|bašomi|bahlanka|mosebeletsi|modiri|mohlanka)\s+(?:ba|wa|ya)\s+(?:lona|lena|masepala|mmasepala|masipala)\s+(?:ke|ba)\s+(?:${ST_ANIMAL}|dinyamatsane|nyamatsane|diphoofolo|diphologolo|dimpsa|dintsa|masilo|mashilo|disilo|${ST_INSULT_NOUN})\b`,
    // "Le dintja tsa masepala", "lona dimpsa tsa mmasepala": you dogs of the municipality
    String.raw`\b(?:le|lona|lena|lo|wena|o)\s+(?:${ST_ANIMAL}|dimpsa|mpsa|dintsa|diphoofolo|diphologolo|masilo|disilo|mashilo)\s+(?:tsa|ya|sa|a)\s+(?:masepala|mmasepala|masipala|mmasipala|kantoro|ofisi|khansele|khanselara)\b`,
    // "..., le diphoofolo!": a clause of its own, in a message about the municipality
    String.raw`^(?=[^]*?\b(?:masepala|mmasepala|masipala|mmasipala|khanselara|mokhanselara|bahlanka|basebeletsi|basomi|badiri|ofisi|kantoro)\b)[^]*?(?:^|[.!?,;]\s*)(?:le|lona|lena)\s+(?:${ST_ANIMAL}|dimpsa|dintsa|diphoofolo|diphologolo|masilo|mashilo|disilo)\s*(?:[!.?,]|$)`,
  ],
  profanity: [String.raw`\bnnyo\b|\bnnywana\b|\bo\s+ye\s+o\s+(?:shwe|swe|hwe)\b|\b(?:tsamaya|sepela)\s+o\s+(?:shwe|swe|hwe)\b`],
};

// --- Xitsonga, Tshivenda (best effort) ------------------------------------------------------------------
const TV = {
  threatPerson: [
    String.raw`\b(?:ndzi|hi)\s+(?:ta|ta ku|nga)\s+(?:ku|mi|n'wi|nwi|va)\s+(?:dlaya|dubula|tlhava|vavisa|ba hi xibakele)\b`,
    String.raw`\b(?:ndi|ri)\s+do\s+(?:u|ni|vha|mu)\s+(?:vhulaya|rwa|thuntsha|vhavhisa|fhisa)\b`,
    String.raw`\b(?:ndzi|hi)\s+ta\s+(?:dlaya|dubula|tlhava|vavisa)\s+(?:(?:mutirhi|vatirhi|khansela|tikhansela|muchayeri|vachayeri|mulanguteri|valanguteri)\b)`,
    String.raw`\b(?:ndi|ri)\s+do\s+(?:vhulaya|rwa|thuntsha|vhavhisa)\s+(?:(?:mushumi|vhashumi|khanselara|vhakhanselara|khantsela|vhakhantsela|mureili|vhareili|mulanguli|vhalanguli)\b)`,
    // "ndi do da nda rwa khantsela": will come and (nda / ra, the consecutive) hit; "ndzi ta ta ndzi ba khansela"
    String.raw`\b(?:ndi|ri)\s+do\s+da\s+(?:[a-z'-]+\s+)?(?:nda|ra|ndi|ri)\s+(?:(?:u|ni|vha|mu)\s+(?:vhulaya|rwa|thuntsha|vhavhisa|fhisa)\b|(?:vhulaya|rwa|thuntsha|vhavhisa)\s+(?:mushumi|vhashumi|khanselara|vhakhanselara|khantsela|vhakhantsela|mureili|vhareili|mulanguli|vhalanguli)\b)`,
    String.raw`\b(?:ndzi|hi)\s+ta\s+ta\s+(?:ndzi|hi)\s+(?:(?:ku|mi|n'wi|nwi|va)\s+(?:dlaya|dubula|tlhava|vavisa|ba)\b|(?:dlaya|dubula|tlhava|vavisa|ba)\s+(?:mutirhi|vatirhi|khansela|tikhansela|muchayeri|vachayeri)\b)`,
  ],
  threatProperty: [String.raw`\b(?:hi|ndzi|ri|ndi)\s+(?:ta|do)\s+(?:hisa|fhisa|tshwa)\s+(?:[a-z'-]+\s+){0,2}?(?:ti-?hofisi|hofisi|ofisi|masipala|masipaala|zwifhato|zwiofisi|swivandla|movha|mimovha|zwothe|hinkwaswo)\b`],
  insult: [
    String.raw`\b(?:u|mi|n'wina|nwina|wena)\s+(?:xiphukuphuku|swiphukuphuku|xiphunta|swiphunta|mbyana|timbyana|nguluve|tinguluve)\b`,
    String.raw`\b(?:u|inwi|iwe)\s+(?:tshituhu|zwituhu|tshipuka|mbwa|dzimbwa|nguluvhe|dzinguluvhe)\b`,
  ],
};

const CHECKS: ReadonlyArray<readonly [string, AbuseSeverity, TextPattern]> = [
  ['threat_violence', 'threat', compile(...EN_THREAT_PERSON, ...AF.threatPerson, ...NG.threatPerson, ...ST.threatPerson, ...TV.threatPerson)],
  ['threat_property', 'threat', compile(...EN_THREAT_PROPERTY, ...AF.threatProperty, ...NG.threatProperty, ...ST.threatProperty, ...TV.threatProperty)],
  ['slur', 'insult', new RegExp(SLURS)],
  ['insult', 'insult', compile(...EN_INSULT, ...AF.insult, ...NG.insult, ...ST.insult, ...TV.insult)],
  ['directed_profanity', 'insult', compile(...EN_PROFANITY, ...AF.profanity, ...NG.profanity, ...ST.profanity)],
];

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function containsWholeWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at > 0 ? haystack[at - 1] : '';
    const after = haystack[at + needle.length] ?? '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

function firstCheck(text: string): AbuseMatch | null {
  for (const [rule, severity, pattern] of CHECKS) if (pattern.test(text)) return { rule, severity };
  return null;
}

/**
 * Finds insults aimed at staff or the bot, threats against staff or property, slurs, and the tenant's
 * own blocked words (whole words, case- and accent-insensitive). The caller replies calmly, flags the
 * conversation and counts strikes toward a mute.
 */
export class AbuseRule {
  detect(text: string, extraBlockedWords: readonly string[] = []): AbuseMatch | null {
    const folded = foldForMatching(text);
    const found = firstCheck(folded);
    if (found) return found;
    // "k1ll", "id10t", Cyrillic look-alikes: the same checks on the text with the disguise undone.
    const undisguised = undoDisguise(folded);
    if (undisguised !== folded) {
      const disguised = firstCheck(undisguised);
      if (disguised) return disguised;
    }
    for (const word of extraBlockedWords) {
      const needle = foldForMatching(word).trim();
      if (needle && containsWholeWord(folded, needle)) return { rule: 'tenant_blocked_word', severity: 'insult' };
    }
    return null;
  }
}
