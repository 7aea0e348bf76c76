import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig } from './config/app-config';
import { InvalidEnvironmentError } from './config/environment';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false });
  configureApp(app);
  // SIGTERM (docker stop, a rolling deploy) closes the app: media downloads in flight are handed back.
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.port);
  new Logger('Bootstrap').log(
    `Letsema serving on :${config.port} (${config.database.kind}, cache: ${config.redisUrl ? 'redis' : 'memory'}); docs at /docs`,
  );
}

bootstrap().catch((error: unknown) => {
  // A bad variable is named in the message; nothing else of the environment is printed.
  const message = error instanceof InvalidEnvironmentError ? error.message : error instanceof Error ? error.stack : String(error);
  console.error(`Letsema failed to start: ${message}`);
  process.exit(1);
});
