import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// Sepedi. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Meetse (ga a gona, go dutla, diphaephe)',
  sanitation: 'Sewage, didrene le dintlwana',
  electricity: 'Mohlagase (ga o gona, megala)',
  streetlights: 'Mabone a mebileng',
  roads: 'Ditsela le mekoti',
  waste: 'Matlakala le go lahla matlakala',
  parks: 'Dipaka, ditlhare le bjang',
  billing: 'Diakhaonto le ditefelo',
  other: 'Tše dingwe',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'e sa bulegile, e letetše sehlopha',
  in_progress: 'e a šomelwa',
  resolved: 'e rarollotšwe',
  closed: 'e tswaletšwe',
  rejected: 'e tswaletšwe ntle le go tšewa kgato',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'Ge go na le mollo, ntšha bohle gomme le dule kgole le muši le dikgabo.',
  injury: 'Ge motho a gobetše kudu goba a sa heme, hwetša thušo bjale gomme o dule le yena.',
  violence: 'Ge o le kotsing, ya lefelong le le bolokegilego ge o kgona.',
  electrocution: 'O se ke wa kgwatha motho goba mogala go fihlela mohlagase o timilwe. Bohle ba dule kgole.',
  drowning: 'O se ke wa tsena meetseng ao a elelago ka lebelo. Lahlela selo seo se phaphamalago, ge o kgona.',
  flooding: 'Ya lefelong le le phagamego, gomme ge go bolokegile, tima mohlagase go main switch. O se ke wa sepela goba wa otlela meetseng a mafula.',
};
const EMERGENCY_NUMBERS = 'Leletša bjale: Maphodisa (SAPS) 10111, ambulense le batimamollo 10177, goba 112 ka selefouno.';
const GBV_COMMAND_CENTRE = 'GBV Command Centre (dikgoka tšeo di theilwego godimo ga bong): 0800 428 428, mahala, diiri tše 24.';
const NOT_AN_EMERGENCY_SERVICE = 'Mogala wo wa mmasepala ga se tirelo ya tšhoganyetšo.';

export const nso: ReplyTemplates = {
  privacyNotice: (municipality) => `Sephiri: ${municipality} e šomiša nomoro ya gago le melaetša ya gago fela go šomana le dipego tša gago (POPIA).`,
  welcome: (municipality) => `Thobela, se ke mogala wa ditirelo wa ${municipality}. Re botše gore bothata ke eng le gore bo kae, mohl. "Ga go na meetse go 12 Main Street".`,
  askCategory: (options) =>
    ['Ke bothata bja mohuta ofe? Araba ka nomoro:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Bothata bo kae? Romela location pin (tobetša + goba clip, ke moka Location) goba o ngwale aterese ya mmila goba lefelo le le tsebegago kgauswi.',
  ticketCreated: (trackingNumber) => `Re a leboga, pego ya gago e ngwadilwe. Nomoro ya gago ya tšhupetšo ke ${trackingNumber}. Romela "status ${trackingNumber}" go e latela.`,
  ticketStatus: (trackingNumber, category, status) => `Pego ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Ga re a hwetša pego ${trackingNumber} ya nomoro ye. Hle lekola nomoro ya tšhupetšo.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Re kgopela tshwarelo, go na le seo se sa sepelego gabotse ka mo go rena. Hle leka gape ka morago ga metsotso e mmalwa.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Re kgopela tshwarelo, nka thuša fela ka dipego tša ditirelo tša mmasepala (meetse, mohlagase, ditsela, matlakala...) le boemo bja tšona.',
  abuse: () => 'Re nyaka go go thuša. Hle bolela ka tlhompho gore bašomi ba rena ba kgone go šomana le pego ya gago.',
  slowDown: () => 'O romela melaetša e mentši ka lebelo. Hle ema gannyane; dipego tša gago re di amogetše.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Re a leboga, re tsentše difaele tša gago tše ${count} pegong ${trackingNumber}.`
      : `Re a leboga, re tsentše faele ya gago pegong ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Re a leboga, re amogetše faele ya gago. Hle re botše ka mantšu a mmalwa gore bothata ke eng le gore bo kae (goba o romele location pin).',
  mediaResend: () =>
    'Re kgopela tshwarelo, ga re a kgona go amogela faele yeo o e romilego. Hle e romele gape: seswantšho (JPG goba PNG), PDF, voice note goba video. Faele e swanetše go ba ka fase ga 16 MB. Pego ya gago yona re e amogetše.',
};
