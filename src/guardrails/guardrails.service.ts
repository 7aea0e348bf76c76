import { Injectable } from '@nestjs/common';
import { GuardrailVerdict } from './guardrails.types';
import { neutraliseFormatting, scrubInternals, splitForWhatsApp } from './output-guard';
import { redactPersonalInformation } from './pii-redactor';
import { AbuseRule } from './rules/abuse.rule';
import { EmergencyRule, MODEL_RULE } from './rules/emergency.rule';
import type { InputContext } from './rules/input-rule';
import { PromptInjectionRule } from './rules/prompt-injection.rule';

/** WhatsApp accepts 4,096 characters in a message; Twilio 1,600 in one outbound body. */
export const MAX_INBOUND_CHARS = 4096;
export const MAX_OUTBOUND_CHARS = 1600;

// C0/C1 controls except tab and newline; zero-width and direction marks that hide text. U+200D (zero-width
// joiner) is kept because emoji sequences (family, flags, skin tones) need it.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const INVISIBLE_CHARS = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export interface GuardrailInputContext extends InputContext {
  /** The tenant's own words to treat as abuse, on top of the built-in lists. */
  extraBlockedWords?: readonly string[];
}

/**
 * Every inbound text passes processInput before anything else reads it, and every reply passes
 * processOutput before it leaves. The rules are small classes; this is the one place they are composed,
 * in order of what matters most: a danger to life first, then misuse and abuse, then personal
 * information (which is redacted in every case, so nothing stored or logged carries it).
 */
@Injectable()
export class GuardrailsService {
  private readonly emergencies = new EmergencyRule();
  private readonly injections = new PromptInjectionRule();
  private readonly abuse = new AbuseRule();

  processInput(raw: string, context: GuardrailInputContext = {}): GuardrailVerdict {
    const reasons: string[] = [];
    let text = clean(raw);
    if (text !== raw) reasons.push('normalised');
    if ([...text].length > MAX_INBOUND_CHARS) {
      text = truncateCodePoints(text, MAX_INBOUND_CHARS);
      reasons.push('truncated');
    }
    // A threat against staff ("I will burn your offices") names fire or weapons too, but it is abuse to
    // answer calmly, not an emergency to send the fire brigade to.
    const abuseFound = this.abuse.detect(text, context.extraBlockedWords ?? []);
    const found = abuseFound?.severity === 'threat' ? null : this.emergencies.detect(text);
    // A danger only the model saw, or one it disputes, is a guess; what the message plainly is (an order to
    // the bot, an insult to staff) outranks it. A named danger, or a municipal hazard, outranks them.
    const uncertain = found !== null && !found.municipalHazard && (found.rule === MODEL_RULE || found.disputed === true);
    const injection = found && !uncertain ? null : this.injections.detect(text);
    const emergency = uncertain && (injection || abuseFound) ? null : found;
    const abuse = emergency || injection ? null : abuseFound;
    const redacted = redactPersonalInformation(text, context);
    const kinds = Object.keys(redacted.counts);

    if (emergency) reasons.push(`emergency:${emergency.kind}`);
    if (injection) reasons.push(`blocked:injection_${injection.rule}`);
    if (abuse) reasons.push(`blocked:abuse_${abuse.severity}`);
    reasons.push(...kinds.map((kind) => `redacted:${kind}`));

    const action = emergency ? 'emergency' : injection || abuse ? 'block' : kinds.length ? 'redact' : 'allow';
    return {
      action,
      text: redacted.text.trim(),
      reasons,
      redactions: redacted.counts,
      ...(emergency ? { emergency } : {}),
      ...(injection ? { blocked: { kind: 'injection' as const, rule: injection.rule } } : {}),
      ...(abuse ? { blocked: { kind: 'abuse' as const, rule: abuse.rule } } : {}),
    };
  }

  /**
   * The reply as WhatsApp-sized parts: internals scrubbed, over-long text split at sentence boundaries.
   * Citizen words echoed in a reply should go through neutraliseEcho first.
   */
  processOutput(raw: string): GuardrailVerdict & { parts: string[] } {
    const reasons: string[] = [];
    const scrubbed = scrubInternals(clean(raw));
    reasons.push(...scrubbed.removed.map((kind) => `scrubbed:${kind}`));
    const parts = splitForWhatsApp(scrubbed.text, MAX_OUTBOUND_CHARS);
    if (parts.length > 1) reasons.push('split');
    return { action: 'allow', text: parts.join('\n\n'), parts, reasons, redactions: {} };
  }

  /** Citizen text quoted back in a reply: WhatsApp's formatting characters lose their effect. */
  neutraliseEcho(echoed: string): string {
    return neutraliseFormatting(echoed);
  }
}

function clean(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARS, '').replace(INVISIBLE_CHARS, '').replace(/\r\n?/g, '\n');
}

// Cuts on code points so an emoji is never split into a broken surrogate half.
function truncateCodePoints(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}
