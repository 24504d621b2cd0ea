// Everything createLimberApp needs, for rigs that run the real application in Node: settings and
// profile in conf on a temp dir, a virtual clock with its timers, and quiet stand-ins for the desktop
// (tray, windows, notifications, dialogs that cancel, no printer). Rigs override what they observe.
import Conf from 'conf'
import { join } from 'node:path'
import type { LimberPorts } from '../../src/main/app/create-app'
import { VirtualClock, VirtualScheduler } from '../../src/main/engine/simulation/virtual-time'
import { SETTINGS_FILE_OPTIONS } from '../../src/main/storage/settings-store'

export interface TestPorts extends LimberPorts {
  clock: VirtualClock
  scheduler: VirtualScheduler
  reminderScheduler: VirtualScheduler
}

export function testPorts(dir: string, start: string, overrides: Partial<LimberPorts> = {}): TestPorts {
  const clock = new VirtualClock(Date.parse(start))
  return {
    version: '0.1.0-test',
    platform: 'linux',
    userDataDir: dir,
    settingsFilePath: join(dir, 'settings.json'),
    createStore: (name) =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: name,
        projectName: 'limber-test',
        ...SETTINGS_FILE_OPTIONS
      }),
    idleProbe: { idleSeconds: () => 0 },
    windows: {
      openMain: () => undefined,
      showBreakCard: () => undefined,
      closeBreakCard: () => undefined,
      broadcast: () => undefined
    },
    notifier: { notify: () => undefined },
    createTray: () => ({ update: () => undefined }),
    setOpenAtLogin: () => undefined,
    quit: () => undefined,
    dialogs: {
      saveFile: () => Promise.resolve(null),
      chooseFolder: () => Promise.resolve(null),
      chooseFile: () => Promise.resolve(null)
    },
    reportPrinter: { printReport: () => Promise.reject(new Error('this test rig prints no reports')) },
    ...overrides,
    clock,
    scheduler: new VirtualScheduler(clock),
    reminderScheduler: new VirtualScheduler(clock)
  }
}
