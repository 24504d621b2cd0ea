// Whether a program is on PATH (POSIX: an executable regular file in one of PATH's folders).
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export function hasCommand(name: string, path: string | undefined = process.env['PATH']): boolean {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      if (statSync(candidate).isFile()) return true
    } catch {
      // not here
    }
  }
  return false
}
