import { Injectable, Logger } from '@nestjs/common';
import twilio, { RestException } from 'twilio';
import TwilioServiceException from 'twilio/lib/base/TwilioServiceException';
import { maskPhone } from '../common/logging/redact';
import { AppConfig } from '../config/app-config';
import { splitForWhatsApp } from '../guardrails/output-guard';
import { createTwilioHttpClient } from './twilio-http-client';
import { WhatsAppSendError } from './whatsapp-send.error';
import { WhatsAppMessage, WhatsAppSender, WhatsAppSendResult } from './whatsapp-sender';

const E164 = /^\+[1-9]\d{6,14}$/;

// twilio's autoRetry retries 429 only (exponential backoff with jitter, at most maxRetryDelay between
// tries); a 5xx or a network error comes straight back and is left to the caller, as a retryable error.
const HTTP_OPTIONS = { autoRetry: true, maxRetries: 3 } as const;

/** WhatsApp messages through Twilio's REST API (POST /2010-04-01/Accounts/{sid}/Messages.json). */
@Injectable()
export class TwilioWhatsAppSender extends WhatsAppSender {
  private readonly logger = new Logger(TwilioWhatsAppSender.name);
  private readonly client?: twilio.Twilio;
  private warnedNotConfigured = false;

  constructor(config: AppConfig) {
    super();
    const accountSid = config.twilioAccountSid;
    if (!accountSid) return;
    const apiBaseUrl = config.twilioApiBaseUrl;
    const { protocol, hostname } = new URL(apiBaseUrl);
    if (protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
      this.logger.warn('TWILIO_API_BASE_URL is plain http: the Twilio credentials cross the network unencrypted.');
    }
    this.client = twilio(accountSid, config.twilioAuthToken, {
      httpClient: createTwilioHttpClient(apiBaseUrl, HTTP_OPTIONS),
    });
  }

  async send(message: WhatsAppMessage): Promise<WhatsAppSendResult | null> {
    if (!this.client) {
      if (!this.warnedNotConfigured) {
        this.warnedNotConfigured = true;
        this.logger.warn('TWILIO_ACCOUNT_SID is not set: outbound WhatsApp messages are not sent.');
      }
      return null;
    }
    const from = whatsappAddress(message.from);
    const to = whatsappAddress(message.to);
    if (!from || !to) {
      throw new WhatsAppSendError(`Not an E.164 number: ${!from ? 'from' : 'to'}`, { retryable: false });
    }
    const parts = splitForWhatsApp(message.body);
    if (parts.length === 0) throw new WhatsAppSendError('The message body is empty', { retryable: false });

    const sids: string[] = [];
    for (const [index, body] of parts.entries()) {
      try {
        const { sid } = await this.client.messages.create({ from, to, body });
        sids.push(sid);
      } catch (error) {
        const part = parts.length > 1 ? ` (part ${index + 1} of ${parts.length})` : '';
        throw this.failure(error, `to ${maskPhone(message.to)}${part}`, sids);
      }
    }
    this.logger.log(`Sent ${sids.join(', ')} to ${maskPhone(message.to)}`);
    return { sid: sids[0], sids };
  }

  /** Logs the failure by status and code only: Twilio's own message can quote the phone number. */
  private failure(error: unknown, where: string, sentSids: string[]): WhatsAppSendError {
    if (error instanceof RestException || error instanceof TwilioServiceException) {
      const { status } = error;
      const code = error.code || undefined;
      const retryable = status >= 500 || status === 429;
      const summary = `HTTP ${status}, code ${code ?? 'none'}`;
      const line = `Twilio refused a WhatsApp message ${where}: ${summary}${retryable ? ' (retryable)' : ''}`;
      // 401/403 mean our credentials are wrong, which no retry fixes and someone must see.
      if (status === 401 || status === 403) this.logger.error(line);
      else this.logger.warn(line);
      return new WhatsAppSendError(`Twilio refused the message: ${summary}`, { status, code, retryable, sentSids });
    }
    const network = networkErrorCode(error);
    if (network) {
      this.logger.warn(`No answer from Twilio for a WhatsApp message ${where}: ${network} (retryable)`);
      return new WhatsAppSendError(`No answer from Twilio: ${network}`, { retryable: true, sentSids });
    }
    const name = error instanceof Error ? error.name : typeof error;
    this.logger.error(`Sending a WhatsApp message ${where} failed unexpectedly: ${name}`);
    return new WhatsAppSendError(`Sending failed unexpectedly: ${name}`, { retryable: false, sentSids });
  }
}

/** "whatsapp:+27…" for an E.164 number (an existing prefix is accepted), else undefined. */
function whatsappAddress(number: string): string | undefined {
  const e164 = number.trim().replace(/^whatsapp:/i, '');
  return E164.test(e164) ? `whatsapp:${e164}` : undefined;
}

/**
 * The error code of a request that got no HTTP answer (twilio passes axios's errors through), e.g.
 * ECONNREFUSED, ECONNRESET, ECONNABORTED (timeout). The error itself is never kept: its config holds the
 * Authorization header.
 */
function networkErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('isAxiosError' in error) || error.isAxiosError !== true) return undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code ?? 'network error';
}
