import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// Afrikaans. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Water (geen water, lekke, gebarste pype)',
  sanitation: 'Riool, dreine en toilette',
  electricity: 'Elektrisiteit (geen krag, kabels)',
  streetlights: 'Straatligte',
  roads: 'Paaie en slaggate',
  waste: 'Vullis en onwettige storting',
  parks: 'Parke, bome en gras',
  billing: 'Rekeninge en betalings',
  other: 'Iets anders',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'is oop en wag vir die span',
  in_progress: 'word tans aan gewerk',
  resolved: 'is opgelos',
  closed: 'is gesluit',
  rejected: 'is gesluit sonder optrede',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'As daar ’n brand is, kry almal uit en bly weg van die rook en vlamme.',
  injury: 'As iemand ernstig beseer is of nie asemhaal nie, kry nou hulp en bly by hulle.',
  violence: 'As jy in gevaar is, gaan na ’n veilige plek as jy kan.',
  electrocution: 'Moenie die persoon of die draad aanraak voordat die krag af is nie. Hou almal weg.',
  drowning: 'Moenie self in vinnig vloeiende water ingaan nie. Gooi iets wat dryf, as jy kan.',
  flooding: 'Gaan na hoër grond en skakel die krag by die hoofskakelaar af as dit veilig is. Moenie deur vloedwater loop of ry nie.',
};
const EMERGENCY_NUMBERS = 'Bel nou: SAPD (polisie) 10111, ambulans en brandweer 10177, of 112 van ’n selfoon.';
const GBV_COMMAND_CENTRE = 'GBV-bevelsentrum (geslagsgebaseerde geweld): 0800 428 428, gratis, 24 uur.';
const NOT_AN_EMERGENCY_SERVICE = 'Hierdie munisipale lyn is nie ’n nooddiens nie.';

export const af: ReplyTemplates = {
  privacyNotice: (municipality) => `Privaatheid: ${municipality} gebruik jou nommer en boodskappe slegs om jou klagtes te hanteer (POPIA).`,
  welcome: (municipality) => `Hallo, dit is ${municipality} se dienslyn. Sê vir ons wat die probleem is en waar, bv. "Geen water by Hoofstraat 12".`,
  askCategory: (options) =>
    ['Watter soort probleem is dit? Antwoord met ’n nommer:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Waar is die probleem? Stuur ’n ligging (tik + of die skuifspeld, dan Ligging/Location) of tik die straatadres of naaste landmerk.',
  ticketCreated: (trackingNumber) => `Dankie, jou klagte is aangeteken. Jou verwysingsnommer is ${trackingNumber}. Stuur "status ${trackingNumber}" om dit na te gaan.`,
  ticketStatus: (trackingNumber, category, status) => `Klagte ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Ons kon nie klagte ${trackingNumber} vir hierdie nommer vind nie. Gaan asseblief die verwysingsnommer na.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Jammer, iets het aan ons kant verkeerd geloop. Probeer asseblief oor ’n paar minute weer.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Jammer, ek kan net help met klagtes oor munisipale dienste (water, elektrisiteit, paaie, vullis...) en hul status.',
  abuse: () => 'Ons wil graag help. Hou asseblief die gesprek respekvol sodat ons personeel jou klagte kan hanteer.',
  slowDown: () => 'Jy stuur baie boodskappe vinnig na mekaar. Wag asseblief ’n rukkie; ons het jou klagtes.',
  mediaAttached: (trackingNumber, count) =>
    count > 1 ? `Dankie, ons het jou ${count} lêers by klagte ${trackingNumber} gevoeg.` : `Dankie, ons het jou lêer by klagte ${trackingNumber} gevoeg.`,
  mediaReceivedAskReport: () =>
    'Dankie, ons het jou lêer ontvang. Sê asseblief in ’n paar woorde wat die probleem is en waar dit is (of stuur ’n ligging).',
  mediaResend: () =>
    'Jammer, ons kon nie die lêer wat jy gestuur het, ontvang nie. Stuur dit asseblief weer as ’n foto (JPG of PNG), PDF, stemnota of video kleiner as 16 MB. Jou klagte self is wel ontvang.',
};
