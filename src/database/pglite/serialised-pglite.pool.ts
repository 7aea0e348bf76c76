import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';
import { PGliteDriver } from 'typeorm-pglite';

type ConnectCallback = Parameters<PGlitePool['connect']>[0];

/**
 * A pool of one for PGlite. PGlite is a single PostgreSQL session: typeorm-pglite hands that session
 * to every caller at once, so two concurrent transactions interleave (a ROLLBACK in one undoes the
 * other's work). Here connect() waits until the previous holder has released the session, which makes
 * each TypeORM query runner, and so each transaction, exclusive.
 *
 * Consequence worth knowing: code that holds a query runner (a transaction) must not wait on a second
 * one, or it waits forever. The PGlite test runs catch that mistake; PostgreSQL's larger pool would hide it.
 */
export class SerialisedPGlitePool extends PGlitePool {
  private tail: Promise<void> = Promise.resolve();

  override async connect(callback: ConnectCallback): Promise<void> {
    let releaseLock!: () => void;
    const mine = new Promise<void>((resolve) => (releaseLock = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    await previous;

    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      releaseLock();
    };
    await super.connect((error, client) => {
      if (error) release();
      callback(error, client, release);
    });
  }
}

/** TypeORM's `driver` option for the postgres type: PGlite under dataDir, one session at a time. */
export function serialisedPGliteDriver(dataDir: string): { Pool: typeof SerialisedPGlitePool } {
  // Sets the (process-wide) PGlite options: data directory and typeorm-pglite's boolean serialiser.
  new PGliteDriver({ dataDir });
  return { Pool: SerialisedPGlitePool };
}

