// macOS's probes, without native code: calls from `pmset -g assertions`, the camera and full-screen windows
// through JavaScript for Automation (osascript's bridge to Apple's frameworks). Focus cannot be read.
//
// In a call (reported as the microphone): Chromium takes a power assertion named "WebRTC has active
// PeerConnections" for as long as a WebRTC call runs (chromium content/browser/webrtc/webrtc_internals.cc),
// so calls in Chrome, Edge, Brave and Chromium-based apps (Teams, Slack, Discord) show up in
// `pmset -g assertions` with no permission and no native code. Native apps that do not use WebRTC
// (Zoom's own client, FaceTime) are missed here; the camera probe catches them when the camera is on.
// Reading the microphone per process needs CoreAudio calls that osascript cannot make reliably.
// Camera: AVCaptureDevice's isInUseByAnotherApplication over every video device (the Objective-C face of
// CoreMediaIO's "is running somewhere", which OverSight and is-camera-on read without camera permission).
// Fullscreen: macOS has no "presenting" API; CGWindowListCopyWindowInfo lists on-screen windows with
// their owner and bounds without asking for Screen Recording (titles would), and a normal-layer window
// of another app that covers a whole screen is full screen or a presentation (Entracte src/video.rs).
// Both JXA scripts are one osascript run each, only when the app polls. JXA reaching these through
// ObjC.import is how Stretchly reads CoreGraphics today (app/utils/naturalBreaksManager.js); it was not
// run on a Mac in this project, so a script that errors turns its probe off and Settings says so.
// Focus (Do Not Disturb): Apple offers no way to read it without a special entitlement and the user's
// consent (INFocusStatusCenter); the database behind it needs Full Disk Access (os-signals.md §3).
// Sources: os-signals.md §1.2, §2.2, §3.
import type { CommandRunner, CommandResult } from './command-runner'
import { ProbeUnavailable, type Probe } from './probe-set'

export const WEBRTC_ASSERTION = 'WebRTC has active PeerConnections'

export interface Assertion {
  pid: number
  process: string
  type: string
  name: string
}

/**
 * The per-process assertions in `pmset -g assertions`, e.g.
 * `   pid 495(Google Chrome): [0x00012abc00018cd3] 00:03:12 PreventUserIdleSystemSleep named: "WebRTC has active PeerConnections"`.
 */
export function parseAssertions(stdout: string): Assertion[] {
  const out: Assertion[] = []
  for (const line of stdout.split('\n')) {
    const match = /^\s*pid (\d+)\((.*?)\): \[0x[0-9a-f]+\] (?:[\d:]+ )?(\w+) named: "(.*)"\s*$/i.exec(line)
    if (match) out.push({ pid: Number(match[1]), process: match[2]!, type: match[3]!, name: match[4]! })
  }
  return out
}

export function callAssertions(assertions: Assertion[], own: { pids: readonly number[] }): Assertion[] {
  return assertions.filter((a) => a.name === WEBRTC_ASSERTION && !own.pids.includes(a.pid))
}

export const CAMERA_SCRIPT = [
  "ObjC.import('AVFoundation');",
  'const devices = $.AVCaptureDevice.devicesWithMediaType($.AVMediaTypeVideo);',
  'const out = [];',
  'for (let i = 0; i < devices.count; i++) {',
  '  const d = devices.objectAtIndex(i);',
  '  out.push({ name: ObjC.unwrap(d.localizedName), inUse: Boolean(d.isInUseByAnotherApplication) });',
  '}',
  'JSON.stringify(out);'
].join('\n')

/** The camera script's answer: [{ name, inUse }]. */
export function parseCameras(stdout: string): { name: string; inUse: boolean }[] {
  const data = JSON.parse(stdout.trim()) as unknown
  if (!Array.isArray(data)) throw new Error('the camera list was not a list.')
  return data.map((d: Record<string, unknown>) => ({ name: String(d['name'] ?? ''), inUse: d['inUse'] === true }))
}

export const WINDOWS_SCRIPT = [
  "ObjC.import('CoreGraphics'); ObjC.import('AppKit');",
  'const list = ObjC.deepUnwrap(ObjC.castRefToObject($.CGWindowListCopyWindowInfo($.kCGWindowListOptionOnScreenOnly | $.kCGWindowListExcludeDesktopElements, $.kCGNullWindowID))) || [];',
  'const screens = []; const s = $.NSScreen.screens;',
  'for (let i = 0; i < s.count; i++) { const f = s.objectAtIndex(i).frame; screens.push({ x: f.origin.x, y: f.origin.y, width: f.size.width, height: f.size.height }); }',
  'JSON.stringify({ windows: list.map((w) => ({ pid: w.kCGWindowOwnerPID, owner: w.kCGWindowOwnerName, layer: w.kCGWindowLayer, bounds: w.kCGWindowBounds })), screens });'
].join('\n')

export interface WindowList {
  windows: {
    pid: number
    owner: string
    layer: number
    bounds: { X: number; Y: number; Width: number; Height: number }
  }[]
  /** NSScreen frames: origin bottom-left of the first (menu-bar) screen, y upwards. */
  screens: { x: number; y: number; width: number; height: number }[]
}

export function parseWindowList(stdout: string): WindowList {
  const data = JSON.parse(stdout.trim()) as WindowList
  if (!Array.isArray(data?.windows) || !Array.isArray(data?.screens))
    throw new Error('the window list was not readable.')
  return data
}

const TOLERANCE = 2

/** The windows (not Limber's) on the normal layer that cover a whole screen. */
export function fullScreenWindows(list: WindowList, own: { pids: readonly number[] }): WindowList['windows'] {
  const first = list.screens[0]
  if (!first) return []
  // Window bounds are in CoreGraphics space: origin top-left of the first screen, y downwards.
  const screens = list.screens.map((s) => ({
    x: s.x,
    y: first.height - (s.y + s.height),
    width: s.width,
    height: s.height
  }))
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE
  return list.windows.filter(
    (w) =>
      w.layer === 0 &&
      !own.pids.includes(w.pid) &&
      screens.some(
        (s) =>
          near(w.bounds.X, s.x) &&
          near(w.bounds.Y, s.y) &&
          near(w.bounds.Width, s.width) &&
          near(w.bounds.Height, s.height)
      )
  )
}

function output(result: CommandResult, tool: string): string {
  if (result.missing) throw new ProbeUnavailable(`Not available: macOS' ${tool} tool could not be started.`)
  if (result.timedOut) throw new Error(`${tool} did not answer in time.`)
  if (result.code !== 0)
    throw new Error(`${tool} failed (${result.stderr.trim().split('\n')[0] || `exit ${result.code}`}).`)
  return result.stdout
}

const jxa = (runner: CommandRunner, script: string): Promise<CommandResult> =>
  runner.run('osascript', ['-l', 'JavaScript', '-e', script])

export const FOCUS_UNAVAILABLE =
  'Not available on macOS: apps cannot read Focus without a special Apple permission. Use “In a meeting” in the tray instead.'

export interface DarwinContext {
  runner: CommandRunner
  ownPids: readonly number[]
}

export function darwinProbes(context: DarwinContext): Probe[] {
  const { runner } = context
  const own = { pids: context.ownPids }
  return [
    {
      source: 'microphone',
      note: 'Notices calls in browsers and Chromium-based apps (Teams, Slack, Meet) when a break is near.',
      async read() {
        return (
          callAssertions(parseAssertions(output(await runner.run('pmset', ['-g', 'assertions']), 'pmset')), own)
            .length > 0
        )
      }
    },
    {
      source: 'camera',
      note: 'Checks whether another app is using a camera (when a break is near).',
      async read() {
        return parseCameras(output(await jxa(runner, CAMERA_SCRIPT), 'osascript')).some((c) => c.inUse)
      }
    },
    {
      source: 'fullscreen',
      note: 'Notices another app’s window covering a whole screen (when a break is near).',
      async read() {
        return (
          fullScreenWindows(parseWindowList(output(await jxa(runner, WINDOWS_SCRIPT), 'osascript')), own).length > 0
        )
      }
    },
    {
      source: 'dnd',
      note: FOCUS_UNAVAILABLE,
      unavailable: FOCUS_UNAVAILABLE,
      read: () => Promise.reject(new ProbeUnavailable(FOCUS_UNAVAILABLE))
    }
  ]
}
