// Starts the BUILT main bundle in this process against the strict Electron stand-in, on fake timers,
// as one OS persona, and gives tests handles to drive it (ready, idle time, lock, clicks, IPC) and to
// inspect it. The bundle runs from a copy "installed" in a folder whose path has a space, brackets and
// a tilde, as Program Files and Windows 8.3 short names do; its pages are served from that copy.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import {
  StandinBrowserWindow,
  StandinNotification,
  StandinTray,
  standin,
  type Persona,
  type Platform,
  type SenderFrameKind
} from './electron-standin'
import { linuxTools, sentNotifications } from './electron-standin/node-notifier'

const ROOT = resolve(import.meta.dirname, '../..')
const BUILT = join(ROOT, 'out')
/** The build being tested, by its time: each build gets its own installed copy. */
const BUILD_STAMP = existsSync(join(BUILT, 'main/index.js'))
  ? String(Math.floor(statSync(join(BUILT, 'main/index.js')).mtimeMs))
  : 'none'
/** Inside the project so vitest's module loader (and its 'electron' alias) serves it. */
const INSTALL_DIR = join(ROOT, 'test-results', 'install', BUILD_STAMP, 'Program Files [x86]', 'LIMBER~1 app')
let run = 0
// Each test imports a fresh copy of the bundle, and each copy carries its own electron-store writer,
// whose exit hooks (when-exit) add one listener per signal to this process. The app imports the
// bundle once; here a file may import it a few dozen times, which is expected, not a leak.
process.setMaxListeners(128)

export interface Notice {
  title: string
  message: string
}

export interface MainHarness {
  /** Electron's userData folder: <appData>/<app name>. */
  userData: string
  appData: string
  platform: Platform
  tray(): StandinTray
  windows(): StandinBrowserWindow[]
  window(kind: 'main' | 'break-card'): StandinBrowserWindow | undefined
  /** Desktop notifications the OS would show (node-notifier or Electron's Notification). */
  readonly notifications: Notice[]
  /** Uncaught exceptions and unhandled rejections while the app ran. */
  readonly errors: unknown[]
  /** Moves fake time forward, running every timer due on the way. */
  advance(ms: number): Promise<void>
  minutes(n: number): Promise<void>
  /** The user types and moves the mouse continuously from now on. */
  userActive(): void
  /** The user stops touching the computer now (idle time starts growing). */
  userIdle(): void
  invoke(
    window: StandinBrowserWindow,
    channel: string,
    payload?: unknown,
    frame?: SenderFrameKind
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
  stop(): Promise<void>
}

export function bundleMissing(): string | null {
  return existsSync(join(BUILT, 'main/index.js')) ? null : 'out/main/index.js is missing: run `npm run build` first'
}

/**
 * Copies the built app (out/ and package.json) into the odd install folder, once per build. Test files
 * run in parallel: each copies into a folder of its own and renames it into place; the first wins.
 */
function installedBundle(): string {
  const installed = join(INSTALL_DIR, 'out', 'main', 'index.js')
  if (!existsSync(installed)) {
    const staging = `${INSTALL_DIR}.${process.pid}-${Date.now()}`
    cpSync(BUILT, join(staging, 'out'), { recursive: true })
    cpSync(join(ROOT, 'package.json'), join(staging, 'package.json'))
    try {
      renameSync(staging, INSTALL_DIR)
    } catch {
      // Another test file installed this build first.
      rmSync(staging, { recursive: true, force: true })
    }
  }
  return installed
}

export const INSTALLED_APP_DIR = INSTALL_DIR

function packageJson(): Persona['packageJson'] {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Persona['packageJson']
}

export interface StartOptions {
  start?: string
  argv?: string[]
  /** The OS's application-data folder; a fresh temp folder when omitted (and removed at stop). */
  appData?: string
  platform?: Platform
  persona?: Partial<Persona>
  env?: Record<string, string | undefined>
  /** Linux: whether notify-send is installed. */
  notifySend?: boolean
}

/** Imports the bundle as Electron would: the module runs to its end, and only then comes 'ready'. */
export async function loadBundle(options: { argv?: string[]; tag: string }): Promise<void> {
  const bundle = installedBundle()
  const savedArgv = process.argv
  process.argv = [process.argv[0]!, bundle, ...(options.argv ?? [])]
  try {
    await import(/* @vite-ignore */ `${bundle}?${options.tag}=${++run}`)
  } finally {
    process.argv = savedArgv
  }
}

export async function startMain(options: StartOptions = {}): Promise<MainHarness> {
  const appData = options.appData ?? mkdtempSync(join(tmpdir(), 'limber-appdata-'))
  const platform = options.platform ?? 'linux'
  standin.reset({
    platform,
    appData,
    appPath: INSTALL_DIR,
    packageJson: packageJson(),
    ...options.persona
  })
  sentNotifications.length = 0
  linuxTools.notifySend = options.notifySend ?? true
  const errors: unknown[] = []
  const onError = (error: unknown) => errors.push(error)
  process.on('uncaughtException', onError)
  process.on('unhandledRejection', onError)
  const savedPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
  const savedEnv: Record<string, string | undefined> = {}
  // No session bus unless a test gives one: the tray-host check then answers "unknown" at once.
  const env = {
    DBUS_SESSION_BUS_ADDRESS: undefined,
    XDG_SESSION_TYPE: undefined,
    WAYLAND_DISPLAY: undefined,
    ...options.env
  }
  for (const [key, value] of Object.entries(env)) {
    savedEnv[key] = process.env[key]
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  vi.useFakeTimers({
    now: new Date(options.start ?? '2026-03-02T09:00:00+01:00'),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance']
  })
  await loadBundle({ argv: options.argv, tag: 'run' })
  if (!standin.app.quitRequested) {
    // rule esm-main-before-ready: the whole module ran and 'ready' has not come yet.
    standin.emitReady()
  }
  await settle()
  const userData = join(appData, standin.app.getName())
  const kindOf = (w: StandinBrowserWindow) =>
    w.loadsStarted.at(-1)?.includes('/break-card.html') ? 'break-card' : 'main'
  const harness: MainHarness = {
    userData,
    appData,
    platform,
    tray: () => {
      const tray = StandinTray.all.find((t) => !t.destroyed)
      if (!tray) throw new Error('no tray was created')
      return tray
    },
    windows: () => StandinBrowserWindow.alive(),
    window: (kind) => StandinBrowserWindow.alive().find((w) => kindOf(w) === kind),
    get notifications(): Notice[] {
      const viaNodeNotifier = sentNotifications.map((n) => ({
        title: String(n.options.title),
        message: String(n.options.message)
      }))
      const viaElectron = StandinNotification.shown
        .filter((n) => n.visible)
        .map((n) => ({ title: n.options.title ?? '', message: n.options.body ?? '' }))
      return [...viaNodeNotifier, ...viaElectron]
    },
    errors,
    advance: async (ms) => {
      await vi.advanceTimersByTimeAsync(ms)
      await settle()
    },
    minutes: (n) => harness.advance(n * 60_000),
    userActive: () => standin.userActive(),
    userIdle: () => standin.userIdle(),
    invoke: async (window, channel, payload, frame) => {
      const reply = await standin.ipcMain.invoke(window, channel, payload, frame)
      // What the call set off (a card closing, a window loading) arrives on later turns, as in Electron.
      await settle()
      return reply as Awaited<ReturnType<MainHarness['invoke']>>
    },
    stop: async () => {
      standin.app.quit()
      await vi.advanceTimersByTimeAsync(0)
      await settle()
      vi.useRealTimers()
      Object.defineProperty(process, 'platform', savedPlatform)
      for (const [key, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
      process.off('uncaughtException', onError)
      process.off('unhandledRejection', onError)
      if (!options.appData) rmSync(appData, { recursive: true, force: true })
    }
  }
  return harness
}

/**
 * Lets pending work finish: promise chains, zero-delay timers (window loads, close) and real I/O the
 * app waits on (reading its pages, asking D-Bus). Fake timers do not cover I/O, so this also yields
 * to the event loop a few times.
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await vi.advanceTimersByTimeAsync(0)
    await new Promise<void>((resolveTurn) => setImmediate(resolveTurn))
  }
}
