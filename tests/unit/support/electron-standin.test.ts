// The Electron stand-in must be harsher than Electron, never kinder: one test per rule in rules.ts,
// each driving the stand-in directly and checking that it refuses what real Electron refuses.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import electron, {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  standin,
  Tray,
  type Platform
} from '../../support/electron-standin/index'
import { RULES, RuleViolation, type RuleId } from '../../support/electron-standin/rules'

const PLATFORMS: Platform[] = ['linux', 'win32', 'darwin']
const tempDirs: string[] = []

function tempDir(name = 'standin-'): string {
  const dir = mkdtempSync(join(tmpdir(), name))
  tempDirs.push(dir)
  return dir
}

/** A fresh persona: its own appData and appPath folders, Limber's package.json. */
function persona(platform: Platform = 'linux', extra: Partial<Parameters<typeof standin.reset>[0]> = {}): void {
  standin.reset({
    platform,
    appData: tempDir('standin-appdata-'),
    appPath: tempDir('standin-app-'),
    packageJson: { name: 'limber', productName: 'Limber', version: '0.1.0' },
    ...extra
  })
}

/** Lets the stand-in's later turns (setImmediate) run. */
async function turns(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolveTurn) => setImmediate(resolveTurn))
}

/** The rule `fn` breaks (a RuleViolation), or a description of what happened instead. */
function ruleBrokenBy(fn: () => unknown): RuleId | string {
  try {
    fn()
  } catch (error) {
    return error instanceof RuleViolation ? error.rule : `another error: ${String(error)}`
  }
  return 'no error'
}

function expectRule(fn: () => unknown, rule: RuleId, message?: RegExp): void {
  expect(ruleBrokenBy(fn)).toBe(rule)
  if (message) expect(fn).toThrow(message)
}

/** Where a promise ends up: 'resolved', or the rejection's message. */
async function settled(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: Error) => error.message
  )
}

/** app://limber pages served: a privileged standard scheme, 'ready', and a protocol.handle handler. */
function serveAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }])
  standin.emitReady()
  protocol.handle('app', () => new Response('<!doctype html><title>Limber</title>', { status: 200 }))
}

afterEach(async () => {
  await turns()
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('Electron stand-in rules', () => {
  it("[esm-main-before-ready] 'ready' never comes by itself: isReady() is false and whenReady() pending until emitReady", async () => {
    persona()
    const seen: string[] = []
    app.on('ready', () => seen.push(`ready event, isReady=${app.isReady()}`))
    const whenReady = app.whenReady().then(() => seen.push('whenReady resolved'))
    expect(app.isReady()).toBe(false)
    // A whole ES-module main (with top-level awaits across turns) runs before 'ready'.
    await turns(5)
    await new Promise((resolveTimer) => setTimeout(resolveTimer, 5))
    expect(app.isReady()).toBe(false)
    expect(seen).toEqual([])
    standin.emitReady()
    await whenReady
    expect(app.isReady()).toBe(true)
    expect(seen).toEqual(['ready event, isReady=true', 'whenReady resolved'])
    expect(() => standin.emitReady()).toThrow(/already/)
  })

  it('[session-after-ready] session.defaultSession throws before ready and works after', () => {
    persona()
    expectRule(() => session.defaultSession, 'session-after-ready', /Session can only be received when app is ready/)
    standin.emitReady()
    expect(() => session.defaultSession.setPermissionCheckHandler(() => false)).not.toThrow()
    expect(session.defaultSession).toBe(session.defaultSession)
  })

  it('[browser-window-after-ready] new BrowserWindow() throws before ready and works after', () => {
    persona()
    expectRule(
      () => new BrowserWindow({}),
      'browser-window-after-ready',
      /Cannot create BrowserWindow before app is ready/
    )
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
    standin.emitReady()
    const win = new BrowserWindow({ show: false })
    expect(win.isDestroyed()).toBe(false)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('[tray-after-ready] new Tray() throws before ready and works after', () => {
    persona()
    expectRule(() => new Tray(nativeImage.createEmpty()), 'tray-after-ready', /Cannot create Tray before app is ready/)
    standin.emitReady()
    const tray = new Tray(nativeImage.createEmpty())
    tray.setToolTip('Limber')
    expect(tray.tooltip).toBe('Limber')
  })

  it('[screen-after-ready] every screen method throws before ready and works after', () => {
    persona()
    const message = /The 'screen' module can't be used before the app 'ready' event/
    expectRule(() => screen.getCursorScreenPoint(), 'screen-after-ready', message)
    expectRule(() => screen.getPrimaryDisplay(), 'screen-after-ready', message)
    expectRule(() => screen.getDisplayNearestPoint({ x: 0, y: 0 }), 'screen-after-ready', message)
    standin.emitReady()
    expect(screen.getCursorScreenPoint()).toEqual({ x: 100, y: 100 })
    expect(screen.getPrimaryDisplay().workArea.width).toBeGreaterThan(0)
    expect(screen.getDisplayNearestPoint({ x: 0, y: 0 }).id).toBe(1)
  })

  it('[power-monitor-after-ready] powerMonitor methods and listeners throw before ready and work after', () => {
    persona()
    expectRule(() => powerMonitor.getSystemIdleTime(), 'power-monitor-after-ready', /powerMonitor/)
    expectRule(() => powerMonitor.getSystemIdleState(60), 'power-monitor-after-ready')
    expectRule(() => powerMonitor.isOnBatteryPower(), 'power-monitor-after-ready')
    expectRule(() => powerMonitor.on('resume', () => undefined), 'power-monitor-after-ready')
    expectRule(() => powerMonitor.once('suspend', () => undefined), 'power-monitor-after-ready')
    standin.emitReady()
    expect(powerMonitor.getSystemIdleTime()).toBe(0)
    expect(powerMonitor.getSystemIdleState(60)).toBe('active')
    expect(powerMonitor.isOnBatteryPower()).toBe(false)
    let resumed = 0
    powerMonitor.on('resume', () => (resumed += 1))
    powerMonitor.fire('resume')
    expect(resumed).toBe(1)
  })

  it('[notification-after-ready] new Notification() throws before ready and works after', () => {
    persona()
    expectRule(() => new Notification({ title: 'Stand up' }), 'notification-after-ready', /before app is ready/)
    expect(Notification.shown).toEqual([])
    standin.emitReady()
    new Notification({ title: 'Stand up' }).show()
    expect(Notification.shown).toHaveLength(1)
  })

  it('[dialog-after-ready] open, save and message dialogs throw before ready; showErrorBox does not', async () => {
    persona()
    expectRule(() => dialog.showOpenDialog({}), 'dialog-after-ready', /showOpenDialog/)
    expectRule(() => dialog.showSaveDialog({}), 'dialog-after-ready', /showSaveDialog/)
    expectRule(() => dialog.showMessageBox(), 'dialog-after-ready', /showMessageBox/)
    expect(() => dialog.showErrorBox('Limber', 'broke early')).not.toThrow()
    expect(standin.errorBoxes).toHaveLength(1)
    standin.emitReady()
    dialog.saveAnswers.push('/tmp/report.pdf')
    await expect(dialog.showSaveDialog({})).resolves.toEqual({ canceled: false, filePath: '/tmp/report.pdf' })
    await expect(dialog.showOpenDialog({})).resolves.toEqual({ canceled: true, filePaths: [] })
    await expect(dialog.showMessageBox()).resolves.toMatchObject({ response: 0 })
  })

  it('[protocol-handle-after-ready] protocol.handle, unhandle and isProtocolHandled throw before ready and work after', () => {
    persona()
    const handler = () => new Response('')
    expectRule(() => protocol.handle('app', handler), 'protocol-handle-after-ready', /protocol\.handle/)
    expectRule(() => protocol.unhandle('app'), 'protocol-handle-after-ready', /protocol\.unhandle/)
    expectRule(() => protocol.isProtocolHandled('app'), 'protocol-handle-after-ready', /isProtocolHandled/)
    standin.emitReady()
    expect(protocol.isProtocolHandled('app')).toBe(false)
    protocol.handle('app', handler)
    expect(protocol.isProtocolHandled('app')).toBe(true)
    protocol.unhandle('app')
    expect(protocol.isProtocolHandled('app')).toBe(false)
  })

  it('[privileged-schemes-before-ready] registerSchemesAsPrivileged works once before ready, throws a second time and after ready', () => {
    persona()
    const schemes = [{ scheme: 'app', privileges: { standard: true, secure: true } }]
    protocol.registerSchemesAsPrivileged(schemes)
    expect(standin.privilegedSchemes).toEqual(schemes)
    expectRule(() => protocol.registerSchemesAsPrivileged(schemes), 'privileged-schemes-before-ready', /only once/)

    persona()
    standin.emitReady()
    expectRule(
      () => protocol.registerSchemesAsPrivileged(schemes),
      'privileged-schemes-before-ready',
      /before app is ready/
    )
    expect(standin.privilegedSchemes).toBeNull()
  })

  it('[enable-sandbox-before-ready] app.enableSandbox works before ready and throws after', () => {
    persona()
    expect(() => app.enableSandbox()).not.toThrow()
    standin.emitReady()
    expectRule(() => app.enableSandbox(), 'enable-sandbox-before-ready', /before app is ready/)
  })

  describe('[custom-scheme-served] loads of a custom scheme', () => {
    const url = 'app://limber/index.html'

    it('[custom-scheme-served] succeed with a privileged standard scheme and a handler that answers', async () => {
      persona()
      serveAppScheme()
      const win = new BrowserWindow({})
      await expect(win.loadURL(url)).resolves.toBeUndefined()
      expect(win.webContents.getURL()).toBe(url)
      expect(win.loadedUrl).toBe(url)
    })

    it('[custom-scheme-served] reject when the scheme is not registered as privileged', async () => {
      persona()
      standin.emitReady()
      protocol.handle('app', () => new Response('page'))
      const win = new BrowserWindow({})
      expect(await settled(win.loadURL(url))).toMatch(/ERR_UNKNOWN_URL_SCHEME.*not registered as a standard scheme/)
      expect(win.loadedUrl).toBeNull()
    })

    it('[custom-scheme-served] reject when the scheme is privileged but not standard', async () => {
      persona()
      protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { secure: true } }])
      standin.emitReady()
      protocol.handle('app', () => new Response('page'))
      const win = new BrowserWindow({})
      expect(await settled(win.loadURL(url))).toMatch(/not registered as a standard scheme/)
    })

    it('[custom-scheme-served] reject when there is no protocol.handle handler', async () => {
      persona()
      protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }])
      standin.emitReady()
      const win = new BrowserWindow({})
      expect(await settled(win.loadURL(url))).toMatch(/no protocol\.handle for 'app'/)
    })

    it('[custom-scheme-served] reject when the handler answers 404 or throws', async () => {
      persona()
      protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }])
      standin.emitReady()
      let answer: () => Response = () => new Response('gone', { status: 404 })
      protocol.handle('app', () => answer())
      const win = new BrowserWindow({})
      expect(await settled(win.loadURL(url))).toMatch(/ERR_FILE_NOT_FOUND.*status 404/)
      answer = () => {
        throw new Error('handler broke')
      }
      expect(await settled(win.loadURL(url))).toMatch(/handler broke/)
      expect(win.loadedUrl).toBeNull()
    })
  })

  it("[load-file-url] loadFile's frame URL is url.format's form (space, brackets, tilde), not pathToFileURL's", async () => {
    const appPath = join(tempDir('standin-loadfile-'), 'My Apps [beta]~1')
    mkdirSync(join(appPath, 'out'), { recursive: true })
    writeFileSync(join(appPath, 'out', 'index.html'), '<!doctype html>')
    persona('linux', { appPath })
    standin.emitReady()
    const win = new BrowserWindow({})
    await win.loadFile('out/index.html')
    // url.format leaves the space, '[', ']' and '~' alone; Chromium then escapes only the spaces.
    const expected = `file://${appPath.replaceAll(' ', '%20')}/out/index.html`
    expect(expected).toContain('/My%20Apps%20[beta]~1/out/index.html')
    expect(win.webContents.getURL()).toBe(expected)
    expect(win.webContents.getURL()).not.toBe(pathToFileURL(join(appPath, 'out', 'index.html')).href)
    await win.loadFile('out/index.html', { hash: 'settings' })
    expect(win.webContents.getURL()).toBe(`${expected}#settings`)
    expect(await settled(win.loadFile('out/missing.html'))).toMatch(/ERR_FILE_NOT_FOUND/)
  })

  describe('[load-aborted] unfinished loads', () => {
    it('[load-aborted] a load rejects with ERR_ABORTED (-3) when the window is destroyed first', async () => {
      persona()
      standin.emitReady()
      app.on('window-all-closed', () => undefined)
      const win = new BrowserWindow({})
      const load = win.loadURL('https://example.com/')
      win.destroy()
      expect(await settled(load)).toMatch(/ERR_ABORTED \(-3\)/)
    })

    it('[load-aborted] an app:// load rejects with ERR_ABORTED when win.close() completes first', async () => {
      persona()
      serveAppScheme()
      app.on('window-all-closed', () => undefined)
      const win = new BrowserWindow({})
      const load = win.loadURL('app://limber/index.html')
      win.close()
      expect(await settled(load)).toMatch(/ERR_ABORTED \(-3\)/)
      expect(win.isDestroyed()).toBe(true)
    })

    it('[load-aborted] a load rejects with ERR_ABORTED when another load starts, the newer one finishes', async () => {
      persona()
      serveAppScheme()
      const win = new BrowserWindow({})
      const first = win.loadURL('app://limber/index.html')
      const second = win.loadURL('https://example.com/')
      expect(await settled(first)).toMatch(/ERR_ABORTED \(-3\) loading 'app:\/\/limber\/index.html'/)
      expect(await settled(second)).toBe('resolved')
      expect(win.webContents.getURL()).toBe('https://example.com/')
      expect(win.loadsStarted).toEqual(['app://limber/index.html', 'https://example.com/'])
    })
  })

  it("[close-is-async] win.close() keeps the window alive until a later turn; 'close' can prevent it", async () => {
    persona()
    standin.emitReady()
    app.on('window-all-closed', () => undefined)
    const win = new BrowserWindow({})
    const events: string[] = []
    let keepOpen = true
    win.on('close', (event: { preventDefault: () => void }) => {
      events.push('close')
      if (keepOpen) event.preventDefault()
    })
    win.on('closed', () => events.push('closed'))

    win.close()
    expect(events).toEqual([])
    expect(win.isDestroyed()).toBe(false)
    expect(() => win.isVisible()).not.toThrow()
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
    await turns()
    expect(events).toEqual(['close'])
    expect(win.isDestroyed()).toBe(false)

    keepOpen = false
    win.close()
    expect(win.isDestroyed()).toBe(false)
    await turns()
    expect(events).toEqual(['close', 'close', 'closed'])
    expect(win.isDestroyed()).toBe(true)
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
  })

  it("[destroyed-object] every method but isDestroyed() on a destroyed window, its webContents or a tray throws 'Object has been destroyed'", () => {
    persona()
    standin.emitReady()
    app.on('window-all-closed', () => undefined)
    const win = new BrowserWindow({})
    const tray = new Tray(nativeImage.createEmpty())
    const calls: Record<string, () => unknown> = {
      'win.show': () => win.show(),
      'win.showInactive': () => win.showInactive(),
      'win.hide': () => win.hide(),
      'win.focus': () => win.focus(),
      'win.isVisible': () => win.isVisible(),
      'win.isFocused': () => win.isFocused(),
      'win.isMinimized': () => win.isMinimized(),
      'win.restore': () => win.restore(),
      'win.getBounds': () => win.getBounds(),
      'win.setAlwaysOnTop': () => win.setAlwaysOnTop(true),
      'win.isAlwaysOnTop': () => win.isAlwaysOnTop(),
      'win.setVisibleOnAllWorkspaces': () => win.setVisibleOnAllWorkspaces(true),
      'win.setBounds': () => win.setBounds({ height: 500 }),
      'win.setResizable': () => win.setResizable(true),
      'win.isResizable': () => win.isResizable(),
      'win.close': () => win.close(),
      'win.userClose': () => win.userClose(),
      'win.loadURL': () => win.loadURL('https://example.com/'),
      'win.loadFile': () => win.loadFile('index.html'),
      'webContents.send': () => win.webContents.send('channel', 1),
      'webContents.getURL': () => win.webContents.getURL(),
      'webContents.getZoomFactor': () => win.webContents.getZoomFactor(),
      'webContents.setWindowOpenHandler': () => win.webContents.setWindowOpenHandler(() => ({ action: 'deny' })),
      'webContents.printToPDF': () => win.webContents.printToPDF({}),
      'tray.setToolTip': () => tray.setToolTip('x'),
      'tray.setImage': () => tray.setImage(nativeImage.createEmpty()),
      'tray.setContextMenu': () => tray.setContextMenu(null)
    }
    // Alive, none of them throws.
    for (const [name, call] of Object.entries(calls)) {
      if (name === 'win.close' || name === 'win.userClose') continue
      expect(() => {
        const result = call()
        // Loads started here are aborted by the destroy below; that is load-aborted's business.
        if (result instanceof Promise) result.catch(() => undefined)
      }, name).not.toThrow()
    }
    win.destroy()
    tray.destroy()
    expect(win.isDestroyed()).toBe(true)
    expect(win.webContents.isDestroyed()).toBe(true)
    expect(tray.isDestroyed()).toBe(true)
    const outcomes = Object.fromEntries(Object.entries(calls).map(([name, call]) => [name, ruleBrokenBy(call)]))
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, 'destroyed-object'])))
    expect(() => win.getBounds()).toThrow('Object has been destroyed')

    // Every function the window, its webContents and the tray carry is in the list above (or exempt).
    // windowOpenHandler is the handler setWindowOpenHandler stored, not a method.
    const exempt = new Set(['isDestroyed', 'destroy', 'windowOpenHandler'])
    const listed = (prefix: string, target: object) =>
      Object.keys(target)
        .filter((key) => typeof (target as Record<string, unknown>)[key] === 'function' && !exempt.has(key))
        .map((key) => `${prefix}.${key}`)
    const modelled = [...listed('win', win), ...listed('webContents', win.webContents), ...listed('tray', tray)]
    expect(modelled.filter((name) => !(name in calls))).toEqual([])
  })

  describe('[lock-events-per-os] lock and unlock', () => {
    it("[lock-events-per-os] linux: no 'lock-screen' or 'unlock-screen' event; only getSystemIdleState says 'locked'", () => {
      persona('linux')
      standin.emitReady()
      const events: string[] = []
      powerMonitor.on('lock-screen', () => events.push('lock-screen'))
      powerMonitor.on('unlock-screen', () => events.push('unlock-screen'))
      standin.lockScreen()
      expect(events).toEqual([])
      expect(powerMonitor.getSystemIdleState(60)).toBe('locked')
      standin.unlockScreen()
      expect(events).toEqual([])
      expect(powerMonitor.getSystemIdleState(60)).toBe('active')
      expectRule(() => powerMonitor.fire('lock-screen'), 'lock-events-per-os', /never emits 'lock-screen' on linux/)
      expectRule(() => powerMonitor.fire('unlock-screen'), 'lock-events-per-os')
      expect(events).toEqual([])
    })

    for (const platform of ['win32', 'darwin'] as const) {
      it(`[lock-events-per-os] ${platform}: 'lock-screen' and 'unlock-screen' are emitted`, () => {
        persona(platform)
        standin.emitReady()
        const events: string[] = []
        powerMonitor.on('lock-screen', () => events.push(`lock-screen, ${powerMonitor.getSystemIdleState(60)}`))
        powerMonitor.on('unlock-screen', () => events.push(`unlock-screen, ${powerMonitor.getSystemIdleState(60)}`))
        standin.lockScreen()
        standin.unlockScreen()
        expect(events).toEqual(['lock-screen, locked', 'unlock-screen, active'])
      })
    }
  })

  describe("[activate-macos-only] app 'activate'", () => {
    it("[activate-macos-only] darwin: 'activate' is emitted, with whether windows are open", () => {
      persona('darwin')
      standin.emitReady()
      const seen: unknown[] = []
      app.on('activate', (_event: unknown, hasVisibleWindows: boolean) => seen.push(hasVisibleWindows))
      standin.activate()
      new BrowserWindow({})
      standin.activate()
      expect(seen).toEqual([false, true])
    })

    for (const platform of ['linux', 'win32'] as const) {
      it(`[activate-macos-only] ${platform}: 'activate' is never emitted`, () => {
        persona(platform)
        standin.emitReady()
        let activated = 0
        app.on('activate', () => (activated += 1))
        expectRule(() => standin.activate(), 'activate-macos-only', new RegExp(`never emits 'activate' on ${platform}`))
        expect(activated).toBe(0)
      })
    }
  })

  describe('[no-shrink-when-not-resizable] resizing a window from code', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      it(`[no-shrink-when-not-resizable] ${platform}: a non-resizable window ${platform === 'linux' ? 'only grows' : 'grows and shrinks'}; made resizable, it shrinks`, () => {
        persona(platform)
        standin.emitReady()
        const win = new BrowserWindow({ width: 400, height: 660, resizable: false })
        win.setBounds({ width: 400, height: 500 })
        expect(win.getBounds().height).toBe(platform === 'linux' ? 660 : 500)
        win.setBounds({ width: 400, height: 900 })
        expect(win.getBounds().height).toBe(900)
        win.setResizable(true)
        win.setBounds({ width: 400, height: 500 })
        win.setResizable(false)
        expect(win.getBounds().height).toBe(500)
        expect(win.isResizable()).toBe(false)
      })
    }
  })

  describe('[login-items-per-os] login items', () => {
    it('[login-items-per-os] linux: setLoginItemSettings and getLoginItemSettings throw', () => {
      persona('linux', { openedAtLogin: true })
      standin.emitReady()
      expectRule(() => app.setLoginItemSettings({ openAtLogin: true }), 'login-items-per-os', /not available on linux/)
      expectRule(() => app.getLoginItemSettings(), 'login-items-per-os', /not available on linux/)
    })

    it('[login-items-per-os] win32: args are kept, wasOpenedAtLogin is never reported', () => {
      persona('win32', { openedAtLogin: true })
      standin.emitReady()
      app.setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] })
      expect(app.loginItem).toEqual({ openAtLogin: true, args: ['--hidden'] })
      const settings = app.getLoginItemSettings()
      expect(settings.openAtLogin).toBe(true)
      expect(settings.wasOpenedAtLogin).toBe(false)
    })

    it('[login-items-per-os] darwin: args are dropped, wasOpenedAtLogin is reported', () => {
      persona('darwin', { openedAtLogin: true })
      standin.emitReady()
      app.setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] })
      expect(app.loginItem).toEqual({ openAtLogin: true })
      const settings = app.getLoginItemSettings()
      expect(settings.openAtLogin).toBe(true)
      expect(settings.wasOpenedAtLogin).toBe(true)

      persona('darwin', { openedAtLogin: false })
      expect(app.getLoginItemSettings().wasOpenedAtLogin).toBe(false)
    })
  })

  describe('[app-user-model-id-windows] AppUserModelID', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      it(`[app-user-model-id-windows] ${platform}: setAppUserModelId throws; notifications are visible without one`, () => {
        persona(platform)
        standin.emitReady()
        expectRule(
          () => app.setAppUserModelId('com.limber.app'),
          'app-user-model-id-windows',
          new RegExp(`not available on ${platform}`)
        )
        new Notification({ title: 'Stand up' }).show()
        expect(Notification.shown.map((n) => n.visible)).toEqual([true])
      })
    }

    it('[app-user-model-id-windows] win32: a toast without setAppUserModelId is invisible (failed), with it visible (show)', async () => {
      persona('win32')
      standin.emitReady()
      const events: string[] = []
      const before = new Notification({ title: 'before' })
      before.on('show', () => events.push('before: show'))
      before.on('failed', () => events.push('before: failed'))
      before.show()
      app.setAppUserModelId('com.limber.app')
      expect(standin.appUserModelId).toBe('com.limber.app')
      const after = new Notification({ title: 'after' })
      after.on('show', () => events.push('after: show'))
      after.on('failed', () => events.push('after: failed'))
      after.show()
      expect(Notification.shown.map((n) => [n.options.title, n.visible])).toEqual([
        ['before', false],
        ['after', true]
      ])
      await turns()
      expect(events).toEqual(['before: failed', 'after: show'])
    })
  })

  it('[dock-macos-only] app.dock exists on darwin only', () => {
    for (const platform of PLATFORMS) {
      persona(platform)
      if (platform === 'darwin') {
        expect(app.dock).toBeDefined()
        expect(() => app.dock!.hide()).not.toThrow()
      } else {
        expect(app.dock, platform).toBeUndefined()
      }
    }
  })

  it('[app-name] getName is productName, else name; userData is appData joined with it', () => {
    const appData = tempDir('standin-appdata-')
    const appPath = tempDir('standin-app-')
    standin.reset({
      platform: 'linux',
      appData,
      appPath,
      packageJson: { name: 'limber', productName: 'Limber', version: '0.1.0' }
    })
    expect(app.getName()).toBe('Limber')
    expect(app.getPath('userData')).toBe(join(appData, 'Limber'))
    expect(app.getPath('appData')).toBe(appData)
    expect(app.getVersion()).toBe('0.1.0')
    standin.reset({ platform: 'win32', appData, appPath, packageJson: { name: 'limber', version: '0.1.0' } })
    expect(app.getName()).toBe('limber')
    expect(app.getPath('userData')).toBe(join(appData, 'limber'))
  })

  it("[sender-frame] ipcMain.invoke reports the main frame, a sub-frame, a detached frame ('') or null", async () => {
    persona()
    serveAppScheme()
    const win = new BrowserWindow({})
    await win.loadURL('app://limber/index.html')
    const frames: unknown[] = []
    ipcMain.handle('whoami', (event) => {
      frames.push(event.senderFrame)
      return event.senderFrame?.url ?? null
    })
    await expect(ipcMain.invoke(win, 'whoami')).resolves.toBe('app://limber/index.html')
    await expect(ipcMain.invoke(win, 'whoami', undefined, 'sub-frame')).resolves.toBe('app://limber/index.html')
    await expect(ipcMain.invoke(win, 'whoami', undefined, 'detached')).resolves.toBe('')
    await expect(ipcMain.invoke(win, 'whoami', undefined, 'null')).resolves.toBeNull()
    const [main, sub, detached, none] = frames as ({ parent: unknown; top: unknown; detached: boolean } | null)[]
    expect(main).toBe(win.webContents.mainFrame)
    expect(main!.parent).toBeNull()
    expect(sub).not.toBe(main)
    expect(sub!.parent).toBe(main)
    expect(sub!.top).toBe(main)
    expect(detached!.detached).toBe(true)
    expect(detached).not.toBe(main)
    expect(none).toBeNull()
  })

  it('[ipc-handle-once] ipcMain.handle throws for a channel that already has a handler', () => {
    persona()
    ipcMain.handle('settings:get', () => 1)
    expectRule(
      () => ipcMain.handle('settings:get', () => 2),
      'ipc-handle-once',
      /Attempted to register a second handler for 'settings:get'/
    )
    expect(() => ipcMain.handle('settings:set', () => 3)).not.toThrow()
    ipcMain.removeHandler('settings:get')
    expect(() => ipcMain.handle('settings:get', () => 4)).not.toThrow()
  })

  describe('[quit-sequence] app.quit()', () => {
    it('[quit-sequence] before-quit, then every window closed, then will-quit and quit, on later turns', async () => {
      persona()
      standin.emitReady()
      const events: string[] = []
      const first = new BrowserWindow({})
      const second = new BrowserWindow({})
      app.on('before-quit', () => events.push(`before-quit (windows: ${BrowserWindow.getAllWindows().length})`))
      first.on('closed', () => events.push('first closed'))
      second.on('closed', () => events.push('second closed'))
      app.on('window-all-closed', () => events.push('window-all-closed'))
      app.on('will-quit', () => events.push(`will-quit (windows: ${BrowserWindow.getAllWindows().length})`))
      app.on('quit', () => events.push('quit'))
      app.quit()
      expect(events).toEqual(['before-quit (windows: 2)'])
      expect(first.isDestroyed()).toBe(false)
      expect(app.quitted).toBe(false)
      await turns()
      expect(events).toEqual([
        'before-quit (windows: 2)',
        'first closed',
        'second closed',
        'will-quit (windows: 0)',
        'quit'
      ])
      expect(app.quitted).toBe(true)
    })

    it('[quit-sequence] preventDefault on before-quit stops the quit: windows stay, no will-quit or quit', async () => {
      persona()
      standin.emitReady()
      const events: string[] = []
      const win = new BrowserWindow({})
      app.once('before-quit', (event: { preventDefault: () => void }) => {
        events.push('before-quit')
        event.preventDefault()
      })
      app.on('will-quit', () => events.push('will-quit'))
      app.on('quit', () => events.push('quit'))
      app.quit()
      await turns()
      expect(events).toEqual(['before-quit'])
      expect(win.isDestroyed()).toBe(false)
      expect(app.quitRequested).toBe(false)
      expect(app.quitted).toBe(false)
      // Not prevented this time: the quit goes ahead.
      app.quit()
      await turns()
      expect(events).toEqual(['before-quit', 'will-quit', 'quit'])
      expect(win.isDestroyed()).toBe(true)
    })

    it('[quit-sequence] a window that prevents its close during a quit cancels the quit', async () => {
      persona()
      standin.emitReady()
      const events: string[] = []
      const win = new BrowserWindow({})
      win.once('close', (event: { preventDefault: () => void }) => {
        events.push('close')
        event.preventDefault()
      })
      app.on('quit', () => events.push('quit'))
      app.quit()
      await turns()
      expect(events).toEqual(['close'])
      expect(win.isDestroyed()).toBe(false)
      expect(app.quitted).toBe(false)
    })

    it('[quit-sequence] window-all-closed: with no listener the last window closing quits; with one it does not', async () => {
      persona()
      standin.emitReady()
      const events: string[] = []
      app.on('before-quit', () => events.push('before-quit'))
      app.on('quit', () => events.push('quit'))
      new BrowserWindow({}).close()
      await turns()
      expect(events).toEqual(['before-quit', 'quit'])
      expect(app.quitted).toBe(true)

      persona()
      standin.emitReady()
      const kept: string[] = []
      app.on('window-all-closed', () => kept.push('window-all-closed'))
      app.on('before-quit', () => kept.push('before-quit'))
      const a = new BrowserWindow({})
      const b = new BrowserWindow({})
      a.close()
      await turns()
      expect(kept).toEqual([])
      b.close()
      await turns()
      expect(kept).toEqual(['window-all-closed'])
      expect(app.quitted).toBe(false)
    })
  })

  it('[unknown-api] reading an API the stand-in does not model throws at once, naming it', () => {
    persona()
    standin.emitReady()
    const read = (target: unknown, prop: string) => () => (target as Record<string, unknown>)[prop]
    expectRule(read(app, 'setBadgeCount'), 'unknown-api', /app\.setBadgeCount is not modelled/)
    expectRule(read(electron, 'autoUpdater'), 'unknown-api', /electron\.autoUpdater/)
    expectRule(read(powerMonitor, 'getCurrentThermalState'), 'unknown-api', /powerMonitor\.getCurrentThermalState/)
    expectRule(read(screen, 'getAllDisplays'), 'unknown-api', /screen\.getAllDisplays/)
    expectRule(read(protocol, 'registerFileProtocol'), 'unknown-api', /protocol\.registerFileProtocol/)
    expectRule(read(dialog, 'showCertificateTrustDialog'), 'unknown-api', /dialog\.showCertificateTrustDialog/)
    expectRule(read(ipcMain, 'handleOnce'), 'unknown-api', /ipcMain\.handleOnce/)
    expectRule(read(session, 'fromPartition'), 'unknown-api', /session\.fromPartition/)
    expectRule(read(session.defaultSession, 'clearCache'), 'unknown-api', /Session\.clearCache/)
    const win = new BrowserWindow({})
    expectRule(read(win, 'setTitle'), 'unknown-api', /BrowserWindow\.setTitle/)
    expectRule(read(win.webContents, 'openDevTools'), 'unknown-api', /webContents\.openDevTools/)
    expectRule(read(new Tray(nativeImage.createEmpty()), 'setTitle'), 'unknown-api', /Tray\.setTitle/)
    // Statics too: the classes the bundle imports answer only what is modelled.
    expectRule(read(BrowserWindow, 'fromId'), 'unknown-api', /BrowserWindow\.fromId/)
    expectRule(read(Notification, 'handleActivation'), 'unknown-api', /Notification\.handleActivation/)
    expect(new BrowserWindow({}) instanceof BrowserWindow).toBe(true)
    expectRule(read(new Notification({}), 'reply'), 'unknown-api', /Notification\.reply/)
    // What JavaScript and vitest probe is not Electron API.
    expect(read(app, 'then')()).toBeUndefined()
  })
})

it('every rule in the table has a test here', () => {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8')
  const titled = new Set([...source.matchAll(/\bit\(\s*[`'"]\[([a-z0-9-]+)\]/g)].map((match) => match[1]))
  const missing = RULES.map((rule) => rule.id).filter((id) => !titled.has(id))
  expect(missing).toEqual([])
  // And no test names a rule the table does not have.
  const known = new Set<string>(RULES.map((rule) => rule.id))
  expect([...titled].filter((id) => !known.has(id!))).toEqual([])
})
