/**
 * A WhatsApp message that was not sent. The message never contains the body text, a phone number or the
 * provider's own error text (which can quote the number); the cause is not attached for the same reason.
 */
export class WhatsAppSendError extends Error {
  /** The provider's error code (Twilio: 63016 outside the 24-hour window, 21211 invalid To, ...). */
  readonly code?: number;
  /** The provider's HTTP status; undefined when no answer came (network error, timeout). */
  readonly status?: number;
  /**
   * Whether sending the same message again later may work: no answer, a 5xx, or 429 (rate limited).
   * A retried 5xx can deliver twice: Twilio may have queued the message before failing.
   */
  readonly retryable: boolean;
  /** Ids of the parts of a split body that were sent before this failure, so a retry can skip them. */
  readonly sentSids: string[];

  constructor(
    message: string,
    details: { code?: number; status?: number; retryable: boolean; sentSids?: string[] },
  ) {
    super(message);
    this.name = WhatsAppSendError.name;
    this.code = details.code;
    this.status = details.status;
    this.retryable = details.retryable;
    this.sentSids = details.sentSids ?? [];
  }
}
