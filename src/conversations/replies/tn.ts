import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// Setswana. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Metsi (ga a yo, go dutla, diphaephe)',
  sanitation: 'Sewage, didrene le matlwana',
  electricity: 'Motlakase (ga o yo, megala)',
  streetlights: 'Mabone a mmila',
  roads: 'Ditsela le mesima',
  waste: 'Matlakala le go latlha matlakala',
  parks: 'Dipaka, ditlhare le bojang',
  billing: 'Diakhaonto le dituelo',
  other: 'Tse dingwe',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'e sa ntse e butswe, e emetse setlhopha',
  in_progress: 'e a dirwa',
  resolved: 'e rarabolotswe',
  closed: 'e tswetswe',
  rejected: 'e tswetswe go sa dirwa sepe',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'Fa go na le molelo, ntsha botlhe mme lo nne kgakala le mosi le dikgabo.',
  injury: 'Fa motho a gobetse thata kgotsa a sa heme, bona thuso jaanong mme o nne le ene.',
  violence: 'Fa o le mo kotsing, ya kwa lefelong le le babalesegileng fa o kgona.',
  electrocution: 'O se ka wa ama motho kgotsa mogala go fitlha motlakase o timilwe. Botlhe ba nne kgakala.',
  drowning: 'O se ka wa tsena mo metsing a a elelang ka bonako. Latlhela sengwe se se kokobalang, fa o kgona.',
  flooding: 'Ya kwa lefelong le le kwa godimo, mme fa go babalesegile, tima motlakase kwa main switch. O se ka wa tsamaya kgotsa wa kgweetsa mo metsing a merwalela.',
};
const EMERGENCY_NUMBERS = 'Leletsa jaanong: Sepodisi (SAPS) 10111, ambulense le bazimamolelo 10177, kgotsa 112 ka selefouno.';
const GBV_COMMAND_CENTRE = 'GBV Command Centre (tirisodikgoka e e theilweng mo bong): 0800 428 428, mahala, diura tse 24.';
const NOT_AN_EMERGENCY_SERVICE = 'Mogala ono wa mmasepala ga se tirelo ya tshoganyetso.';

export const tn: ReplyTemplates = {
  privacyNotice: (municipality) => `Sephiri: ${municipality} e dirisa nomoro ya gago le melaetsa ya gago fela go tshwaragana le dipego tsa gago (POPIA).`,
  welcome: (municipality) => `Dumela, ono ke mogala wa ditirelo wa ${municipality}. Re bolelele gore bothata ke eng le gore bo kae, sk. "Ga go na metsi kwa 12 Main Street".`,
  askCategory: (options) =>
    ['Ke bothata jwa mofuta ofe? Araba ka nomoro:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Bothata bo kae? Romela location pin (tobetsa + kgotsa clip, morago Location) kgotsa o kwale aterese ya mmila kgotsa lefelo le le itsegeng le le gaufi.',
  ticketCreated: (trackingNumber) => `Re a leboga, pego ya gago e kwadilwe. Nomoro ya gago ya tshupetso ke ${trackingNumber}. Romela "status ${trackingNumber}" go e sala morago.`,
  ticketStatus: (trackingNumber, category, status) => `Pego ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Ga re a bona pego ${trackingNumber} ya nomoro eno. Tswee-tswee tlhola nomoro ya tshupetso.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Maitshwarelo, sengwe ga se a tsamaya sentle ka fa go rona. Tswee-tswee leka gape morago ga metsotso e le mmalwa.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Maitshwarelo, nka thusa fela ka dipego tsa ditirelo tsa mmasepala (metsi, motlakase, ditsela, matlakala...) le seemo sa tsone.',
  abuse: () => 'Re batla go go thusa. Tswee-tswee bua ka tlotlo gore badiri ba rona ba kgone go tshwaragana le pego ya gago.',
  slowDown: () => 'O romela melaetsa e mentsi ka bonako. Tswee-tswee ema go se kae; dipego tsa gago re di amogetse.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Re a leboga, re tsentse difaele tsa gago tse ${count} mo pegong ${trackingNumber}.`
      : `Re a leboga, re tsentse faele ya gago mo pegong ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Re a leboga, re amogetse faele ya gago. Tswee-tswee re bolelele ka mafoko a le mmalwa gore bothata ke eng le gore bo kae (kgotsa o romele location pin).',
  mediaResend: () =>
    'Maitshwarelo, ga re a kgona go amogela faele e o e romileng. Tswee-tswee e romele gape: setshwantsho (JPG kgotsa PNG), PDF, voice note kgotsa video. Faele e tshwanetse go nna ka fa tlase ga 16 MB. Pego ya gago yone re e amogetse.',
};
