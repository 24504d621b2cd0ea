// A real X display with a real EWMH window manager (openbox): a window wmctrl switches to full screen is
// "presenting", and back to normal is not. Read on poll(), as the app does near a break.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDesktopSignals } from '../../src/main/platform/signals'
import type { DesktopSignalsPort } from '../../src/main/app/ports'
import { startXDisplay, type XDisplay } from '../support/x-display'
import { childProcessNames } from '../support/child-processes'
import { execFileSync } from 'node:child_process'

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('fullscreen on a real X11 desktop (Xvfb + openbox)', () => {
  let display: XDisplay
  let signals: DesktopSignalsPort

  const fullscreen = () => signals.statuses().find((s) => s.source === 'fullscreen')!
  /** The window manager applies wmctrl's request on its own time: poll as the app would, until it shows. */
  const pollUntil = (expected: boolean, what: string) =>
    until(async () => {
      await signals.poll()
      return signals.readings().fullscreen === expected
    }, what)
  /** What the window manager itself says about a window's state (to know a change has landed). */
  const stateOf = (name: string): string => {
    const id = display
      .wmctrl('-lx')
      .split('\n')
      .find((line) => line.includes(`${name}.`))!
      .split(' ')[0]!
    return execFileSync('xprop', ['-id', id, '_NET_WM_STATE'], { env: display.env, encoding: 'utf8' })
  }

  beforeEach(async () => {
    display = await startXDisplay({ windowManager: true })
    signals = createDesktopSignals({ platform: 'linux', env: display.env, procRoot: '/nonexistent-proc' })
    signals.start(() => undefined)
  })

  afterEach(async () => {
    signals.stop()
    await display.stop()
  })

  it('sees the window in front switched to full screen as presenting, and back as not', async () => {
    await display.openWindow('slides')
    await signals.poll()
    expect(signals.readings().fullscreen).toBe(false)
    expect(fullscreen()).toMatchObject({ state: 'working', active: false })

    display.wmctrl('-x', '-r', 'slides', '-b', 'add,fullscreen')
    await pollUntil(true, 'the full-screen window to be seen')
    expect(fullscreen()).toMatchObject({ state: 'working', active: true })

    display.wmctrl('-x', '-r', 'slides', '-b', 'remove,fullscreen')
    await pollUntil(false, 'the window back to normal to be seen')
  })

  it('does not count a maximised window as full screen', async () => {
    await display.openWindow('editor')
    display.wmctrl('-x', '-r', 'editor', '-b', 'add,maximized_vert,maximized_horz')
    await until(() => stateOf('editor').includes('_NET_WM_STATE_MAXIMIZED_HORZ'), 'the window to be maximised')
    await signals.poll()
    expect(signals.readings().fullscreen).toBe(false)
  })

  it('a full-screen window behind the active one does not count', async () => {
    await display.openWindow('video')
    display.wmctrl('-x', '-r', 'video', '-b', 'add,fullscreen')
    await pollUntil(true, 'the full-screen video to be seen while it is in front')
    await display.openWindow('notes')
    display.wmctrl('-x', '-a', 'notes')
    await pollUntil(false, 'the window in front to be the normal one')
    expect(stateOf('video')).toContain('_NET_WM_STATE_FULLSCREEN')
  })

  it('says it is not available when no window manager tells which window is active', async () => {
    await display.stopWindowManager()
    await signals.poll()
    expect(fullscreen().state).toBe('unavailable')
    expect(fullscreen().note).toMatch(/window manager/)
    expect(signals.readings().fullscreen).toBeUndefined()
  })

  it('leaves no xprop behind', async () => {
    await display.openWindow('slides')
    await signals.poll()
    expect(childProcessNames().filter((name) => name === 'xprop')).toEqual([])
  })
})

describe('fullscreen without any X display', () => {
  it('says why it is not available and starts nothing', async () => {
    const signals = createDesktopSignals({
      platform: 'linux',
      env: { PATH: process.env['PATH'] },
      procRoot: '/nonexistent-proc'
    })
    signals.start(() => undefined)
    await signals.poll()
    expect(signals.statuses().find((s) => s.source === 'fullscreen')).toMatchObject({
      state: 'unavailable',
      note: 'Not available: no desktop display to look at.'
    })
    signals.stop()
  })
})
