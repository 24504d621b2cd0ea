// The built main process, started against the fake Electron: tray, window, IPC, settings on disk.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBrowserWindow, fake } from '../support/fake-electron'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

describe.skipIf(missing !== null)(`built main process${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('shows sitting time from system idle time in the tray tooltip and menu', async () => {
    app = await startMain()
    expect(app.tray().tooltip).toBe('Limber: Sitting for 0 min')
    await app.minutes(12)
    expect(app.tray().tooltip).toBe('Limber: Sitting for 12 min')
    expect(app.tray().menu?.labels()).toEqual([
      'Sitting for 12 min',
      'Take a break now',
      'In a meeting',
      'Pause',
      'Resume',
      'Turn flare-up mode on',
      'Open Limber',
      'Quit Limber'
    ])
  })

  it('opens the main window at start, with the secure webPreferences, showing our own page', async () => {
    app = await startMain()
    const main = app.window('main')
    expect(main).toBeDefined()
    expect(main!.visible).toBe(true)
    expect(main!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(main!.options.webPreferences?.preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/)
    expect(main!.loadedFile).toMatch(/out[/\\]renderer[/\\]index\.html$/)
  })

  it('starts quietly in the tray when launched at login', async () => {
    app = await startMain({ argv: ['--hidden'] })
    expect(app.windows()).toHaveLength(0)
    expect(app.tray().tooltip).toContain('Sitting')
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
    const userData = mkdtempSync(join(tmpdir(), 'limber-restart-'))
    app = await startMain({ userData })
    const reply = await app.invoke(app.window('main')!, 'settings:update', { office: { sitLimitMinutes: 30 } })
    expect(reply.ok).toBe(true)
    const onDisk = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))
    expect(onDisk).toMatchObject({ schemaVersion: 3, office: { sitLimitMinutes: 30 } })
    await app.stop()
    app = await startMain({ userData })
    const settings = await app.invoke(app.window('main')!, 'settings:get')
    expect(settings).toMatchObject({ ok: true, value: { office: { sitLimitMinutes: 30 } } })
    rmSync(userData, { recursive: true, force: true })
  })

  it('a second launch quits itself; the first instance opens its window', async () => {
    app = await startMain({ argv: ['--hidden'] })
    expect(app.window('main')).toBeUndefined()
    fake.app.emit('second-instance', {}, [], '/')
    await app.advance(0)
    expect(app.window('main')?.visible).toBe(true)
  })

  it('quits when the second instance cannot get the lock', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'limber-lock-'))
    fake.reset({ userData })
    fake.app.singleInstance = false
    // Re-import without the harness: a launch that loses the single-instance lock.
    await import(/* @vite-ignore */ `${join(import.meta.dirname, '../../out/main/index.js')}?lost-lock=1`)
    expect(fake.app.quitRequested).toBe(true)
    expect(FakeBrowserWindow.all).toHaveLength(0)
    rmSync(userData, { recursive: true, force: true })
  })

  it('Open Limber and a tray click open the main window, and only one', async () => {
    app = await startMain({ argv: ['--hidden'] })
    app.tray().clickItem('open')
    await app.advance(0)
    app.tray().emit('click')
    await app.advance(0)
    expect(app.windows().filter((w) => w.loadedFile?.endsWith('index.html'))).toHaveLength(1)
  })

  it('closing the main window destroys it and leaves Limber running in the tray', async () => {
    app = await startMain()
    app.window('main')!.close()
    expect(app.windows()).toHaveLength(0)
    expect(fake.app.quitRequested).toBe(false)
    await app.minutes(3)
    expect(app.tray().tooltip).toBe('Limber: Sitting for 3 min')
  })

  it('Quit from the tray quits the app', async () => {
    app = await startMain()
    app.tray().clickItem('quit')
    expect(fake.app.quitRequested).toBe(true)
  })
})

describe.skipIf(missing !== null || process.platform !== 'linux')('start at login on Linux', () => {
  it('writes an XDG autostart entry that starts Limber hidden, and removes it when turned off', async () => {
    app = await startMain()
    const entry = join(app.userData, 'autostart', 'limber.desktop')
    const main = app.window('main')!
    expect((await app.invoke(main, 'settings:update', { general: { openAtLogin: true } })).ok).toBe(true)
    const text = readFileSync(entry, 'utf8')
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Limber\n/)
    expect(text).toMatch(/^Exec=".+" "\/opt\/limber\/resources\/app\.asar" --hidden$/m)
    expect((await app.invoke(main, 'settings:update', { general: { openAtLogin: false } })).ok).toBe(true)
    expect(existsSync(entry)).toBe(false)
  })
})
