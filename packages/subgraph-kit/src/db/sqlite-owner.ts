interface LockDatabase {
  pragma(sql: string): unknown;
  exec(sql: string): unknown;
  prepare(sql: string): { run(...values: unknown[]): unknown };
  close(): void;
}
// better-sqlite3 ships no types; this is the little of it used here.
const Database = require('better-sqlite3') as new (
  file: string,
  options: { timeout: number },
) => LockDatabase;

/**
 * One process serves a SQLite file: a second one would queue its transactions separately and fail
 * writes with "database is locked". The owner holds an exclusive lock on `<file>.lock` for as long
 * as it runs; the operating system drops it when the process ends, even on a crash.
 */
export function claimSqliteFile(file: string): () => void {
  // A second instance inside this process (test-kit's startInstance) shares the claim.
  const held = claims.get(file);
  if (held) {
    held.count++;
    return once(() => release(file));
  }
  const lock = new Database(`${file}.lock`, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER, since TEXT)');
    lock.exec('DELETE FROM owner');
    lock.prepare('INSERT INTO owner VALUES (?, ?)').run(process.pid, new Date().toISOString());
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new Error(
        `${file} is already served by another process. One process per SQLite file: stop the other one, ` +
          'or give this one its own DX_DATA_DIR or DATABASE_URL (use MariaDB to run several instances).',
      );
    }
    throw error;
  }
  claims.set(file, { lock, count: 1 });
  return once(() => release(file));
}

const claims = new Map<string, { lock: LockDatabase; count: number }>();

function release(file: string) {
  const held = claims.get(file);
  if (!held || --held.count > 0) return;
  claims.delete(file);
  held.lock.close();
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
