import type { EmergencyKind } from '../../guardrails/rules/emergency.rule';
import type { CategoryCode } from '../../tenancy/default-taxonomy';
import type { TicketStatus } from '../../tickets/entities/ticket.entity';
import type { ReplyTemplates } from './reply-templates';

const CATEGORY_NAMES: Record<CategoryCode, string> = {
  water: 'Water (no water, leaks, bursts)',
  sanitation: 'Sewage, drains and toilets',
  electricity: 'Electricity (no power, cables)',
  streetlights: 'Street lights',
  roads: 'Roads and potholes',
  waste: 'Refuse and dumping',
  parks: 'Parks, trees and grass',
  billing: 'Accounts and billing',
  other: 'Something else',
};

const STATUS_NAMES: Record<TicketStatus, string> = {
  open: 'open and waiting for the team',
  in_progress: 'being worked on',
  resolved: 'resolved',
  closed: 'closed',
  rejected: 'closed without action',
};

// Emergency replies: one safety line for the danger, then the national numbers, which are the same in every language.
const SAFETY_FIRST: Record<EmergencyKind, string> = {
  fire: 'If there is a fire, get everyone out and keep away from the smoke and flames.',
  injury: 'If someone is badly hurt or not breathing, get help now and stay with them.',
  violence: 'If you are in danger, get to a safe place if you can.',
  electrocution: 'Do not touch the person or the wire until the power is off. Keep everyone away.',
  drowning: 'Do not go into fast-flowing water yourself. Throw something that floats, if you can.',
  flooding: 'Move to higher ground and, if it is safe, switch off the power at the mains. Do not walk or drive through flood water.',
};
const EMERGENCY_NUMBERS = 'Call now: SAPS (police) 10111, ambulance and fire 10177, or 112 from a mobile.';
const GBV_COMMAND_CENTRE = 'GBV Command Centre (gender-based violence): 0800 428 428, free, 24 hours.';
const NOT_AN_EMERGENCY_SERVICE = 'This municipal line is not an emergency service.';

export const en: ReplyTemplates = {
  privacyNotice: (municipality) =>
    `Privacy: ${municipality} uses your number and messages only to handle your reports (POPIA).`,
  welcome: (municipality) =>
    `Hello, this is ${municipality}'s service line. Tell us what the problem is and where, e.g. "No water at 12 Main Street".`,
  askCategory: (options) =>
    ['What kind of problem is it? Reply with a number:', ...options.map((o) => `${o.number}. ${CATEGORY_NAMES[o.category]}`)].join('\n'),
  askLocation: () =>
    'Where is the problem? Send a location pin (tap + or the clip, then Location) or type the street address or nearest landmark.',
  ticketCreated: (trackingNumber) =>
    `Thank you, your report is logged. Your reference is ${trackingNumber}. Send "status ${trackingNumber}" to check on it.`,
  ticketStatus: (trackingNumber, category, status) =>
    `Report ${trackingNumber} (${CATEGORY_NAMES[category]}) is ${STATUS_NAMES[status]}.`,
  ticketNotFound: (trackingNumber) => `We could not find report ${trackingNumber} for this number. Please check the reference.`,
  categoryName: (category) => CATEGORY_NAMES[category],
  error: () => 'Sorry, something went wrong on our side. Please try again in a few minutes.',
  emergency: (kind) =>
    [SAFETY_FIRST[kind], EMERGENCY_NUMBERS, ...(kind === 'violence' ? [GBV_COMMAND_CENTRE] : []), NOT_AN_EMERGENCY_SERVICE].join(' '),
  misuse: () => 'Sorry, I can only help with municipal service reports (water, electricity, roads, refuse...) and their status.',
  abuse: () => 'We want to help. Please keep the conversation respectful so that our staff can deal with your report.',
  slowDown: () => 'You are sending many messages quickly. Please wait a little; we have your reports.',
  mediaAttached: (trackingNumber, count) =>
    count > 1
      ? `Thank you, we added your ${count} files to report ${trackingNumber}.`
      : `Thank you, we added your file to report ${trackingNumber}.`,
  mediaReceivedAskReport: () =>
    'Thank you, we got your file. Please tell us in a few words what the problem is and where it is (or send a location pin).',
  mediaResend: () =>
    'Sorry, we could not receive the file you sent. Please send it again as a photo (JPG or PNG), PDF, voice note or video under 16 MB. Your report itself was received.',
};
