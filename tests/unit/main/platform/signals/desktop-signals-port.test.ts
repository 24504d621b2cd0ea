// The port's promises to the app, whatever the OS: nothing runs before start(), a setting turned off stops
// its sources, a feed that dies turns itself off and says so, stop() ends every process, and each OS runs
// only its own tools.
import { describe, expect, it } from 'vitest'
import { createDesktopSignals } from '../../../../../src/main/platform/signals'
import { fixture, replayRunner } from '../../../../support/replay-runner'

const GNOME_X11 = { DISPLAY: ':7', XDG_CURRENT_DESKTOP: 'GNOME' }

function linuxDesk() {
  const runner = replayRunner()
  runner.answer('pactl -f json list source-outputs', { stdout: '[]' })
  runner.answer('pactl -f json list sources', { stdout: fixture('pactl-sources.json') })
  runner.answer('pactl subscribe', {})
  runner.answer('gsettings get', { stdout: 'true\n' })
  runner.answer('gsettings monitor', {})
  runner.answer('xprop -root', { stdout: fixture('xprop-root-none.txt') })
  let changes = 0
  const signals = createDesktopSignals({ platform: 'linux', env: GNOME_X11, runner, procRoot: '/nonexistent-proc' })
  return { runner, signals, changes: () => changes, start: () => signals.start(() => changes++) }
}

const settle = () => new Promise((r) => setTimeout(r, 20))
/** Started: this OS's module has loaded (a dynamic import, its own time) and both watchers run. */
const watching = (runner: ReturnType<typeof replayRunner>) => expect.poll(() => runner.watchers.size).toBe(2)

describe('the desktop-signals port', () => {
  it('runs nothing before start(), and poll() before start() does nothing', async () => {
    const { runner, signals } = linuxDesk()
    await signals.poll()
    await settle()
    expect(runner.asked).toEqual([])
    expect(signals.readings()).toEqual({})
  })

  it('starts only the event-driven watchers; polled sources wait for poll()', async () => {
    const { runner, signals, start } = linuxDesk()
    start()
    await watching(runner)
    await settle()
    expect([...runner.watchers.keys()].sort()).toEqual([
      'gsettings monitor org.gnome.desktop.notifications show-banners',
      'pactl subscribe'
    ])
    expect(runner.asked.some((line) => line.startsWith('xprop'))).toBe(false)
    await signals.poll()
    expect(runner.asked.some((line) => line.startsWith('xprop'))).toBe(true)
    expect(signals.readings()).toEqual({ microphone: false, fullscreen: false, dnd: false })
  })

  it('an event re-reads the source and tells the app on a later turn', async () => {
    const { runner, signals, changes, start } = linuxDesk()
    start()
    await watching(runner)
    await settle()
    const before = changes()
    runner.answer('gsettings get', { stdout: 'false\n' })
    runner.watchers.get('gsettings monitor org.gnome.desktop.notifications show-banners')!.line('show-banners: false')
    expect(changes()).toBe(before)
    await settle()
    expect(signals.readings().dnd).toBe(true)
    expect(changes()).toBe(before + 1)
  })

  it('a feed that ends turns its source off with the reason; the others keep working', async () => {
    const { runner, signals, start } = linuxDesk()
    start()
    await watching(runner)
    await settle()
    runner.watchers.get('pactl subscribe')!.ended('pactl ended (1): Connection failure: Connection refused', false)
    await settle()
    expect(signals.statuses().find((s) => s.source === 'microphone')).toMatchObject({
      state: 'failed',
      note: 'Stopped watching: lost the sound server (pactl ended (1): Connection failure: Connection refused).'
    })
    expect(signals.readings().microphone).toBeUndefined()
    expect(signals.readings().dnd).toBe(false)
  })

  it('a setting turned off stops its sources and shows as off; on again, they restart', async () => {
    const { runner, signals, start } = linuxDesk()
    start()
    await watching(runner)
    await settle()
    signals.configure({ call: false, presenting: true, dnd: true })
    expect(runner.watchers.has('pactl subscribe')).toBe(false)
    expect(
      signals
        .statuses()
        .filter((s) => s.state === 'off')
        .map((s) => s.source)
    ).toEqual(['microphone', 'camera'])
    const asked = runner.asked.length
    await signals.poll()
    expect(runner.asked.slice(asked).some((line) => line.startsWith('pactl'))).toBe(false)
    expect(signals.readings().microphone).toBeUndefined()
    signals.configure({ call: true, presenting: true, dnd: true })
    expect(runner.watchers.has('pactl subscribe')).toBe(true)
  })

  it('stop() ends every watcher and process, and nothing is active afterwards', async () => {
    const { runner, signals, start } = linuxDesk()
    start()
    await watching(runner)
    await settle()
    signals.stop()
    expect(runner.stopped).toBe(1)
    expect(runner.watchers.size).toBe(0)
    expect(signals.readings()).toEqual({})
  })

  it('on an OS without probes, every source says it is not available and nothing runs', async () => {
    const runner = replayRunner()
    const signals = createDesktopSignals({ platform: 'freebsd', env: {}, runner })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.statuses().map((s) => [s.state, s.note])).toEqual(
      Array(4).fill(['unavailable', 'Not available on this operating system.'])
    )
    expect(runner.asked).toEqual([])
  })

  it('before its checks have loaded, Settings is told they are still being found out', () => {
    const { signals } = linuxDesk()
    expect(signals.statuses().every((s) => s.state === 'unavailable' && /Still checking/.test(s.note))).toBe(true)
  })

  it.each([
    ['linux', /^(pactl|gsettings|gdbus|xprop|xfconf-query) /],
    ['win32', /^(reg|tasklist|powershell\.exe) /],
    ['darwin', /^(pmset|osascript) /]
  ] as const)('on %s, only that OS’s own tools are ever asked for', async (platform, own) => {
    const runner = replayRunner()
    for (const tool of [
      'pactl',
      'gsettings',
      'gdbus',
      'xprop',
      'xfconf-query',
      'reg',
      'tasklist',
      'powershell.exe',
      'pmset',
      'osascript'
    ]) {
      runner.answer(`${tool} `, { stdout: '' })
    }
    const env = { DISPLAY: ':1', XDG_CURRENT_DESKTOP: 'GNOME' }
    const signals = createDesktopSignals({ platform, env, runner, procRoot: '/nonexistent-proc' })
    signals.start(() => undefined)
    await signals.poll()
    await settle()
    expect(runner.asked.length).toBeGreaterThan(0)
    expect(runner.asked.filter((line) => !own.test(line))).toEqual([])
  })
})
