import { mkdirSync } from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseSettings } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { serialisedPGliteDriver } from './pglite/serialised-pglite.pool';

/** One set of options for PostgreSQL and PGlite: same entities, same migrations, run at start. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // gen_random_uuid() is built in; PGlite has neither uuid-ossp nor pgcrypto to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    // Not 'error' or 'query': TypeORM would log query parameters, which hold phone numbers and reports.
    logging: ['warn', 'migration'] as ('warn' | 'migration')[],
  };
  if (settings.kind === 'postgres') {
    return { ...common, url: settings.url, poolSize: 20, applicationName: 'letsema' };
  }
  mkdirSync(settings.dataDir, { recursive: true });
  return { ...common, driver: serialisedPGliteDriver(settings.dataDir), poolSize: 1 };
}
