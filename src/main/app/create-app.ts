// Builds the whole application from its ports: opens settings and the progress log, then wires the
// engine's runner, tray, windows and notifier into LimberApp. The Electron entry and the browser e2e
// both start Limber through here, so they run the same wiring.
import { join } from 'node:path'
import { openProgressLog } from '../storage/progress-log-port'
import { openProfile } from '../storage/profile-store'
import { openSettings, type SettingsBackend } from '../storage/settings-store'
import type { Clock as EngineClock, IdleProbe, WakeScheduler } from '../engine/engine-runner'
import { suggestBreakStretch } from './break-suggestion'
import { HOME_LOG_DAYS } from './home-service'
import { LimberApp } from './limber-app'
import { officeRunner } from './office-runner'
import type { DesktopSignalsPort, DialogsPort, NotifierPort, ReportPrinterPort, TrayPort, WindowsPort } from './ports'
import type { TrayActionId } from './tray-view'

export interface LimberPorts {
  version: string
  platform: string
  userDataDir: string
  settingsFilePath: string
  /** Opens one JSON document in userDataDir by name ('settings', 'profile'): electron-store, or conf in tests. */
  createStore: (name: 'settings' | 'profile') => SettingsBackend
  clock: EngineClock
  scheduler: WakeScheduler
  idleProbe: IdleProbe
  windows: WindowsPort
  notifier: NotifierPort
  createTray: (onAction: (id: TrayActionId) => void, onClick: () => void) => TrayPort
  setOpenAtLogin: (open: boolean) => void
  quit: () => void
  dialogs: DialogsPort
  reportPrinter: ReportPrinterPort
  /** A second timer for the daily check-in reminder (the engine's scheduler holds one timer only). */
  reminderScheduler: WakeScheduler
  /** Calls, presentations and Do-Not-Disturb (issue 15); without it prompts are never held automatically. */
  desktopSignals?: DesktopSignalsPort
}

export function createLimberApp(ports: LimberPorts): LimberApp {
  const now = () => new Date(ports.clock.now())
  // None of these throws: whatever the files hold, each store opens (in memory, read-only or with a
  // fresh device id when it must) and says what it did in its problems, shown at start.
  const settings = openSettings(() => ports.createStore('settings'), ports.settingsFilePath, now())
  const profile = openProfile(() => ports.createStore('profile'), join(ports.userDataDir, 'profile.json'), now())
  const defaultDataDir = join(ports.userDataDir, 'progress')
  // The data folder the user chose in Settings, or the default.
  const dataDir = settings.get().storage.dataDir ?? defaultDataDir
  // The default data folder is ours to create; a missing folder elsewhere (a synced drive) is reported.
  const log = openProgressLog(ports.userDataDir, dataDir, ports.clock, HOME_LOG_DAYS, {
    createDataDir: dataDir === defaultDataDir
  })
  const app: LimberApp = new LimberApp({
    clock: ports.clock,
    settings,
    createRunner: (callbacks) =>
      officeRunner({
        clock: ports.clock,
        scheduler: ports.scheduler,
        idleProbe: ports.idleProbe,
        settings: settings.get().office,
        ...(ports.desktopSignals === undefined ? {} : { desktopSignals: ports.desktopSignals }),
        ...callbacks
      }),
    ...(ports.desktopSignals === undefined ? {} : { desktopSignals: ports.desktopSignals }),
    tray: ports.createTray(
      (id) => app.onTrayAction(id),
      () => ports.windows.openMain()
    ),
    windows: ports.windows,
    notifier: ports.notifier,
    log: log.log,
    suggestStretch: suggestBreakStretch,
    info: {
      version: ports.version,
      platform: ports.platform,
      // A getter: the folder changes when the user moves the log.
      get dataDir() {
        return log.log.dataDir
      }
    },
    setOpenAtLogin: ports.setOpenAtLogin,
    quit: ports.quit,
    startupNotices: [...settings.problems, ...profile.problems, ...log.problems],
    profile,
    recentEvents: log.recent,
    progress: {
      log: log.log,
      defaultDataDir,
      dialogs: ports.dialogs,
      printer: ports.reportPrinter,
      reminderScheduler: ports.reminderScheduler
    }
  })
  return app
}
