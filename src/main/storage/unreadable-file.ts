// Keeping a settings or profile file as it was, never deleting it: moved aside when it cannot be read,
// copied next to itself before Limber changes it (a migration or a repair).
import { constants, copyFileSync, renameSync } from 'node:fs'

/** Why the original was kept: it could not be read, or Limber was about to upgrade or repair it. */
export type KeptBecause = 'unreadable' | 'before-migration' | 'before-repair'

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Moves an unreadable file aside and returns where it now is. Throws when it cannot be moved. */
export function moveAside(filePath: string, now: Date): string {
  const aside = `${filePath}.unreadable-${stamp(now)}`
  renameSync(filePath, aside)
  return aside
}

/**
 * Copies the file, byte for byte, before Limber rewrites it; returns the copy's path. Never overwrites
 * an earlier copy (two starts in one millisecond get -2, -3...). Throws when no copy could be made, and
 * then the caller must not rewrite the file.
 */
export function keepCopy(filePath: string, because: Exclude<KeptBecause, 'unreadable'>, now: Date): string {
  const base = `${filePath}.${because}-${stamp(now)}`
  for (let n = 1; ; n += 1) {
    const target = n === 1 ? base : `${base}-${n}`
    try {
      copyFileSync(filePath, target, constants.COPYFILE_EXCL)
      return target
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 20) throw error
    }
  }
}
