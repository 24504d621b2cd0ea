// Which programs the built main process asks to start, per OS persona, through a working hour with a
// break due and a prompt pending: the desktop-signal probes of one OS must never run another OS's tools
// (no reg.exe or PowerShell on Linux, no pactl on Windows, no pmset on Linux…). Every child_process call
// of the bundle is recorded and answered "not installed", which is harsher than any real machine.
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const asked = vi.hoisted(() => [] as string[])

vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:child_process')>()
  const notInstalled = (command: string): NodeJS.ErrnoException =>
    Object.assign(new Error(`spawn ${command} ENOENT`), { code: 'ENOENT', errno: -2, syscall: `spawn ${command}` })
  /**
   * A child that was never there: 'error' (ENOENT), then 'close', as Node reports a missing program to
   * spawn()'s caller. execFile() listens to its child's 'error' itself and reports through the callback.
   */
  const absentChild = (command: string, emitsError: boolean) => {
    const child = Object.assign(new EventEmitter(), {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      stdio: [] as unknown[],
      pid: undefined,
      exitCode: null as number | null,
      signalCode: null as string | null,
      kill: () => false
    })
    setImmediate(() => {
      if (emitsError) child.emit('error', notInstalled(command))
      child.exitCode = -2
      child.emit('close', -2, null)
    })
    return child
  }
  const execFile = (command: string, args: readonly string[], ...rest: unknown[]) => {
    asked.push([command, ...args].join(' '))
    const callback = rest.find((r): r is (e: Error, out: string, err: string) => void => typeof r === 'function')
    setImmediate(() => callback?.(notInstalled(command), '', ''))
    return absentChild(command, false)
  }
  const spawn = (command: string, args: readonly string[] = []) => {
    asked.push([command, ...args].join(' '))
    return absentChild(command, true)
  }
  return { ...real, default: { ...real, execFile, spawn }, execFile, spawn }
})

/** Every OS's probe tools, by the OS they belong to. */
const TOOLS = {
  linux: ['pactl', 'gsettings', 'gdbus', 'xprop', 'xfconf-query'],
  win32: ['reg', 'tasklist', 'powershell.exe'],
  darwin: ['pmset', 'osascript']
} as const
type Os = keyof typeof TOOLS

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
  asked.length = 0
})

const toolOf = (line: string) => line.split(' ')[0]!

/** Real time passing (the harness fakes timers and Date, not setImmediate or hrtime). */
async function realPause(ms: number): Promise<void> {
  const end = process.hrtime.bigint() + BigInt(ms) * 1_000_000n
  while (process.hrtime.bigint() < end) await new Promise<void>((resolveTurn) => setImmediate(resolveTurn))
}

describe.skipIf(missing !== null)(
  `desktop-signal probes per OS persona${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('the recorder sees what the bundle starts (Linux at login asks D-Bus for a tray host)', async () => {
      app = await startMain({
        platform: 'linux',
        argv: ['--hidden'],
        env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' }
      })
      await app.advance(1_000)
      expect(asked.map(toolOf).some((tool) => tool === 'gdbus' || tool === 'dbus-send')).toBe(true)
    })

    it.each(['linux', 'win32', 'darwin'] as const)(
      'on %s, through a working hour with a prompt pending, its own probes run and no other OS’s tool is ever asked for',
      async (platform: Os) => {
        const env =
          platform === 'linux'
            ? { DISPLAY: ':99', XDG_CURRENT_DESKTOP: 'GNOME', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' }
            : {}
        app = await startMain({ platform, argv: ['--hidden'], env })
        app.userActive()
        // Minute by minute with a moment of real time between: the OS's probe module is a dynamic import,
        // which loads on real I/O while the app's clock is fake.
        for (let minute = 0; minute < 60; minute++) {
          await app.minutes(1)
          await realPause(20)
        }
        const foreign = Object.entries(TOOLS)
          .filter(([os]) => os !== platform)
          .flatMap(([, tools]) => tools as readonly string[])
        expect(asked.filter((line) => foreign.includes(toolOf(line)))).toEqual([])
        // …and its own probes did run near the prompt (so the line above is not trivially true).
        const own = TOOLS[platform] as readonly string[]
        expect(asked.filter((line) => own.includes(toolOf(line))).length).toBeGreaterThan(0)
        expect(app.errors).toEqual([])
      }
    )
  }
)
