// macOS probes on recorded outputs: WebRTC calls from pmset, cameras and full-screen windows from our JXA
// scripts' answers, and Focus said plainly to be unreadable.
import { describe, expect, it } from 'vitest'
import {
  callAssertions,
  fullScreenWindows,
  parseAssertions,
  parseCameras,
  parseWindowList,
  FOCUS_UNAVAILABLE
} from '../../../../../src/main/platform/signals/darwin'
import { createDesktopSignals } from '../../../../../src/main/platform/signals'
import { fixture, replayRunner } from '../../../../support/replay-runner'

describe('pmset -g assertions (recorded shape)', () => {
  it("finds Chrome's WebRTC call among the other assertions", () => {
    const assertions = parseAssertions(fixture('pmset-assertions.txt'))
    expect(assertions.map((a) => a.process)).toEqual(['hidd', 'Google Chrome', 'Google Chrome', 'coreaudiod'])
    expect(callAssertions(assertions, { pids: [] }).map((a) => [a.pid, a.type])).toEqual([
      [591, 'PreventUserIdleSystemSleep']
    ])
  })

  it('a video wake lock alone is not a call, and neither is our own process', () => {
    expect(callAssertions(parseAssertions(fixture('pmset-assertions-no-call.txt')), { pids: [] })).toEqual([])
    expect(callAssertions(parseAssertions(fixture('pmset-assertions.txt')), { pids: [591] })).toEqual([])
  })
})

describe('windows and cameras (our JXA scripts, recorded shape)', () => {
  it('a normal window covering the external screen is full screen; menu bar, Dock and a normal window are not', () => {
    expect(fullScreenWindows(parseWindowList(fixture('jxa-windows.json')), { pids: [] }).map((w) => w.owner)).toEqual([
      'Keynote'
    ])
  })

  it("a window that leaves room for the menu bar is not full screen, and Limber's own never counts", () => {
    expect(fullScreenWindows(parseWindowList(fixture('jxa-windows-no-fullscreen.json')), { pids: [5150] })).toEqual([])
    expect(
      fullScreenWindows(parseWindowList(fixture('jxa-windows-no-fullscreen.json')), { pids: [] }).map((w) => w.owner)
    ).toEqual(['Limber'])
  })

  it('any camera in use by another app counts', () => {
    expect(
      parseCameras(fixture('jxa-cameras.json'))
        .filter((c) => c.inUse)
        .map((c) => c.name)
    ).toEqual(['Sam’s iPhone Camera'])
  })
})

describe('the macOS probes behind the port', () => {
  it('reads calls, camera and fullscreen when polled, and says Focus cannot be read', async () => {
    const runner = replayRunner()
    runner.answer('pmset -g assertions', { stdout: fixture('pmset-assertions.txt') })
    runner.answer("osascript -l JavaScript -e ObjC.import('AVFoundation')", { stdout: fixture('jxa-cameras.json') })
    runner.answer("osascript -l JavaScript -e ObjC.import('CoreGraphics')", { stdout: fixture('jxa-windows.json') })
    const signals = createDesktopSignals({ platform: 'darwin', env: {}, runner, ownPids: [5150] })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.readings()).toEqual({ microphone: true, camera: true, fullscreen: true })
    expect(signals.statuses().find((s) => s.source === 'dnd')).toEqual({
      source: 'dnd',
      state: 'unavailable',
      active: false,
      note: FOCUS_UNAVAILABLE
    })
    expect(runner.asked.map((line) => line.split(' ')[0])).toEqual(['pmset', 'osascript', 'osascript'])
  })

  it('a JXA script that errors turns its probe off with the reason, and the others keep working', async () => {
    const runner = replayRunner()
    runner.answer('pmset -g assertions', { stdout: fixture('pmset-assertions-no-call.txt') })
    runner.answer('osascript', {
      code: 1,
      stderr: "execution error: Error: ReferenceError: Can't find variable: AVCaptureDevice (-2700)\n"
    })
    const signals = createDesktopSignals({ platform: 'darwin', env: {}, runner })
    signals.start(() => undefined)
    await signals.poll()
    const camera = signals.statuses().find((s) => s.source === 'camera')!
    expect(camera.state).toBe('failed')
    expect(camera.note).toMatch(/^Stopped checking: osascript failed/)
    expect(signals.readings()).toEqual({ microphone: false })
  })
})
