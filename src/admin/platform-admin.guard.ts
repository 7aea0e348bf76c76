import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../common/errors/domain.error';
import { AppConfig } from '../config/app-config';

/** `Authorization: Bearer <PLATFORM_ADMIN_TOKEN>`, compared in constant time. */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(config: AppConfig) {
    this.expected = digest(config.platformAdminToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().header('authorization') ?? '';
    const token = header.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Send Authorization: Bearer <platform admin token>');
    // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
    if (!timingSafeEqual(digest(token), this.expected)) throw new DomainError('UNAUTHENTICATED', 'The admin token is not valid');
    return true;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
