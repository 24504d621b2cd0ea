// Limber's pages come from app://limber/ out of the built renderer folder: only regular files inside
// it, never a path that climbs out or a link that points away; and only our own pages count as ours.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isWaylandSession } from '../../../../src/main/platform/linux-session'
import { APP_ORIGIN, isAppPageUrl, rendererFile, type RendererFile } from '../../../../src/main/platform/renderer-files'

const SECRET = 'TOP SECRET: outside the renderer folder'
let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'limber-renderer-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(root, 'folder.js'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Limber</title>')
  writeFileSync(join(root, 'card.html'), '<!doctype html><title>Card</title>')
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
  writeFileSync(join(root, 'assets', 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2')
  writeFileSync(join(root, 'assets', 'data.json'), '{}')
  writeFileSync(join(root, 'assets', 'notes.txt'), 'plain text')
  writeFileSync(join(root, 'assets', 'tool.exe'), 'MZ')
  writeFileSync(join(base, 'secret'), SECRET)
  writeFileSync(join(base, 'secret.js'), SECRET)
  symlinkSync(join(base, 'secret.js'), join(root, 'assets', 'escape.js'))
  symlinkSync(base, join(root, 'up'))
  symlinkSync(root, join(base, 'linked-renderer'))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

function served(file: RendererFile): { contentType: string; body: string } {
  expect(file.status).toBe(200)
  if (file.status !== 200) throw new Error('not served')
  return { contentType: file.contentType, body: file.body.toString('utf8') }
}

/** Refused, with 403 or 404, and never the secret's bytes. */
function expectRefused(url: string, dir = root): void {
  const file = rendererFile(dir, url)
  expect([403, 404], url).toContain(file.status)
  expect(JSON.stringify(file)).not.toContain('TOP SECRET')
  expect('body' in file, url).toBe(false)
}

describe('rendererFile', () => {
  it('serves index.html for app://limber/ and app://limber/index.html as text/html', () => {
    for (const url of [`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`]) {
      const file = served(rendererFile(root, url))
      expect(file.contentType).toBe('text/html; charset=utf-8')
      expect(file.body).toContain('<title>Limber</title>')
    }
    expect(served(rendererFile(root, 'app://limber/card.html')).body).toContain('Card')
  })

  it('serves assets with their content types', () => {
    const types: Record<string, string> = {
      'assets/main.js': 'text/javascript; charset=utf-8',
      'assets/style.css': 'text/css; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml',
      'assets/icon.png': 'image/png',
      'assets/font.woff2': 'font/woff2',
      'assets/data.json': 'application/json'
    }
    for (const [path, type] of Object.entries(types)) {
      expect(served(rendererFile(root, `app://limber/${path}`)).contentType, path).toBe(type)
    }
    expect(served(rendererFile(root, 'app://limber/assets/main.js')).body).toBe('console.log(1)')
    // Query strings and fragments do not change which file is served.
    expect(served(rendererFile(root, 'app://limber/assets/main.js?v=2#x')).body).toBe('console.log(1)')
  })

  it('refuses climbing out of the folder, plain or percent-encoded', () => {
    for (const url of [
      'app://limber/../secret',
      'app://limber/assets/../../secret',
      'app://limber/%2e%2e%2fsecret',
      'app://limber/%2E%2E%2Fsecret',
      'app://limber/assets%2F..%2F..%2Fsecret',
      'app://limber/%2F..%2Fsecret',
      'app://limber/..%5Csecret',
      'app://limber/%252e%252e%252fsecret'
    ]) {
      expectRefused(url)
    }
  })

  it('refuses a NUL byte and malformed escapes', () => {
    expectRefused('app://limber/index.html%00.js')
    expectRefused('app://limber/%00')
    expectRefused('app://limber/%E0%A4%A')
  })

  it('refuses other hosts and other schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://limber.evil/index.html',
      'app://limber:8080/index.html',
      'file:///index.html',
      `file://${root}/index.html`,
      'http://limber/index.html',
      'https://limber/index.html',
      'not a url'
    ]) {
      expectRefused(url)
    }
  })

  it('refuses a symlinked file inside the folder that points outside it', () => {
    expectRefused('app://limber/assets/escape.js')
  })

  it('refuses a file reached through a symlinked folder inside the folder that points outside it', () => {
    expectRefused('app://limber/up/secret.js')
    expectRefused('app://limber/up/secret')
  })

  it('refuses folders, missing files and unknown extensions', () => {
    expect(rendererFile(root, 'app://limber/assets').status).toBe(404)
    expect(rendererFile(root, 'app://limber/assets/').status).toBe(404)
    expect(rendererFile(root, 'app://limber/folder.js').status).toBe(404)
    expect(rendererFile(root, 'app://limber/missing.js').status).toBe(404)
    expect(rendererFile(root, 'app://limber/assets/notes.txt').status).toBe(403)
    expect(rendererFile(root, 'app://limber/assets/tool.exe').status).toBe(403)
  })

  it('still serves when the folder itself is reached through a symlinked path', () => {
    const linked = join(base, 'linked-renderer')
    expect(served(rendererFile(linked, 'app://limber/index.html')).body).toContain('<title>Limber</title>')
    expect(served(rendererFile(linked, 'app://limber/assets/main.js')).contentType).toBe(
      'text/javascript; charset=utf-8'
    )
    expectRefused('app://limber/assets/escape.js', linked)
    expectRefused('app://limber/../secret', linked)
  })
})

describe('isAppPageUrl', () => {
  const pages = ['index.html', 'card.html'] as const

  it('is true for our pages, with or without a #hash', () => {
    expect(isAppPageUrl('app://limber/index.html', pages, null)).toBe(true)
    expect(isAppPageUrl('app://limber/index.html#/settings', pages, null)).toBe(true)
    expect(isAppPageUrl('app://limber/card.html', pages, null)).toBe(true)
  })

  it('is false for a query string, another page, or a look-alike origin', () => {
    for (const url of [
      'app://limber/index.html?x=1',
      'app://limber/other.html',
      'app://limber/',
      'app://limber/assets/index.html',
      'app://limber.evil/index.html',
      'app://limber.evil/',
      'app://evil/index.html',
      'app://user@limber/index.html',
      'app://user:pw@limber/index.html',
      'app://limber:99/index.html',
      'file:///index.html',
      'file://limber/index.html',
      'http://limber/index.html',
      'not a url'
    ]) {
      expect(isAppPageUrl(url, pages, null), url).toBe(false)
    }
    expect(isAppPageUrl('app://limber/index.html', [], null)).toBe(false)
  })

  it('accepts the dev server origin only when it is passed, and only that exact origin', () => {
    const dev = 'http://localhost:5173'
    expect(isAppPageUrl('http://localhost:5173/index.html', pages, null)).toBe(false)
    expect(isAppPageUrl('http://localhost:5173/index.html', pages, dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/index.html#/today', pages, dev)).toBe(true)
    expect(isAppPageUrl('app://limber/index.html', pages, dev)).toBe(true)
    for (const url of [
      'http://localhost:5174/index.html',
      'http://localhost:5173.evil.com/index.html',
      'https://localhost:5173/index.html',
      'http://127.0.0.1:5173/index.html',
      'http://localhost:5173/index.html?x=1',
      'http://localhost:5173/other.html'
    ]) {
      expect(isAppPageUrl(url, pages, dev), url).toBe(false)
    }
  })
})

describe('isWaylandSession', () => {
  it('is true for XDG_SESSION_TYPE=wayland or a WAYLAND_DISPLAY', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' }, [])).toBe(true)
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe(true)
  })

  it('is false for an X11 session or no session hints', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, [])).toBe(false)
    expect(isWaylandSession({}, [])).toBe(false)
    expect(isWaylandSession({ WAYLAND_DISPLAY: '' }, [])).toBe(false)
  })

  it('follows --ozone-platform over the environment', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }
    expect(isWaylandSession(wayland, ['/opt/Limber/limber', '--ozone-platform=x11'])).toBe(false)
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11' }, ['--ozone-platform=wayland'])).toBe(true)
    expect(isWaylandSession(wayland, ['--ozone-platform-hint=x11'])).toBe(true)
  })
})
