// A private D-Bus session with dconf holding GNOME's show-banners key: switching banners off with gsettings
// (what GNOME's Do Not Disturb does) is seen at once through `gsettings monitor`, without polling.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDesktopSignals } from '../../src/main/platform/signals'
import type { DesktopSignalsPort } from '../../src/main/app/ports'
import { startSessionBus, type SessionBus } from '../support/session-bus'
import { childProcessNames } from '../support/child-processes'

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe("GNOME's Do Not Disturb on a private session bus with dconf", () => {
  let dir: string
  let bus: SessionBus
  let env: NodeJS.ProcessEnv
  let signals: DesktopSignalsPort
  let changes: number

  const dnd = () => signals.statuses().find((s) => s.source === 'dnd')!
  const gsettings = (...args: string[]) => execFileSync('gsettings', args, { env, encoding: 'utf8' })

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'limber-dconf-'))
    mkdirSync(join(dir, 'runtime'), { mode: 0o700 })
    const base: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_RUNTIME_DIR: join(dir, 'runtime'),
      GSETTINGS_BACKEND: 'dconf',
      LANG: 'C'
    }
    bus = await startSessionBus(10_000, base)
    env = { ...base, DBUS_SESSION_BUS_ADDRESS: bus.address, XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }
    changes = 0
    signals = createDesktopSignals({ platform: 'linux', env, procRoot: '/nonexistent-proc' })
  })

  afterEach(async () => {
    signals.stop()
    await bus.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sees banners switched off as Do Not Disturb, and on again as its end', async () => {
    signals.start(() => changes++)
    await until(() => dnd().state === 'working' && childProcessNames().includes('gsettings'), 'the watcher to start')
    await new Promise((r) => setTimeout(r, 500))
    expect(signals.readings().dnd).toBe(false)

    gsettings('set', 'org.gnome.desktop.notifications', 'show-banners', 'false')
    await until(() => signals.readings().dnd === true, 'Do Not Disturb to be seen')
    expect(dnd()).toMatchObject({ state: 'working', active: true, note: 'Follows GNOME’s Do Not Disturb switch.' })
    expect(changes).toBeGreaterThan(0)

    gsettings('set', 'org.gnome.desktop.notifications', 'show-banners', 'true')
    await until(() => signals.readings().dnd === false, 'the end of Do Not Disturb to be seen')
  })

  it('reads Do Not Disturb that was already on when Limber started', async () => {
    gsettings('set', 'org.gnome.desktop.notifications', 'show-banners', 'false')
    signals.start(() => changes++)
    await until(() => signals.readings().dnd === true, 'the current state to be read')
  })

  it('stops watching when the user turns the setting off, and starts again when it is on', async () => {
    signals.start(() => changes++)
    await until(() => childProcessNames().includes('gsettings'), 'the watcher to start')
    signals.configure({ call: true, presenting: true, dnd: false })
    await until(() => !childProcessNames().includes('gsettings'), 'the watcher to end')
    expect(dnd()).toMatchObject({ state: 'off', active: false })
    gsettings('set', 'org.gnome.desktop.notifications', 'show-banners', 'false')
    expect(signals.readings().dnd).toBeUndefined()

    signals.configure({ call: true, presenting: true, dnd: true })
    await until(() => signals.readings().dnd === true, 'the current state to be read again')
  })

  it('on a desktop it does not know, says Do Not Disturb is not available and runs nothing for it', async () => {
    signals = createDesktopSignals({
      platform: 'linux',
      env: { ...env, XDG_CURRENT_DESKTOP: 'Sway' },
      procRoot: '/nonexistent-proc'
    })
    signals.start(() => undefined)
    await signals.poll()
    expect(dnd()).toMatchObject({ state: 'unavailable', note: expect.stringMatching(/^Not available on this desktop/) })
    expect(childProcessNames()).not.toContain('gsettings')
  })
})
