// Electron end to end with Playwright's _electron: the real app, its real windows and preload.
// Runs wherever the Electron binary is installed (a developer laptop: `npx install-electron`);
// elsewhere it is skipped, and says why.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const electronDir = join(root, 'node_modules/electron')

/** The Electron executable if it is already on disk (never triggers the download). */
function electronBinary(): { path: string } | { missing: string } {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const pathFile = join(electronDir, 'path.txt')
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const full = override ? join(override, name ?? 'electron') : name ? join(electronDir, 'dist', name) : null
  if (full && existsSync(full)) return { path: full }
  return {
    missing:
      'the Electron binary is not installed on this machine (Electron 42+ downloads it on first use, and this machine has no internet); run `npx install-electron` where you have internet'
  }
}

const binary = electronBinary()
const skipReason =
  'missing' in binary
    ? binary.missing
    : !existsSync(join(root, 'out/main/index.js'))
      ? 'out/main/index.js is missing: run `npm run build`'
      : null
if (skipReason) console.warn(`[electron e2e] skipped: ${skipReason}`)

describe.skipIf(skipReason !== null)(`Electron app${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let app: ElectronApplication
  let userData: string

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'limber-electron-'))
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      // The app folder, as `electron .` and a user's install do (package.json main, productName).
      args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
      cwd: root,
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' }
    })
  })
  afterAll(async () => {
    await app?.close()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  it('opens the main window showing the sitting status', async () => {
    const window = await app.firstWindow()
    await expect.poll(() => window.title()).toBe('Limber')
    expect(window.url()).toBe('app://limber/index.html')
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getName())).toBe('Limber')
    await expect.poll(() => window.locator('.status-line').textContent()).toMatch(/^Sitting for \d+ min$/)
  })

  it('exposes exactly window.limber to the page, and no Node', async () => {
    const window = await app.firstWindow()
    const exposed = await window.evaluate(() => ({
      api: Object.keys((window as unknown as { limber: object }).limber).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process
    }))
    expect(exposed).toEqual({ api: ['invoke', 'on'], require: 'undefined', process: 'undefined' })
  })

  it('denies window.open and navigation away from the app', async () => {
    const page = await app.firstWindow()
    const opened = await page.evaluate(() => globalThis.open('https://example.com/') === null)
    expect(opened).toBe(true)
    await page.evaluate(() => {
      globalThis.location.href = 'https://example.com/'
    })
    await expect.poll(() => page.url()).toBe('app://limber/index.html')
    expect(await app.windows()).toHaveLength(1)
  })

  it('Take a break now opens the break card beside the main window', async () => {
    const window = await app.firstWindow()
    await window.getByRole('button', { name: 'Take a break now' }).click()
    await expect.poll(async () => (await app.windows()).length).toBe(2)
    const card = (await app.windows()).find((w) => w.url().endsWith('break-card.html'))
    expect(card).toBeDefined()
    await expect.poll(() => card!.getByRole('button', { name: 'Start' }).isVisible()).toBe(true)
  })
})

describe.skipIf(skipReason !== null)(
  `Electron app started at login${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('stays in the tray with no window (--hidden), and a second launch opens its window', async () => {
      const userData = mkdtempSync(join(tmpdir(), 'limber-electron-login-'))
      const launch = (extra: string[]) =>
        electron.launch({
          executablePath: 'path' in binary ? binary.path : undefined,
          args: ['.', `--user-data-dir=${userData}`, '--no-sandbox', ...extra],
          cwd: root
        })
      const first = await launch(['--hidden'])
      try {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(first.windows()).toHaveLength(0)
        const second = await launch([])
        await second.waitForEvent('close')
        await expect.poll(() => first.windows().length).toBe(1)
      } finally {
        await first.close()
        rmSync(userData, { recursive: true, force: true })
      }
    })
  }
)
