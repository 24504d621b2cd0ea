// Opening a JSON document that may be unreadable: the bad file is moved aside (kept, never deleted)
// and the store starts fresh, with a note for the user saying where the old file is.
import { existsSync, renameSync } from 'node:fs'

export function openOrMoveAside<T extends { problems: string[] }>(
  open: () => T,
  filePath: string,
  now: Date,
  explain: (keptAt: string) => string
): T {
  try {
    return open()
  } catch (error) {
    if (!existsSync(filePath)) throw error
    const aside = `${filePath}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`
    renameSync(filePath, aside)
    const store = open()
    store.problems.push(explain(aside))
    return store
  }
}
