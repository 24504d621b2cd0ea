// Builds the whole application from its ports: opens settings and the progress log, then wires the
// engine's runner, tray, windows and notifier into LimberApp. The Electron entry and the browser e2e
// both start Limber through here, so they run the same wiring.
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openProgressLog } from '../storage/progress-log-port'
import { openProfile } from '../storage/profile-store'
import { openSettings, type SettingsBackend } from '../storage/settings-store'
import type { Clock as EngineClock, IdleProbe, WakeScheduler } from '../engine/engine-runner'
import { suggestBreakStretch } from './break-suggestion'
import { HOME_LOG_DAYS } from './home-service'
import { LimberApp } from './limber-app'
import { officeRunner } from './office-runner'
import type { DialogsPort, NotifierPort, ReportPrinterPort, TrayPort, WindowsPort } from './ports'
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
}

/** A document kept in memory only: what a store falls back to when its file cannot be opened at all. */
function memoryBackend(path: string): SettingsBackend {
  return { store: {}, path }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Opens one store; if that throws, opens its safe fallback and says so. Start-up must never stop:
 * whatever a file or folder holds, Limber comes up with its tray and window.
 */
function guarded<T>(open: () => T, fallback: () => T, explain: (why: string) => string, notices: string[]): T {
  try {
    return open()
  } catch (error) {
    notices.push(explain(reason(error)))
    return fallback()
  }
}

export function createLimberApp(ports: LimberPorts): LimberApp {
  const now = () => new Date(ports.clock.now())
  const guardNotices: string[] = []
  const settings = guarded(
    () => openSettings(() => ports.createStore('settings'), ports.settingsFilePath, now()),
    () => openSettings(() => memoryBackend(ports.settingsFilePath), ports.settingsFilePath, now()),
    (why) =>
      `Limber could not open its settings file (${why}). It is using default settings for now; changes last until Limber quits. Nothing on disk was changed.`,
    guardNotices
  )
  const profilePath = join(ports.userDataDir, 'profile.json')
  const profile = guarded(
    () => openProfile(() => ports.createStore('profile'), profilePath, now()),
    () => openProfile(() => memoryBackend(profilePath), profilePath, now()),
    (why) =>
      `Limber could not open your home profile (${why}). It will ask the safety questions again for now; your file was left as it was.`,
    guardNotices
  )
  const defaultDataDir = join(ports.userDataDir, 'progress')
  // The data folder the user chose in Settings, or the default.
  const dataDir = settings.get().storage.dataDir ?? defaultDataDir
  const log = guarded(
    // The default data folder is ours to create; a missing folder elsewhere (a synced drive) is reported.
    () =>
      openProgressLog(ports.userDataDir, dataDir, ports.clock, HOME_LOG_DAYS, {
        createDataDir: dataDir === defaultDataDir
      }),
    () => openRecoveryLog(ports, now()),
    (why) =>
      `Limber could not open your progress log in ${dataDir} (${why}). Nothing there was changed. Until this is fixed, new entries are kept in a separate folder beside the settings, so nothing is lost.`,
    guardNotices
  )
  const app: LimberApp = new LimberApp({
    clock: ports.clock,
    settings,
    createRunner: (callbacks) =>
      officeRunner({
        clock: ports.clock,
        scheduler: ports.scheduler,
        idleProbe: ports.idleProbe,
        settings: settings.get().office,
        ...callbacks
      }),
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
    startupNotices: [...guardNotices, ...settings.problems, ...profile.problems, ...log.problems],
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

/** Where entries go when the data folder cannot be opened: a fresh folder of its own, never the broken one. */
function openRecoveryLog(ports: LimberPorts, at: Date) {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  for (const base of [ports.userDataDir, tmpdir()]) {
    try {
      const dir = join(base, `progress-recovered-${stamp}`)
      mkdirSync(dir, { recursive: true })
      return openProgressLog(base, dir, ports.clock, HOME_LOG_DAYS)
    } catch {
      // Try the next place.
    }
  }
  throw new Error('Limber could not create any folder for its progress log')
}
