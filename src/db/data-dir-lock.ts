/**
 * An exclusive lock on an embedded database folder. PGlite does not lock its
 * data folder, and two processes opening it would corrupt it.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `Le dossier de données est déjà utilisé par le processus ${pid} (${lockPath}). ` +
        'Arrêtez cette instance de Vigie, ou choisissez un autre VIGIE_DATA_DIR.',
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the lock file at `lockPath` for this process. A lock left by a dead
 * process (kill -9, crash) is taken over. Returns the release function.
 */
export function acquireDataDirLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(lockPath, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    let pid = NaN
    try {
      pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
    } catch {
      continue // removed meanwhile: try again
    }
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DataDirLockedError(lockPath, pid)
    }
    rmSync(lockPath, { force: true }) // stale lock of a dead process
  }
  throw new Error(`Impossible de verrouiller ${lockPath}`)
}
