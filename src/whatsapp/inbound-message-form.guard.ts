import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain.error';
import { InboundMessageDto } from './dto/inbound-message.dto';

type RequestWithInboundMessage = Request & { inboundMessage?: InboundMessageDto };

/**
 * Validates the webhook's form fields before the tenant guard runs, so a malformed request is answered
 * 400 before anything (a citizen on first contact) is stored. A guard rather than a pipe because pipes
 * run after all guards.
 */
@Injectable()
export class InboundMessageFormGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithInboundMessage>();
    const message = plainToInstance(InboundMessageDto, request.body ?? {}, { excludeExtraneousValues: false });
    const errors = await validate(message, { forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'The webhook fields are not valid',
        errors.flatMap((e) => Object.values(e.constraints ?? {})),
      );
    }
    request.inboundMessage = message;
    return true;
  }
}

/** The message InboundMessageFormGuard validated; fails closed on a route without that guard. */
export const ValidatedInboundMessage = createParamDecorator((_data: unknown, ctx: ExecutionContext): InboundMessageDto => {
  const message = ctx.switchToHttp().getRequest<RequestWithInboundMessage>().inboundMessage;
  if (!message) throw new Error('ValidatedInboundMessage used on a route without InboundMessageFormGuard');
  return message;
});
