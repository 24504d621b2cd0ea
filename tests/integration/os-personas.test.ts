// What differs per OS, on the built main process and the strict stand-in: how the stand-up notice
// reaches the desktop, where the break card goes and whether it stays above full-screen apps, the
// application menu, Windows' identity, and how a locked screen is seen where Electron sends no event.
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { StandinNotification, standin } from '../support/electron-standin'
import { sentNotifications } from '../support/electron-standin/node-notifier'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

const standUpNotices = (harness: MainHarness) => harness.notifications.filter((n) => /25 minutes/.test(n.message))

describe.skipIf(missing !== null)(`per-OS behaviour${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('Linux: the notice goes through notify-send, as Limber, expiring after 20 seconds', async () => {
    app = await startMain({ platform: 'linux', argv: ['--hidden'] })
    await app.minutes(25)
    expect(standUpNotices(app)).toHaveLength(1)
    expect(sentNotifications[0]).toMatchObject({
      via: 'NotifySend',
      options: { 'app-name': 'Limber', 'expire-time': 20 }
    })
  })

  it('Linux without notify-send: the notice goes through Electron instead of being lost', async () => {
    app = await startMain({ platform: 'linux', argv: ['--hidden'], notifySend: false, env: { PATH: '/nonexistent' } })
    await app.minutes(25)
    expect(standUpNotices(app)).toHaveLength(1)
    expect(StandinNotification.shown).toHaveLength(1)
  })

  it('Windows: the AppUserModelID is set before ready and the toast carries the same appID', async () => {
    app = await startMain({ platform: 'win32', argv: ['--hidden'], persona: { isPackaged: true } })
    expect(standin.appUserModelId).toBe('app.limber.desktop')
    await app.minutes(25)
    expect(standUpNotices(app)).toHaveLength(1)
    expect(sentNotifications[0]).toMatchObject({ via: 'WindowsToaster', options: { appID: 'app.limber.desktop' } })
  })

  it('Windows in development: the AppUserModelID is the Electron executable, as Electron documents', async () => {
    app = await startMain({ platform: 'win32', argv: ['--hidden'] })
    expect(standin.appUserModelId).toBe(process.execPath)
  })

  it('macOS: the notice is an Electron notification (terminal-notifier is never run)', async () => {
    app = await startMain({ platform: 'darwin', persona: { openedAtLogin: true } })
    await app.minutes(25)
    expect(standUpNotices(app)).toHaveLength(1)
    expect(sentNotifications).toHaveLength(0)
    expect(StandinNotification.shown[0]?.options).toMatchObject({ silent: true })
  })

  it('macOS: the card shows over full-screen apps and on every Space, without taking focus', async () => {
    app = await startMain({ platform: 'darwin', persona: { openedAtLogin: true } })
    await app.minutes(25)
    const card = app.window('break-card')!
    expect(card.alwaysOnTop).toEqual({ flag: true, level: 'screen-saver' })
    expect(card.visibleOverFullScreen).toBe(true)
    expect(card.shownInactive).toBe(true)
    expect(card.focused).toBe(false)
  })

  it('Linux on Wayland: the card is left to the compositor to place (centred), not put off-screen', async () => {
    app = await startMain({
      platform: 'linux',
      argv: ['--hidden'],
      persona: { wayland: true },
      env: { XDG_SESSION_TYPE: 'wayland' }
    })
    await app.minutes(1)
    // On this Wayland persona idle time stays 0, so time away would count as sitting: Settings says so.
    app.tray().clickItem('open')
    await app.advance(0)
    const status = await app.invoke(app.window('main')!, 'office:get-status')
    expect(status).toMatchObject({ ok: true, value: { idleSourceVerified: false } })
    await app.invoke(app.window('main')!, 'office:act', { type: 'break-now' })
    const card = app.window('break-card')!
    expect(card.options.x).toBeUndefined()
    expect(card.options.y).toBeUndefined()
    expect(card.getBounds()).toMatchObject({ x: 760, y: 210 })
  })

  it('Linux on X11: the idle source is trusted from the start', async () => {
    app = await startMain({ platform: 'linux' })
    expect(await app.invoke(app.window('main')!, 'office:get-status')).toMatchObject({
      value: { idleSourceVerified: true }
    })
  })

  it('Linux: a locked screen is a break although Electron sends no lock event there', async () => {
    app = await startMain({ platform: 'linux', argv: ['--hidden'] })
    await app.minutes(20)
    standin.lockScreen()
    await app.minutes(45)
    expect(app.tray().tooltip).toBe('Limber: Away from the desk')
    standin.unlockScreen()
    await app.minutes(1)
    expect(app.tray().tooltip).toMatch(/^Limber: Sitting for [01] min$/)
    expect(standUpNotices(app)).toHaveLength(0)
  })

  it('Windows and Linux have no application menu (no Reload, no DevTools); macOS keeps Quit and Edit', async () => {
    app = await startMain({ platform: 'win32' })
    expect(standin.applicationMenu).toBeNull()
    await app.stop()
    app = await startMain({ platform: 'linux' })
    expect(standin.applicationMenu).toBeNull()
    await app.stop()
    app = await startMain({ platform: 'darwin' })
    const roles = standin.applicationMenu!.flat().map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['quit', 'editMenu']))
    expect(roles).not.toContain('reload')
    expect(roles).not.toContain('toggleDevTools')
  })

  it('permission handlers are in place once ready, on every OS', async () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      app = await startMain({ platform })
      const answers: boolean[] = []
      standin.session.defaultSession.permissionRequestHandler!(
        {} as never,
        'media',
        (granted) => answers.push(granted),
        {} as never
      )
      expect(answers).toEqual([false])
      await app.stop()
      app = null
    }
  })

  it('a packaged app ignores a dev-server address in its environment', async () => {
    app = await startMain({ persona: { isPackaged: true }, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })
    expect(app.window('main')!.loadedUrl).toBe('app://limber/index.html')
  })

  it('in development the dev server is used, compared by origin', async () => {
    app = await startMain({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })
    const main = app.window('main')!
    expect(main.loadsStarted).toEqual(['http://localhost:5173/index.html'])
    expect((await app.invoke(main, 'office:get-status')).ok).toBe(true)
  })
})

describe.skipIf(missing !== null)('GNOME without a tray', () => {
  it('a login start on a desktop that can show no tray icon opens the window instead of hiding', async () => {
    const { startSessionBus } = await import('../support/session-bus')
    const bus = await startSessionBus()
    try {
      app = await startMain({ argv: ['--hidden'], env: { DBUS_SESSION_BUS_ADDRESS: bus.address } })
      // Asking the bus is real I/O: give it real time (fake timers do not cover it).
      for (let i = 0; i < 100 && !app.window('main')?.visible; i++) {
        await sleep(20)
        await app.advance(0)
      }
      expect(app.tray().tooltip).toBe('Limber: Sitting for 0 min')
      expect(app.window('main')?.visible).toBe(true)
    } finally {
      await app?.stop()
      app = null
      await bus.stop()
    }
  })
})
