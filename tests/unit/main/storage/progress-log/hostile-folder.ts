// Planted links and outside "secrets" for the copy, move and import tests: what a sync peer can do.
import { readFileSync, readdirSync, lstatSync, readlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every entry under dir, never following a link: files by their bytes, links by where they point. */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (rel: string): void => {
    let names: string[]
    try {
      names = readdirSync(join(dir, rel)).sort()
    } catch {
      return
    }
    for (const name of names) {
      const path = rel === '' ? name : `${rel}/${name}`
      const stat = lstatSync(join(dir, path))
      if (stat.isSymbolicLink()) out[path] = `link -> ${readlinkSync(join(dir, path))}`
      else if (stat.isDirectory()) visit(path)
      else out[path] = readFileSync(join(dir, path)).toString('base64')
    }
  }
  visit('')
  return out
}

/** The regular files under dir (links not followed) that hold `needle`. */
export function anyFileHolds(dir: string, needle: Buffer): string[] {
  return Object.entries(tree(dir))
    .filter(([, value]) => !value.startsWith('link -> ') && Buffer.from(value, 'base64').includes(needle))
    .map(([path]) => path)
}

/**
 * A private file outside every data folder, such as ~/.ssh/id_rsa. Its content is a valid Limber
 * line, so any reader that followed a link to it would import it, and any copy would carry its bytes.
 */
export function plantSecret(root: string): { path: string; bytes: Buffer; id: string } {
  const dir = join(root, 'home-of-user', '.ssh')
  mkdirSync(dir, { recursive: true })
  const id = 'PRIVATE-KEY-MATERIAL-0001'
  const path = join(dir, 'id_rsa')
  writeFileSync(path, JSON.stringify({ v: 2, id, t: '2026-03-09T10:00:00+01:00', type: 'walk', minutes: 7 }) + '\n')
  return { path, bytes: Buffer.from(id), id }
}
