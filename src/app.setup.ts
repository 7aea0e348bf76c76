import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PLATFORM_ADMIN_AUTH } from './admin/admin-auth.decorator';

/** Twilio posts at most 1,600 characters of text; anything past 64 KiB is not a webhook. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * What main.ts and the end-to-end tests both apply to the app: body limits and the API docs.
 * Guards, pipes and filters are providers in AppModule, so they need nothing here.
 */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  express.useBodyParser('urlencoded', { extended: false, limit: MAX_BODY_BYTES, parameterLimit: 200 });
  express.useBodyParser('json', { limit: MAX_BODY_BYTES });
  express.disable('x-powered-by');
  express.set('trust proxy', false);
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Letsema')
      .setDescription(
        'Citizen service channel for South African municipalities: WhatsApp reports in, tracked tickets out. ' +
          'Webhooks are signed by Twilio (X-Twilio-Signature); the admin API takes a bearer token.',
      )
      .setVersion('1')
      .addBearerAuth(
        // An opaque shared secret, not a JWT (Nest's default format would tell integrators otherwise).
        { type: 'http', scheme: 'bearer', bearerFormat: 'opaque token', description: 'The value of PLATFORM_ADMIN_TOKEN' },
        PLATFORM_ADMIN_AUTH,
      )
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
