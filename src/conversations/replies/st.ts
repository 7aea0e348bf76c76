import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

// Sesotho. Loanwords a citizen sees on the phone ("location pin", "status") stay as they are.
const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Metsi (ha a yo, ho dutla, diphaephe)',
  sanitation: 'Sewage, didrene le matlwana',
  electricity: 'Motlakase (ha o yo, dithapo)',
  streetlights: 'Mabone a seterata',
  roads: 'Ditsela le masoba',
  waste: 'Matlakala le ho lahla matlakala',
  parks: 'Diphaka, difate le jwang',
  billing: 'Diakhaonto le ditefo',
  other: 'Tse ding',
};

/** Completes the sentence "Report <reference> (<category>) ...". */
const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'e sa bulehile, e emetse sehlopha',
  in_progress: 'e ntse e sebetswa',
  resolved: 'e rarollotswe',
  closed: 'e kwetswe',
  rejected: 'e kwetswe ho sa nkuwa kgato',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'Haeba ho na le mollo, ntsha bohle mme le hole le mosi le malakabe.',
  injury: 'Haeba motho a lemetse haholo kapa a sa heme, fumana thuso hona jwale mme o dule le yena.',
  violence: 'Haeba o le kotsing, eya sebakeng se bolokehileng haeba o kgona.',
  electrocution: 'O se ke wa tshwara motho kapa terata ho fihlela motlakase o timilwe. Bohle ba dule hole.',
  drowning: 'O se ke wa kena metsing a phallang ka matla. Akgela ntho e phaphamalang, haeba o kgona.',
  flooding: 'Eya sebakeng se phahameng, mme haeba ho bolokehile, tima motlakase ho main switch. O se ke wa tsamaya kapa wa kganna metsing a dikgohola.',
};
const EMERGENCY_NUMBERS = 'Letsetsa hona jwale: Sepolesa (SAPS) 10111, ambulense le ditima-mollo 10177, kapa 112 ka selefounu.';
const GBV_COMMAND_CENTRE = 'GBV Command Centre (dikgoka tse thehilweng bong): 0800 428 428, mahala, dihora tse 24.';
const NOT_AN_EMERGENCY_SERVICE = 'Mohala ona wa masepala hase tshebeletso ya tshohanyetso.';

export const st: ReplyTemplates = {
  privacyNotice: (municipality) => `Lekunutu: ${municipality} e sebedisa nomoro ya hao le melaetsa ya hao feela ho sebetsana le ditlaleho tsa hao (POPIA).`,
  welcome: (municipality) => `Dumela, ena ke mohala wa ditshebeletso wa ${municipality}. Re bolelle hore bothata ke eng le hore bo hokae, mohl. "Ha ho metsi ho 12 Main Street".`,
  askCategory: (options) =>
    ['Ke bothata ba mofuta ofe? Araba ka nomoro:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () => 'Bothata bo hokae? Romela location pin (tobetsa + kapa clip, ebe Location) kapa o ngole aterese ya seterata kapa sebaka se tsebahalang se haufi.',
  ticketCreated: (trackingNumber) => `Re a leboha, tlaleho ya hao e ngodisitswe. Nomoro ya hao ya referense ke ${trackingNumber}. Romela "status ${trackingNumber}" ho e latela.`,
  ticketStatus: (trackingNumber, category, status) => `Tlaleho ${trackingNumber} (${CATEGORY_NAMES[category]}) ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `Ha re a fumana tlaleho ${trackingNumber} bakeng sa nomoro ena. Ka kopo hlahloba nomoro ya referense.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Re kopa tshwarelo, ho na le se sa tsamayang hantle ka lehlakoreng la rona. Ka kopo leka hape kamora metsotso e mmalwa.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Re kopa tshwarelo, nka thusa feela ka ditlaleho tsa ditshebeletso tsa masepala (metsi, motlakase, ditsela, matlakala...) le boemo ba tsona.',
  abuse: () => 'Re batla ho o thusa. Ka kopo bua ka hlompho hore basebetsi ba rona ba kgone ho sebetsana le tlaleho ya hao.',
  slowDown: () => 'O romela melaetsa e mengata ka potlako. Ka kopo ema hanyane; ditlaleho tsa hao re di fumane.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Re a leboha, re kentse difaele tsa hao tse ${count} tlalehong ${trackingNumber}.`
      : `Re a leboha, re kentse faele ya hao tlalehong ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Re a leboha, re fumane faele ya hao. Ka kopo re bolelle ka mantswe a mmalwa hore bothata ke eng le hore bo hokae (kapa o romele location pin).',
  mediaResend: () =>
    'Re kopa tshwarelo, ha re a kgona ho fumana faele eo o e rometseng. Ka kopo e romele hape: senepe (JPG kapa PNG), PDF, voice note kapa video. Faele e lokela ho ba ka tlase ho 16 MB. Tlaleho ya hao yona re e fumane.',
};
