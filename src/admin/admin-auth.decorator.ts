import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PlatformAdminGuard } from './platform-admin.guard';

export const PLATFORM_ADMIN_AUTH = 'platform-admin';

/** Platform-admin only: the bearer guard and its Swagger description in one place. */
export const PlatformAdmin = () =>
  applyDecorators(
    UseGuards(PlatformAdminGuard),
    ApiBearerAuth(PLATFORM_ADMIN_AUTH),
    ApiUnauthorizedResponse({ description: 'Missing or wrong bearer token' }),
  );
