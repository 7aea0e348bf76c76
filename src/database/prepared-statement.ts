import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A statement the webhook runs on every message, named so PostgreSQL can keep its plan. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot statement as a named prepared statement on PostgreSQL: each pooled connection parses and
 * plans it once, not on every call. Planning the exchange's multi-CTE insert cost PostgreSQL more than
 * executing it (bench:webhook: 588 -> 844 msg/s). Errors surface as TypeORM's QueryFailedError, as
 * from dataSource.query. PGlite (the embedded default) runs it as a plain query.
 */
export async function queryPrepared<T>(dataSource: DataSource, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const pool = postgresPool(dataSource);
  if (!pool) return dataSource.query<T[]>(statement.text, values);
  try {
    const result = await pool.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

function postgresPool(dataSource: DataSource): PgPool | null {
  // A custom driver module means PGlite (see data-source-options.ts); its pool has no named statements.
  if (dataSource.options.type !== 'postgres' || dataSource.options.driver) return null;
  return ((dataSource.driver as PostgresDriver).master as PgPool | undefined) ?? null;
}
