// The built main process on the strict Electron stand-in, as Linux, Windows and macOS, through every
// launch path: by hand, at login, a second launch, macOS activate, closing every window, Quit. The
// bundle runs from a folder whose path has a space, brackets and a tilde.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StandinBrowserWindow, standin, type Platform } from '../support/electron-standin'
import { INSTALLED_APP_DIR, bundleMissing, loadBundle, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

const PERSONAS: Platform[] = ['linux', 'win32', 'darwin']
/** How each OS starts Limber at login: --hidden on Windows and Linux, a login item on macOS. */
const atLogin = (platform: Platform) =>
  platform === 'darwin' ? { persona: { openedAtLogin: true } } : { argv: ['--hidden'] }

describe.skipIf(missing !== null)(`built main process${missing ? ` (skipped: ${missing})` : ''}`, () => {
  describe.each(PERSONAS)('as %s', (platform) => {
    it('launched by hand: tray shown, window opened from app://limber, an IPC call answered, no error', async () => {
      app = await startMain({ platform })
      expect(app.tray().tooltip).toBe('Limber: Sitting for 0 min')
      const main = app.window('main')!
      expect(main.visible).toBe(true)
      expect(main.loadedUrl).toBe('app://limber/index.html')
      expect(main.options.webPreferences?.preload).toBe(join(INSTALLED_APP_DIR, 'out/preload/index.cjs'))
      const reply = await app.invoke(main, 'office:get-status')
      expect(reply).toMatchObject({ ok: true, value: { phase: 'sitting' } })
      expect(app.errors).toEqual([])
      expect(standin.errorBoxes).toEqual([])
    })

    it('started at login: tray only, no window', async () => {
      app = await startMain({ platform, ...atLogin(platform) })
      expect(app.windows()).toHaveLength(0)
      expect(app.tray().tooltip).toBe('Limber: Sitting for 0 min')
      expect(app.errors).toEqual([])
    })

    it('a second launch opens the running copy’s window', async () => {
      app = await startMain({ platform, ...atLogin(platform) })
      standin.secondInstance(['--some-flag'])
      await app.advance(0)
      expect(app.window('main')?.visible).toBe(true)
      expect(app.windows()).toHaveLength(1)
    })

    it('closing every window leaves Limber in the tray, counting; opening again builds a fresh window', async () => {
      app = await startMain({ platform })
      const first = app.window('main')!
      first.userClose()
      // The window is on its way out: Limber must not reuse it.
      app.tray().clickItem('open')
      await app.advance(0)
      expect(first.destroyed).toBe(true)
      const second = app.window('main')!
      expect(second).not.toBe(first)
      expect(second.visible).toBe(true)
      second.userClose()
      await app.advance(0)
      expect(app.windows()).toHaveLength(0)
      expect(standin.app.quitRequested).toBe(false)
      await app.minutes(3)
      expect(app.tray().tooltip).toBe('Limber: Sitting for 3 min')
      expect(app.errors).toEqual([])
    })

    it('Quit from the tray quits, closing the window first', async () => {
      app = await startMain({ platform })
      app.tray().clickItem('quit')
      await app.advance(0)
      expect(standin.app.quitted).toBe(true)
      expect(app.windows()).toHaveLength(0)
    })

    it('keeps its data in <appData>/Limber, the folder the README names', async () => {
      app = await startMain({ platform })
      expect(
        await app.invoke(app.window('main')!, 'settings:update', { office: { sitLimitMinutes: 30 } })
      ).toMatchObject({
        ok: true
      })
      expect(app.userData).toBe(join(app.appData, 'Limber'))
      expect(JSON.parse(readFileSync(join(app.appData, 'Limber', 'settings.json'), 'utf8'))).toMatchObject({
        office: { sitLimitMinutes: 30 }
      })
      expect(existsSync(join(app.appData, 'Limber', 'progress'))).toBe(true)
    })
  })

  it('macOS: clicking the Dock icon with no window open opens one', async () => {
    app = await startMain({ platform: 'darwin', persona: { openedAtLogin: true } })
    expect(app.windows()).toHaveLength(0)
    standin.activate()
    await app.advance(0)
    expect(app.window('main')?.visible).toBe(true)
  })

  it('a launch that loses the single-instance lock quits before ready, touching nothing that needs it', async () => {
    const appData = mkdtempSync(join(tmpdir(), 'limber-lock-'))
    standin.reset({
      platform: 'linux',
      appData,
      appPath: INSTALLED_APP_DIR,
      packageJson: { name: 'limber', productName: 'Limber', version: '0.1.0' },
      secondInstance: true
    })
    await loadBundle({ tag: 'lost-lock' })
    expect(standin.app.quitRequested).toBe(true)
    expect(standin.app.isReady()).toBe(false)
    expect(StandinBrowserWindow.all).toHaveLength(0)
    rmSync(appData, { recursive: true, force: true })
  })

  it('shows sitting minutes in the tooltip; the menu keeps its first line until the state changes', async () => {
    app = await startMain()
    await app.minutes(12)
    expect(app.tray().tooltip).toBe('Limber: Sitting for 12 min')
    expect(app.tray().menu?.labels()).toEqual([
      'Sitting',
      'Take a break now',
      'In a meeting',
      'Pause',
      'Resume',
      'Turn flare-up mode on',
      'Open Limber',
      'Quit Limber'
    ])
  })

  it('twenty minutes of sitting repaint only what changed: the menu never, the tooltip once a minute', async () => {
    app = await startMain({ argv: ['--hidden'] })
    const tray = app.tray()
    const before = { ...tray.calls }
    await app.minutes(20)
    expect(tray.calls.setContextMenu - before.setContextMenu).toBe(0)
    expect(tray.calls.setToolTip - before.setToolTip).toBe(20)
  })

  it('opens the main window with the secure webPreferences', async () => {
    app = await startMain()
    expect(app.window('main')!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('answers the status over IPC, and pushes status changes to the open window', async () => {
    app = await startMain()
    const main = app.window('main')!
    await app.minutes(7)
    const reply = await app.invoke(main, 'office:get-status')
    expect(reply).toMatchObject({ ok: true, value: { phase: 'sitting', sittingMinutes: 7 } })
    const pushed = main.webContents.messages('office:status') as { sittingMinutes: number }[]
    expect(pushed.at(-1)?.sittingMinutes).toBe(7)
  })

  it('keeps a changed setting in settings.json with its schema version, across a restart', async () => {
    const appData = mkdtempSync(join(tmpdir(), 'limber-restart-'))
    app = await startMain({ appData })
    const reply = await app.invoke(app.window('main')!, 'settings:update', { office: { sitLimitMinutes: 30 } })
    expect(reply.ok).toBe(true)
    const onDisk = JSON.parse(readFileSync(join(app.userData, 'settings.json'), 'utf8'))
    expect(onDisk).toMatchObject({ schemaVersion: 3, office: { sitLimitMinutes: 30 } })
    await app.stop()
    app = await startMain({ appData })
    const settings = await app.invoke(app.window('main')!, 'settings:get')
    expect(settings).toMatchObject({ ok: true, value: { office: { sitLimitMinutes: 30 } } })
    rmSync(appData, { recursive: true, force: true })
  })

  it('Open Limber and a tray click open the main window, and only one', async () => {
    app = await startMain({ argv: ['--hidden'] })
    app.tray().clickItem('open')
    await app.advance(0)
    app.tray().emit('click')
    await app.advance(0)
    expect(app.windows().filter((w) => w.loadedUrl === 'app://limber/index.html')).toHaveLength(1)
  })
})

describe.skipIf(missing !== null)('start at login, per OS', () => {
  it('Linux: an XDG autostart entry that starts Limber hidden, removed when turned off', async () => {
    app = await startMain()
    const entry = join(app.appData, 'autostart', 'limber.desktop')
    const main = app.window('main')!
    expect((await app.invoke(main, 'settings:update', { general: { openAtLogin: true } })).ok).toBe(true)
    const text = readFileSync(entry, 'utf8')
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Limber\n/)
    expect(text).toContain(`Exec="${process.execPath}" "${INSTALLED_APP_DIR}" --hidden\n`)
    expect((await app.invoke(main, 'settings:update', { general: { openAtLogin: false } })).ok).toBe(true)
    expect(existsSync(entry)).toBe(false)
  })

  it('Windows: a login item whose command line carries --hidden', async () => {
    app = await startMain({ platform: 'win32' })
    await app.invoke(app.window('main')!, 'settings:update', { general: { openAtLogin: true } })
    expect(standin.app.getLoginItemSettings().openAtLogin).toBe(true)
    expect(standin.app.loginItem).toMatchObject({ openAtLogin: true, args: ['--hidden'] })
  })

  it('macOS: a login item (no arguments reach it there)', async () => {
    app = await startMain({ platform: 'darwin' })
    await app.invoke(app.window('main')!, 'settings:update', { general: { openAtLogin: true } })
    expect(standin.app.loginItem).toEqual({ openAtLogin: true })
  })
})
