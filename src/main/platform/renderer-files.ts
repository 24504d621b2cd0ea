// Answers requests for Limber's own pages (app://limber/...) from the built renderer folder: only
// regular files inside that folder, never a path that climbs out of it or a link that points away.
import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

/** Pages are served from a privileged custom scheme, never file:// (Electron's security checklist #18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'limber'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon'
}

export type RendererFile = { status: 200; body: Buffer; contentType: string } | { status: 403 | 404; reason: string }

/** The file behind `url` in `rootDir`, or why there is none. Pure apart from reading that folder. */
export function rendererFile(rootDir: string, url: string): RendererFile {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { status: 404, reason: 'not a URL' }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404, reason: 'not ours' }
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return { status: 404, reason: 'bad escape' }
  }
  if (pathname.includes('\0')) return { status: 404, reason: 'NUL in path' }
  const root = realRoot(rootDir)
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  if (!file.startsWith(root + sep)) return { status: 403, reason: 'outside the renderer folder' }
  try {
    const stat = lstatSync(file)
    if (!stat.isFile()) return { status: 404, reason: 'not a regular file' }
    // A linked folder on the way (renderer/up -> ..) must not lead out either.
    if (!realpathSync(file).startsWith(root + sep)) return { status: 403, reason: 'outside the renderer folder' }
    const type = CONTENT_TYPES[extname(file).toLowerCase()]
    if (!type) return { status: 403, reason: 'not a page resource' }
    return { status: 200, body: readFileSync(file), contentType: type }
  } catch {
    return { status: 404, reason: 'no such file' }
  }
}

function realRoot(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return resolve(dir)
  }
}

/** True when `url` is one of `pages` on our origin (or on the dev server's origin in development). */
export function isAppPageUrl(url: string, pages: readonly string[], devOrigin: string | null): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // URL.origin is "null" for non-special schemes, so compare scheme and host ourselves.
  const ours = parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === ''
  const dev = devOrigin !== null && parsed.origin === devOrigin
  if (!ours && !dev) return false
  return pages.some((page) => parsed.pathname === `/${page}`) && parsed.search === ''
}
