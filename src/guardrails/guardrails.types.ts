import type { EmergencyFinding } from './rules/emergency.rule';

export type GuardrailAction = 'allow' | 'redact' | 'block' | 'emergency' | 'throttle';

/** What the guardrails decided about a piece of text, and why. */
export interface GuardrailVerdict {
  action: GuardrailAction;
  /** The text to use from here on (normalised; redacted where the action says so). */
  text: string;
  reasons: string[];
  /** Personal information taken out of the text, counted by kind (e.g. { sa_id_number: 1 }). */
  redactions: Record<string, number>;
  /** With action "emergency": what kind, and whether it is also a municipal hazard that needs a ticket. */
  emergency?: EmergencyFinding;
  /** With action "block": misuse of the bot (prompt injection) or abuse of staff, and the rule that fired. */
  blocked?: { kind: 'injection' | 'abuse'; rule: string };
}
