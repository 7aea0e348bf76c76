/** One outbound WhatsApp text. Numbers are E.164 ("+27821234567"); the adapter adds "whatsapp:". */
export interface WhatsAppMessage {
  from: string;
  to: string;
  body: string;
}

export interface WhatsAppSendResult {
  /** The provider's id of the (first) message sent, e.g. Twilio's "SM…" MessageSid. */
  sid: string;
  /** One id per message actually sent, in order: more than one when a long body was split. */
  sids: string[];
}

/**
 * The port for messages sent outside a webhook's reply (status updates, "please resend your photo"), and
 * its DI token. Resolves to null when sending is not configured, so callers can carry on without it;
 * rejects with WhatsAppSendError when the provider refuses or cannot be reached.
 *
 * Free-form text is only delivered inside WhatsApp's 24-hour window after the citizen's last message;
 * outside it the provider answers (or later reports) error 63016.
 */
export abstract class WhatsAppSender {
  abstract send(message: WhatsAppMessage): Promise<WhatsAppSendResult | null>;
}
