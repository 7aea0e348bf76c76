import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// isiZulu. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Amanzi (awekho, ukuvuza, amapayipi)',
  sanitation: 'Indle, imisele namathoyilethi',
  electricity: 'Ugesi (awukho, izintambo)',
  streetlights: 'Izibani zomgwaqo',
  roads: 'Imigwaqo nemigodi',
  waste: 'Udoti nokulahlwa kukadoti',
  parks: 'Amapaki, izihlahla notshani',
  billing: 'Ama-akhawunti nokukhokha',
  other: 'Okunye',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'usavuliwe, ulinde ithimba',
  in_progress: 'uyasetshenzwa',
  resolved: 'usuxazululiwe',
  closed: 'usuvaliwe',
  rejected: 'uvaliwe kungathathwanga sinyathelo',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'Uma kunomlilo, khipha wonke umuntu futhi nigweme intuthu namalangabi.',
  injury: 'Uma kukhona olimele kabi noma ongaphefumuli, thola usizo manje futhi uhlale naye.',
  violence: 'Uma usengozini, yana endaweni ephephile uma ukwazi.',
  electrocution: 'Ungamthinti umuntu noma intambo kuze kucishwe ugesi. Gcina wonke umuntu kude.',
  drowning: 'Ungangeni wena emanzini agelezayo. Phonsa into entantayo, uma ukwazi.',
  flooding: 'Yana endaweni ephakeme, futhi uma kuphephile, cisha ugesi ku-main switch. Ungahambi noma ushayele emanzini ezikhukhula.',
};
const EMERGENCY_NUMBERS = 'Shayela manje: Amaphoyisa (SAPS) 10111, i-ambulensi nabacimi bomlilo 10177, noma 112 ngeselula.';
const GBV_COMMAND_CENTRE = 'I-GBV Command Centre (udlame olubhekiswe ebulilini): 0800 428 428, mahhala, amahora angu-24.';
const NOT_AN_EMERGENCY_SERVICE = 'Lena nombolo kamasipala ayisiyo insizakalo yezimo eziphuthumayo.';

export const zu: ReplyTemplates = {
  privacyNotice: (municipality) => `Ubumfihlo: i-${municipality} isebenzisa inombolo yakho nemilayezo yakho kuphela ukuze ibhekane nemibiko yakho (POPIA).`,
  welcome: (municipality) => `Sawubona, lena yinombolo yezinsizakalo ye-${municipality}. Sitshele ukuthi iyini inkinga nokuthi ikuphi, isib. "Awekho amanzi ku-12 Main Street".`,
  askCategory: (options) =>
    ['Iyini inkinga? Phendula ngenombolo:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Ikuphi inkinga? Thumela i-location pin (cindezela u-+ noma i-clip, bese u-Location) noma ubhale ikheli lomgwaqo noma indawo eyaziwayo eseduze.',
  ticketCreated: (trackingNumber) => `Siyabonga, umbiko wakho ubhalisiwe. Inombolo yakho yereferensi ngu-${trackingNumber}. Thumela "status ${trackingNumber}" ukuze ubone ukuthi usuphi.`,
  ticketStatus: (trackingNumber, category, status) => `Umbiko ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Asiwutholanga umbiko ${trackingNumber} walenombolo. Sicela uhlole inombolo yereferensi.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Uxolo, kukhona okungahambanga kahle ngasohlangothini lwethu. Sicela uzame futhi emizuzwini embalwa.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Uxolo, ngingasiza kuphela ngemibiko yezinsizakalo zikamasipala (amanzi, ugesi, imigwaqo, udoti...) nangesimo sayo.',
  abuse: () => 'Sifuna ukukusiza. Sicela ukhulume ngenhlonipho ukuze abasebenzi bethu bakwazi ukubhekana nombiko wakho.',
  slowDown: () => 'Uthumela imilayezo eminingi ngokushesha. Sicela ulinde kancane; imibiko yakho siyitholile.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Siyabonga, sifake amafayela akho angu-${count} kumbiko ${trackingNumber}.`
      : `Siyabonga, sifake ifayela lakho kumbiko ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Siyabonga, silitholile ifayela lakho. Sicela usitshele ngamagama ambalwa ukuthi iyini inkinga nokuthi ikuphi (noma uthumele i-location pin).',
  mediaResend: () =>
    'Uxolo, asikwazanga ukulithola ifayela olithumele. Sicela ulithumele futhi: isithombe (JPG noma PNG), i-PDF, i-voice note noma ividiyo. Ifayela kumele libe ngaphansi kuka-16 MB. Umbiko wakho wona siwutholile.',
};
