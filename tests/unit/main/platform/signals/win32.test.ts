// Windows probes on recorded outputs: the ConsentStore entries in use, checked against running programs,
// and the shell's notification state and Focus Assist, through the code the app runs.
import { describe, expect, it } from 'vitest'
import {
  exeName,
  inUseEntries,
  isPresenting,
  liveEntries,
  parseConsentStore,
  parseShellState,
  parseTasklist,
  parseTasklistApps,
  powershellArgs,
  SHELL_STATE_SCRIPT
} from '../../../../../src/main/platform/signals/win32'
import { createDesktopSignals } from '../../../../../src/main/platform/signals'
import { fixture, replayRunner } from '../../../../support/replay-runner'

const CONSENT = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

describe('the ConsentStore (reg query, recorded shape)', () => {
  const entries = parseConsentStore(fixture('reg-query-microphone.txt'), 'microphone')

  it('reads every app entry, packaged and not, and nothing for the device and NonPackaged keys', () => {
    expect(entries.map((e) => [e.packaged, e.packaged ? e.key : exeName(e.key)])).toEqual([
      [true, 'Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe'],
      [true, 'MSTeams_8wekyb3d8bbwe'],
      [false, 'chrome.exe'],
      [false, 'zoom.exe'],
      [false, 'audacity.exe']
    ])
  })

  it('in use means started and not stopped', () => {
    expect(inUseEntries(entries).map((e) => exeName(e.key))).toEqual([
      'msteams_8wekyb3d8bbwe',
      'chrome.exe',
      'zoom.exe'
    ])
  })

  it('an entry left at 0 by a program that is no longer running does not count', () => {
    const running = parseTasklist(fixture('tasklist.csv'))
    const packages = parseTasklistApps(fixture('tasklist-apps.csv'))
    expect(packages.has('msteams_8wekyb3d8bbwe')).toBe(true)
    expect(liveEntries(inUseEntries(entries), running, packages).map((e) => exeName(e.key))).toEqual([
      'msteams_8wekyb3d8bbwe',
      'chrome.exe'
    ])
    expect(liveEntries(inUseEntries(entries), new Set(['explorer.exe']), new Set())).toEqual([])
  })
})

describe('the shell state (our PowerShell script, recorded shape)', () => {
  it('reads the notification state and Focus Assist', () => {
    expect(parseShellState(fixture('powershell-shell-state.txt'))).toEqual({ notificationState: 3, focusAssist: 1 })
    expect(parseShellState(fixture('powershell-shell-state-no-wnf.txt'))).toEqual({
      notificationState: 5,
      focusAssist: null
    })
  })

  it('presenting is busy, Direct3D full screen or presentation mode, not quiet time or an app', () => {
    expect([1, 2, 3, 4, 5, 6, 7].filter(isPresenting)).toEqual([2, 3, 4])
  })

  it('passes the script encoded, so no quoting can break it', () => {
    const args = powershellArgs(SHELL_STATE_SCRIPT)
    expect(args.slice(0, -1)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand'
    ])
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe(SHELL_STATE_SCRIPT)
  })
})

describe('the Windows probes behind the port', () => {
  const windows = () => {
    const runner = replayRunner()
    runner.answer(`${CONSENT}\\microphone`, { stdout: fixture('reg-query-microphone.txt') })
    runner.answer(`${CONSENT}\\webcam`, {
      code: 1,
      stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n'
    })
    runner.answer('tasklist /fo', { stdout: fixture('tasklist.csv') })
    runner.answer('tasklist /apps', { stdout: fixture('tasklist-apps.csv') })
    runner.answer('powershell.exe', { stdout: fixture('powershell-shell-state.txt') })
    const signals = createDesktopSignals({
      platform: 'win32',
      env: {},
      runner,
      execPath: 'C:\\Program Files\\Limber\\Limber.exe'
    })
    return { runner, signals }
  }

  it('spawns nothing until the app polls, then reads every source with one PowerShell run', async () => {
    const { runner, signals } = windows()
    signals.start(() => undefined)
    await new Promise((r) => setTimeout(r, 10))
    expect(runner.asked).toEqual([])
    await signals.poll()
    expect(signals.readings()).toEqual({ microphone: true, camera: false, fullscreen: true, dnd: true })
    expect(runner.asked.filter((line) => line.startsWith('powershell.exe'))).toHaveLength(1)
    expect(signals.statuses().map((s) => s.state)).toEqual(['working', 'working', 'working', 'working'])
  })

  it('says Focus Assist is not available where Windows does not let it be read, and keeps the rest', async () => {
    const { runner, signals } = windows()
    runner.answer('powershell.exe', { stdout: fixture('powershell-shell-state-no-wnf.txt') })
    signals.start(() => undefined)
    await signals.poll()
    const dnd = signals.statuses().find((s) => s.source === 'dnd')!
    expect(dnd).toMatchObject({ state: 'unavailable', note: expect.stringMatching(/Focus Assist/) })
    expect(signals.readings()).toEqual({ microphone: true, camera: false, fullscreen: false })
  })

  it('a PowerShell that hangs turns presenting off with a reason; the calls still work', async () => {
    const { runner, signals } = windows()
    runner.answer('powershell.exe', { code: null, timedOut: true })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.statuses().find((s) => s.source === 'fullscreen')).toMatchObject({
      state: 'failed',
      note: 'Stopped checking: PowerShell did not answer in time.'
    })
    const asked = runner.asked.length
    await signals.poll()
    expect(runner.asked.slice(asked).some((line) => line.startsWith('powershell.exe'))).toBe(false)
    expect(signals.readings().microphone).toBe(true)
  })
})
