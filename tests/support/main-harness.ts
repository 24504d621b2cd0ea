// Starts the BUILT main bundle (out/main/index.js) in this process against the fake Electron, on fake
// timers, and gives tests handles to drive it (idle time, power events, clicks, IPC) and to inspect it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import { FakeBrowserWindow, FakeTray, fake } from './fake-electron'
import { sentNotifications } from './fake-electron/node-notifier'

const BUNDLE = resolve(import.meta.dirname, '../../out/main/index.js')
let run = 0
// Each test imports a fresh copy of the bundle, and each copy carries its own electron-store writer,
// whose exit hooks (when-exit) add one listener per signal to this process. The app imports the
// bundle once; here a file may import it a few dozen times, which is expected, not a leak.
process.setMaxListeners(64)

export interface MainHarness {
  userData: string
  tray(): FakeTray
  windows(): FakeBrowserWindow[]
  window(kind: 'main' | 'break-card'): FakeBrowserWindow | undefined
  notifications: typeof sentNotifications
  /** Moves fake time forward, running every timer due on the way. */
  advance(ms: number): Promise<void>
  minutes(n: number): Promise<void>
  /** The user types and moves the mouse continuously from now on. */
  userActive(): void
  /** The user stops touching the computer now (idle time starts growing). */
  userIdle(): void
  invoke(
    window: FakeBrowserWindow,
    channel: string,
    payload?: unknown
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
  stop(): Promise<void>
}

export function bundleMissing(): string | null {
  return existsSync(BUNDLE) ? null : 'out/main/index.js is missing: run `npm run build` first'
}

export async function startMain(
  options: { start?: string; argv?: string[]; userData?: string } = {}
): Promise<MainHarness> {
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'limber-main-'))
  fake.reset({ userData, home: userData, temp: tmpdir(), appData: userData, logs: userData })
  sentNotifications.length = 0
  vi.useFakeTimers({
    now: new Date(options.start ?? '2026-03-02T09:00:00+01:00'),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']
  })
  const savedArgv = process.argv
  process.argv = [process.argv[0]!, BUNDLE, ...(options.argv ?? [])]
  try {
    await import(/* @vite-ignore */ `${BUNDLE}?run=${++run}`)
    await vi.advanceTimersByTimeAsync(0)
  } finally {
    process.argv = savedArgv
  }
  const kindOf = (w: FakeBrowserWindow) => (w.loadedFile?.endsWith('break-card.html') ? 'break-card' : 'main')
  const harness: MainHarness = {
    userData,
    tray: () => {
      const tray = FakeTray.all[0]
      if (!tray) throw new Error('no tray was created')
      return tray
    },
    windows: () => FakeBrowserWindow.alive(),
    window: (kind) => FakeBrowserWindow.alive().find((w) => kindOf(w) === kind),
    notifications: sentNotifications,
    advance: async (ms) => {
      await vi.advanceTimersByTimeAsync(ms)
    },
    minutes: (n) => harness.advance(n * 60_000),
    userActive: () => {
      fake.powerMonitor.lastInputAt = null
    },
    userIdle: () => {
      fake.powerMonitor.lastInputAt = Date.now()
    },
    invoke: async (window, channel, payload) =>
      (await fake.ipcMain.invoke(window, channel, payload)) as Awaited<ReturnType<MainHarness['invoke']>>,
    stop: async () => {
      fake.app.quit()
      await vi.advanceTimersByTimeAsync(0)
      vi.useRealTimers()
      if (!options.userData) rmSync(userData, { recursive: true, force: true })
    }
  }
  return harness
}
