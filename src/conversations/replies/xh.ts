import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// isiXhosa. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Amanzi (akukho, ukuvuza, imibhobho)',
  sanitation: 'Ilindle, imijelo nezindlu zangasese',
  electricity: 'Umbane (akukho, iintambo)',
  streetlights: 'Izibane zesitrato',
  roads: 'Iindlela nemingxuma',
  waste: 'Inkunkuma nokulahlwa kwenkunkuma',
  parks: 'Iipaki, imithi nengca',
  billing: 'Iiakhawunti neentlawulo',
  other: 'Okunye',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'isavuliwe, ilindele iqela',
  in_progress: 'iyasetyenzwa',
  resolved: 'isonjululiwe',
  closed: 'ivaliwe',
  rejected: 'ivaliwe kungathathwanga manyathelo',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'Ukuba kukho umlilo, khupha wonke umntu kwaye nikuphephe umsi namadangatye.',
  injury: 'Ukuba umntu wenzakele kakhulu okanye akaphefumli, fumana uncedo ngoku kwaye uhlale naye.',
  violence: 'Ukuba usengozini, yiya kwindawo ekhuselekileyo ukuba unako.',
  electrocution: 'Musa ukumchukumisa umntu okanye ucingo de kucinywe umbane. Gcina wonke umntu kude.',
  drowning: 'Musa ukungena wena emanzini aqukuqelayo. Phosa into edadayo, ukuba unako.',
  flooding: 'Yiya kwindawo ephakamileyo, kwaye ukuba kukhuselekile, cima umbane kwi-main switch. Musa ukuhamba okanye ukuqhuba kumanzi ezikhukhula.',
};
const EMERGENCY_NUMBERS = 'Tsalela ngoku: Amapolisa (SAPS) 10111, i-ambulensi nabacimi-mlilo 10177, okanye 112 ngeselula.';
const GBV_COMMAND_CENTRE = 'I-GBV Command Centre (ubundlobongela obusekelwe kwisini): 0800 428 428, simahla, iiyure ezingama-24.';
const NOT_AN_EMERGENCY_SERVICE = 'Le nombolo kamasipala ayisiyonkonzo yongxamiseko.';

export const xh: ReplyTemplates = {
  privacyNotice: (municipality) => `Imfihlo: i-${municipality} isebenzisa inombolo yakho nemiyalezo yakho kuphela ukuze isingathe iingxelo zakho (POPIA).`,
  welcome: (municipality) => `Molo, le yinombolo yeenkonzo ye-${municipality}. Sixelele ukuba yintoni ingxaki nokuba iphi, umz. "Akukho manzi ku-12 Main Street".`,
  askCategory: (options) =>
    ['Luhlobo luni lwengxaki? Phendula ngenombolo:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Iphi ingxaki? Thumela i-location pin (cofa u-+ okanye i-clip, emva koko u-Location) okanye ubhale idilesi yesitrato okanye indawo eyaziwayo ekufutshane.',
  ticketCreated: (trackingNumber) => `Enkosi, ingxelo yakho ibhalisiwe. Inombolo yakho yesalathiso ngu-${trackingNumber}. Thumela "status ${trackingNumber}" ukuze ujonge ukuba ikweliphi inqanaba.`,
  ticketStatus: (trackingNumber, category, status) => `Ingxelo ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Asiyifumananga ingxelo ${trackingNumber} yale nombolo. Nceda ujonge inombolo yesalathiso.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Uxolo, kukho into engahambanga kakuhle kuthi. Nceda uzame kwakhona emva kwemizuzu embalwa.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Uxolo, ndinokunceda kuphela ngeengxelo zeenkonzo zikamasipala (amanzi, umbane, iindlela, inkunkuma...) nemeko yazo.',
  abuse: () => 'Sifuna ukukunceda. Nceda uthethe ngentlonipho ukuze abasebenzi bethu bakwazi ukujongana nengxelo yakho.',
  slowDown: () => 'Uthumela imiyalezo emininzi ngokukhawuleza. Nceda ulinde kancinci; iingxelo zakho sizifumene.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Enkosi, sifake iifayile zakho ezi-${count} kwingxelo ${trackingNumber}.`
      : `Enkosi, sifake ifayile yakho kwingxelo ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Enkosi, siyifumene ifayile yakho. Nceda usixelele ngamagama ambalwa ukuba yintoni ingxaki nokuba iphi (okanye uthumele i-location pin).',
  mediaResend: () =>
    'Uxolo, asikwazanga ukuyifumana ifayile oyithumeleyo. Nceda uyithumele kwakhona: ifoto (JPG okanye PNG), i-PDF, i-voice note okanye ividiyo. Ifayile mayibe ngaphantsi kwe-16 MB. Ingxelo yakho yona siyifumene.',
};
