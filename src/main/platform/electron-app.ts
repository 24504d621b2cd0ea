// Boots Electron: what must happen before 'ready' (privileged scheme, Windows identity, single
// instance, listeners), then, once ready, everything that needs a running browser process.
import { app, dialog } from 'electron'
import ElectronStore from 'electron-store'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Handlers } from '../app/dispatch'
import type { OfficeRunner } from '../app/ports'
import type { LimberPorts } from '../app/create-app'
import { SETTINGS_FILE_OPTIONS } from '../storage/settings-store'
import { setApplicationMenu } from './app-menu'
import { registerAppScheme, serveAppScheme } from './app-protocol'
import { cardWindowFor } from './card-window'
import { NativeDialogs } from './dialogs'
import { isWaylandSession } from './linux-session'
import { loginItemFor } from './login-item'
import { registerIpc } from './ipc'
import { createDesktopNotifier, windowsAppUserModelId } from './notifier'
import { powerSourceFor } from './power'
import { ReportPrinter } from './report-printer'
import { denyPermissions, guardWebContents } from './security'
import { createDesktopSignals } from './signals'
import { TimeoutScheduler, systemClock } from './timers'
import { LimberTray } from './tray'
import { trayHostAvailable } from './tray-host'
import { WindowManager, type RendererLocation } from './windows'

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

/** The dev server, only in development: a packaged app never loads pages from an address in its environment. */
function devOrigin(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL']
  if (app.isPackaged || !url) return null
  try {
    const { origin, hostname } = new URL(url)
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' ? origin : null
  } catch {
    return null
  }
}

export function bootElectron(compose: (kit: PlatformKit) => RunningApp): void {
  const platform = process.platform
  // The command line as launched (Electron's process.argv does not change later).
  const argv = [...process.argv]
  // Before 'ready' or never: Electron accepts privileged schemes only now.
  registerAppScheme()
  // Windows shows toasts only for an AppUserModelID, the one the installer's Start-menu shortcut carries.
  if (platform === 'win32')
    app.setAppUserModelId(windowsAppUserModelId({ isPackaged: app.isPackaged, execPath: process.execPath }))
  // A second launch hands over to the first, which opens its window (GNOME has no tray by default,
  // so launching Limber again is how those users reach it).
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const rendererDir = join(here, '../renderer')
  const renderer: RendererLocation = { devOrigin: devOrigin() }
  const preloadPath = join(here, '../preload/index.cjs')
  const wayland = platform === 'linux' && isWaylandSession(process.env, argv)
  const windows = new WindowManager(renderer, preloadPath, cardWindowFor(platform, wayland))
  const loginItem = loginItemFor(platform)
  const power = powerSourceFor(platform, wayland)
  guardWebContents((url) => windows.isAppUrl(url))
  let running: RunningApp | null = null
  const cleanups: (() => void)[] = []

  app.on('second-instance', () => running?.openMain())
  // macOS: clicking the Dock icon (or opening Limber again) while it runs opens its window.
  app.on('activate', () => running?.openMain())
  // Limber lives in the tray: closing the last window must not quit it.
  app.on('window-all-closed', () => undefined)
  app.on('before-quit', () => {
    running?.stop()
    for (const cleanup of cleanups.splice(0)) cleanup()
  })

  app
    .whenReady()
    .then(async () => {
      denyPermissions()
      serveAppScheme(rendererDir)
      setApplicationMenu(platform)
      const userDataDir = app.getPath('userData')
      running = compose({
        version: app.getVersion(),
        platform,
        userDataDir,
        settingsFilePath: join(userDataDir, 'settings.json'),
        createStore: (name) => new ElectronStore({ name, ...SETTINGS_FILE_OPTIONS }),
        clock: systemClock,
        scheduler: new TimeoutScheduler(systemClock),
        idleProbe: power.idleProbe,
        windows,
        notifier: createDesktopNotifier({ isPackaged: app.isPackaged }),
        createTray: (onAction, onClick) => new LimberTray(onAction, onClick),
        setOpenAtLogin: (open) => loginItem.setOpenAtLogin(open),
        quit: () => app.quit(),
        dialogs: new NativeDialogs(() => app.getPath('documents')),
        reportPrinter: new ReportPrinter(renderer, preloadPath),
        reminderScheduler: new TimeoutScheduler(systemClock),
        desktopSignals: createDesktopSignals({ platform, env: process.env })
      })
      cleanups.push(registerIpc(running.handlers(), windows), power.watch(running.power))
      running.start()
      // Started by hand, Limber opens its window; at login it waits quietly in the tray, unless this
      // desktop shows no tray icon at all (GNOME without a StatusNotifier host): then it must not hide.
      if (!loginItem.startedAtLogin(argv) || (await trayHostAvailable(platform)) === 'no') running.openMain()
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      console.error('Limber could not start:', error)
      dialog.showErrorBox(
        'Limber could not start',
        `${message}\n\nYour data was not changed. Please report this problem.`
      )
      app.quit()
    })
}
