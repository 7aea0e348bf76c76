import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGliteDriver } from 'typeorm-pglite';
import { DataSource } from 'typeorm';
import { serialisedPGliteDriver } from './serialised-pglite.pool';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two transactions at once: A inserts and commits, B inserts and fails (rolls back). Each waits in the
 * middle so that, on a shared session, B's ROLLBACK lands inside A's transaction.
 */
async function commitBesideRollback(dataSource: DataSource): Promise<string[]> {
  await dataSource.query('CREATE TABLE IF NOT EXISTS notes (body text NOT NULL)');
  await dataSource.query('DELETE FROM notes');
  const committed = dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO notes (body) VALUES ('committed by A')`);
    await pause(30);
  });
  const rolledBack = dataSource.transaction(async (manager) => {
    await pause(5);
    await manager.query(`INSERT INTO notes (body) VALUES ('rolled back by B')`);
    await pause(40);
    throw new Error('B fails');
  });
  await committed;
  await expect(rolledBack).rejects.toThrow('B fails');
  const rows: Array<{ body: string }> = await dataSource.query('SELECT body FROM notes ORDER BY body');
  return rows.map((row) => row.body);
}

function pgliteDataSource(driver: { Pool: unknown }): DataSource {
  return new DataSource({ type: 'postgres', driver, installExtensions: false, poolSize: 1 });
}

describe('SerialisedPGlitePool', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'letsema-pglite-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps concurrent transactions isolated: a rollback never undoes another commit', async () => {
    const dataSource = await pgliteDataSource(serialisedPGliteDriver(dataDir)).initialize();
    try {
      expect(await commitBesideRollback(dataSource)).toEqual(['committed by A']);
    } finally {
      await dataSource.destroy();
    }
  });

  it('runs many concurrent transactions without losing or leaking a row', async () => {
    const dataSource = await pgliteDataSource(serialisedPGliteDriver(dataDir)).initialize();
    try {
      await dataSource.query('CREATE TABLE counters (n int NOT NULL)');
      await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) =>
          dataSource.transaction(async (manager) => {
            await manager.query('INSERT INTO counters (n) VALUES ($1)', [i]);
            await pause(i % 3);
            if (i % 2 === 1) throw new Error('odd ones roll back');
          }),
        ),
      );
      const rows: Array<{ n: number }> = await dataSource.query('SELECT n FROM counters ORDER BY n');
      expect(rows.map((row) => row.n)).toEqual(Array.from({ length: 15 }, (_, i) => i * 2));
    } finally {
      await dataSource.destroy();
    }
  });

  // Shows the scenario above is a real hazard: typeorm-pglite's own pool shares one session, and the
  // rollback erases the other transaction's committed row. If this starts failing, typeorm-pglite has
  // fixed it and our pool may no longer be needed.
  it('is needed: with the shared-session pool the same scenario loses the committed row', async () => {
    const dataSource = await pgliteDataSource(new PGliteDriver({ dataDir }).driver).initialize();
    try {
      expect(await commitBesideRollback(dataSource)).not.toEqual(['committed by A']);
    } finally {
      await dataSource.destroy();
    }
  });
});
