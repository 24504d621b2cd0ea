// Linux probes on recorded outputs: which capture streams are a call, which windows are full screen,
// what each desktop's Do-Not-Disturb reads as, and what Settings is told when a tool is missing.
import { describe, expect, it } from 'vitest'
import {
  microphoneStreams,
  parseSourceOutputsJson,
  parseSourceOutputsText,
  parseSourcesJson,
  parseSourcesText,
  isCaptureEvent
} from '../../../../../src/main/platform/signals/linux-microphone'
import {
  idleInhibited,
  linuxDesktop,
  parseActiveWindow,
  parseGdbusVariant,
  parseWindowState
} from '../../../../../src/main/platform/signals/linux-desktop'
import { ProbeUnavailable } from '../../../../../src/main/platform/signals/probe-set'
import { createDesktopSignals } from '../../../../../src/main/platform/signals'
import { fixture, replayRunner } from '../../../../support/replay-runner'

const names = (streams: { properties: Record<string, string> }[]) => streams.map((s) => s.properties['media.name'])

describe('capture streams (pactl, recorded)', () => {
  it('counts the call and leaves out the level meter and the recording of the speakers (JSON form)', () => {
    const streams = parseSourceOutputsJson(fixture('pactl-source-outputs.json'))
    const sources = parseSourcesJson(fixture('pactl-sources.json'))
    expect(streams).toHaveLength(3)
    expect(names(microphoneStreams(streams, sources, { pids: [] }))).toEqual(['Team meeting'])
  })

  it('reads the text form of older pactl to the same answer', () => {
    const streams = parseSourceOutputsText(fixture('pactl-source-outputs.txt'))
    const sources = parseSourcesText(fixture('pactl-sources.txt'))
    expect(streams.map((s) => s.source)).toEqual(
      parseSourceOutputsJson(fixture('pactl-source-outputs.json')).map((s) => s.source)
    )
    expect(names(microphoneStreams(streams, sources, { pids: [] }))).toEqual(['Team meeting'])
  })

  it('a paused (corked) stream records nothing and is not a call', () => {
    const streams = parseSourceOutputsJson(fixture('pactl-source-outputs.json')).map((s) => ({ ...s, corked: true }))
    expect(microphoneStreams(streams, parseSourcesJson(fixture('pactl-sources.json')), { pids: [] })).toEqual([])
    const text = fixture('pactl-source-outputs.txt').replace(/Corked: no/g, 'Corked: yes')
    expect(parseSourceOutputsText(text).every((s) => s.corked)).toBe(true)
  })

  it("never counts Limber's own process", () => {
    const streams = parseSourceOutputsJson(fixture('pactl-source-outputs.json'))
    const call = streams.find((s) => s.properties['media.name'] === 'Team meeting')!
    const own = Number(call.properties['application.process.id'])
    expect(microphoneStreams(streams, parseSourcesJson(fixture('pactl-sources.json')), { pids: [own] })).toEqual([])
  })

  it('reacts only to subscribe lines about capture', () => {
    expect(isCaptureEvent("Event 'new' on source-output #4")).toBe(true)
    expect(isCaptureEvent("Event 'remove' on source-output #4")).toBe(true)
    expect(isCaptureEvent("Event 'change' on sink-input #2")).toBe(false)
    expect(isCaptureEvent("Event 'new' on client #7")).toBe(false)
    expect(isCaptureEvent("Event 'change' on source #0")).toBe(false)
  })

  it('switches to the text form once when pactl has no -f, and still finds the call', async () => {
    const runner = replayRunner()
    runner.answer('pactl -f json', { code: 1, stderr: "pactl: invalid option -- 'f'\n" })
    runner.answer('pactl list source-outputs', { stdout: fixture('pactl-source-outputs.txt') })
    runner.answer('pactl list sources', { stdout: fixture('pactl-sources.txt') })
    runner.answer('pactl subscribe', {})
    const signals = createDesktopSignals({ platform: 'linux', env: {}, runner, procRoot: '/nonexistent-proc' })
    signals.start(() => undefined)
    await expect.poll(() => signals.readings().microphone).toBe(true)
    expect(signals.statuses().find((s) => s.source === 'microphone')).toMatchObject({ state: 'working', active: true })
  })
})

describe('X11 window state (xprop, recorded)', () => {
  it('reads the active window, none, and a window manager that says nothing', () => {
    expect(parseActiveWindow(fixture('xprop-root-active.txt'))).toBe('0x400030')
    expect(parseActiveWindow(fixture('xprop-root-none.txt'))).toBeNull()
    expect(() => parseActiveWindow(fixture('xprop-root-no-wm.txt'))).toThrow(ProbeUnavailable)
  })

  it('full screen is the FULLSCREEN atom only, never maximised', () => {
    expect(parseWindowState(fixture('xprop-window-fullscreen.txt'))).toEqual({ fullscreen: true, pid: 31337 })
    expect(parseWindowState(fixture('xprop-window-maximized.txt'))).toEqual({ fullscreen: false, pid: null })
  })

  it("does not count Limber's own full-screen window", async () => {
    const runner = replayRunner()
    runner.answer('xprop -root', { stdout: fixture('xprop-root-active.txt') })
    runner.answer('xprop -id 0x400030', { stdout: fixture('xprop-window-fullscreen.txt') })
    const mine = createDesktopSignals({
      platform: 'linux',
      env: { DISPLAY: ':5' },
      runner,
      procRoot: '/x',
      ownPids: [31337]
    })
    mine.start(() => undefined)
    await mine.poll()
    expect(mine.readings().fullscreen).toBe(false)
    const theirs = createDesktopSignals({
      platform: 'linux',
      env: { DISPLAY: ':5' },
      runner,
      procRoot: '/x',
      ownPids: [1]
    })
    theirs.start(() => undefined)
    await theirs.poll()
    expect(theirs.readings().fullscreen).toBe(true)
  })

  it('a window that closes between the two questions is not full screen and not a failure', async () => {
    const runner = replayRunner()
    runner.answer('xprop -root', { stdout: fixture('xprop-root-active.txt') })
    runner.answer('xprop -id', {
      code: 1,
      stderr: 'X Error of failed request:  BadWindow (invalid Window parameter)\n'
    })
    const signals = createDesktopSignals({ platform: 'linux', env: { DISPLAY: ':5' }, runner, procRoot: '/x' })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.statuses().find((s) => s.source === 'fullscreen')).toMatchObject({ state: 'working', active: false })
  })
})

describe('Wayland and the desktops', () => {
  it('knows the desktop from XDG_CURRENT_DESKTOP', () => {
    expect(linuxDesktop({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe('gnome')
    expect(linuxDesktop({ XDG_CURRENT_DESKTOP: 'KDE' })).toBe('kde')
    expect(linuxDesktop({ XDG_CURRENT_DESKTOP: 'XFCE' })).toBe('xfce')
    expect(linuxDesktop({ XDG_CURRENT_DESKTOP: 'sway' })).toBe('other')
  })

  it("reads GNOME's idle inhibition bit and KDE's Inhibited as gdbus prints them", () => {
    expect(idleInhibited(parseGdbusVariant('(<uint32 8>,)\n'))).toBe(true)
    expect(idleInhibited(parseGdbusVariant('(<uint32 4>,)\n'))).toBe(false)
    expect(idleInhibited(parseGdbusVariant('(<uint32 12>,)\n'))).toBe(true)
    expect(parseGdbusVariant('(<true>,)\n')).toBe('true')
  })

  it('GNOME on Wayland: presenting is an app keeping the session from idling', async () => {
    const runner = replayRunner()
    runner.answer('gdbus call --session --dest org.gnome.SessionManager', { stdout: '(<uint32 8>,)\n' })
    runner.answer('gsettings get', { stdout: 'true\n' })
    runner.answer('gsettings monitor', {})
    const env = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME' }
    const signals = createDesktopSignals({ platform: 'linux', env, runner, procRoot: '/x' })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.readings().fullscreen).toBe(true)
    expect(runner.asked.some((line) => line.startsWith('xprop'))).toBe(false)
  })

  it('KDE: presenting and Do Not Disturb both follow the notifications Inhibited property', async () => {
    const runner = replayRunner()
    runner.answer('gdbus call --session --dest org.freedesktop.Notifications', { stdout: '(<true>,)\n' })
    const env = { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'KDE' }
    const signals = createDesktopSignals({ platform: 'linux', env, runner, procRoot: '/x' })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.readings()).toMatchObject({ fullscreen: true, dnd: true })
  })

  it('XFCE: Do Not Disturb from xfconf, and a key never set means off', async () => {
    const runner = replayRunner()
    runner.answer('xfconf-query', { stdout: 'true\n' })
    const signals = createDesktopSignals({
      platform: 'linux',
      env: { XDG_CURRENT_DESKTOP: 'XFCE' },
      runner,
      procRoot: '/x'
    })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.readings().dnd).toBe(true)
    runner.answer('xfconf-query', {
      code: 1,
      stderr: 'Property "/do-not-disturb" does not exist on channel "xfce4-notifyd".\n'
    })
    await signals.poll()
    expect(signals.readings().dnd).toBe(false)
  })

  it('other Wayland desktops: says fullscreen is not available, and why', async () => {
    const signals = createDesktopSignals({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'sway' },
      runner: replayRunner(),
      procRoot: '/x'
    })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.statuses().find((s) => s.source === 'fullscreen')).toMatchObject({
      state: 'unavailable',
      note: 'Not available on this desktop: Wayland does not let apps see other windows.'
    })
  })
})
