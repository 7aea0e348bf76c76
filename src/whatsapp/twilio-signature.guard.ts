import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { validateRequest } from 'twilio';
import { DomainError } from '../common/errors/domain.error';
import { AppConfig } from '../config/app-config';

/**
 * Checks X-Twilio-Signature over the public URL Twilio called (PUBLIC_BASE_URL + path and query, so a
 * TLS-terminating proxy cannot break it) and every form field received. Runs before anything is read
 * or stored; there is no switch to turn it off.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  private readonly logger = new Logger(TwilioSignatureGuard.name);

  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const signature = request.header('x-twilio-signature');
    const url = this.config.publicBaseUrl + request.originalUrl;
    const params = isFormObject(request.body) ? request.body : {};
    if (!signature || !validateRequest(this.config.twilioAuthToken, signature, url, params)) {
      this.logger.warn(`Rejected webhook with ${signature ? 'an invalid' : 'no'} signature for ${request.path}`);
      throw new DomainError('SIGNATURE_INVALID', 'The X-Twilio-Signature header is missing or does not match');
    }
    return true;
  }
}

function isFormObject(body: unknown): body is Record<string, string | string[]> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}
