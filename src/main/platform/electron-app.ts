// Boots Electron: one instance, hardened, then hands the composition root everything it needs.
import { app } from 'electron'
import ElectronStore from 'electron-store'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Handlers } from '../app/dispatch'
import type { OfficeRunner } from '../app/ports'
import type { LimberPorts } from '../app/create-app'
import { SETTINGS_FILE_OPTIONS } from '../storage/settings-store'
import { NativeDialogs } from './dialogs'
import { setOpenAtLogin } from './login-item'
import { registerIpc } from './ipc'
import { NodeNotifier } from './notifier'
import { systemIdleProbe, watchPower } from './power'
import { ReportPrinter } from './report-printer'
import { hardenApp } from './security'
import { TimeoutScheduler, systemClock } from './timers'
import { LimberTray } from './tray'
import { WindowManager } from './windows'

/** Everything Electron provides to the application (see LimberPorts), plus the concrete window manager. */
export interface PlatformKit extends LimberPorts {
  windows: WindowManager
}

/** What the composition root hands back: the running application. */
export interface RunningApp {
  handlers(): Handlers
  power: Pick<OfficeRunner, 'lock' | 'unlock' | 'suspend' | 'resume'>
  start(): void
  stop(): void
  openMain(route?: string): void
}

export function bootElectron(compose: (kit: PlatformKit) => RunningApp): void {
  // A second launch hands over to the first, which opens its window (GNOME has no tray by default,
  // so launching Limber again is how those users reach it).
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const rendererLocation = { dir: join(here, '../renderer'), devUrl: process.env['ELECTRON_RENDERER_URL'] }
  const preloadPath = join(here, '../preload/index.cjs')
  const windows = new WindowManager(rendererLocation, preloadPath)
  hardenApp((url) => windows.isAppUrl(url))
  let running: RunningApp | null = null
  const cleanups: (() => void)[] = []

  app.on('second-instance', () => running?.openMain())
  // Limber lives in the tray: closing the last window must not quit it.
  app.on('window-all-closed', () => undefined)
  app.on('before-quit', () => {
    running?.stop()
    for (const cleanup of cleanups.splice(0)) cleanup()
  })

  void app.whenReady().then(() => {
    const userDataDir = app.getPath('userData')
    running = compose({
      version: app.getVersion(),
      platform: process.platform,
      userDataDir,
      settingsFilePath: join(userDataDir, 'settings.json'),
      createStore: (name) => new ElectronStore({ name, ...SETTINGS_FILE_OPTIONS }),
      clock: systemClock,
      scheduler: new TimeoutScheduler(systemClock),
      idleProbe: systemIdleProbe,
      windows,
      notifier: new NodeNotifier(),
      createTray: (onAction, onClick) => new LimberTray(onAction, onClick),
      // Started at login, Limber waits quietly in the tray; started by hand, it opens its window.
      setOpenAtLogin,
      quit: () => app.quit(),
      dialogs: new NativeDialogs(() => app.getPath('documents')),
      reportPrinter: new ReportPrinter(rendererLocation, preloadPath),
      reminderScheduler: new TimeoutScheduler(systemClock)
    })
    cleanups.push(registerIpc(running.handlers(), windows), watchPower(running.power))
    running.start()
    if (!process.argv.includes('--hidden')) running.openMain()
  })
}
