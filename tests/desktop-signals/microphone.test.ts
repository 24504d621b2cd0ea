// A real PulseAudio daemon on a private runtime dir: a parecord capture stream is a call, its end ends the
// call, and what is not a person talking (a level meter, a recording of the speakers) never is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDesktopSignals } from '../../src/main/platform/signals'
import type { DesktopSignalsPort } from '../../src/main/app/ports'
import { startSoundServer, type SoundServer } from '../support/sound-server'
import { childProcessNames } from '../support/child-processes'

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** A quiet moment for the watcher to have seen (and read) whatever was going to change. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 1500))

describe('the microphone on a real PulseAudio server', () => {
  let server: SoundServer
  let signals: DesktopSignalsPort
  let changes: number

  const microphone = () => signals.statuses().find((s) => s.source === 'microphone')!

  beforeEach(async () => {
    server = await startSoundServer()
    changes = 0
    signals = createDesktopSignals({ platform: 'linux', env: server.env, procRoot: '/nonexistent-proc' })
    signals.start(() => changes++)
    await until(() => microphone().state === 'working' && childProcessNames().includes('pactl'), 'the watcher to start')
    await settle()
  })

  afterEach(async () => {
    signals.stop()
    await server.stop()
  })

  it('sees an app recording the microphone as a call, and its end as the call ending, without being polled', async () => {
    expect(signals.readings().microphone).toBe(false)

    const call = server.record(server.microphone)
    await until(() => signals.readings().microphone === true, 'the call to be seen')
    expect(changes).toBeGreaterThan(0)
    expect(microphone()).toMatchObject({ state: 'working', active: true })

    const before = changes
    await call.stop()
    await until(() => signals.readings().microphone === false, 'the end of the call to be seen')
    expect(changes).toBeGreaterThan(before)
    expect(microphone()).toMatchObject({ state: 'working', active: false })
  })

  it('does not count a level meter or a recording of the speakers as a call', async () => {
    const meter = server.record(server.microphone, 'Peak detect')
    const speakers = server.record(server.speakerMonitor)
    await until(
      () => server.pactl('list', 'short', 'source-outputs').trim().split('\n').length === 2,
      'both streams to exist'
    )
    await settle()
    expect(signals.readings().microphone).toBe(false)

    const call = server.record(server.microphone, 'Team meeting')
    await until(() => signals.readings().microphone === true, 'the real call to be seen next to them')
    await call.stop()
    await until(() => signals.readings().microphone === false, 'the call to end while the others still run')
    await meter.stop()
    await speakers.stop()
  })

  it('turns itself off and says so when the sound server goes away, and keeps no process behind', async () => {
    const call = server.record(server.microphone)
    await until(() => signals.readings().microphone === true, 'the call to be seen')
    await server.crash()
    await until(() => microphone().state === 'failed', 'the probe to notice')
    expect(microphone().note).toMatch(/sound server/)
    expect(signals.readings().microphone).toBeUndefined()
    await call.stop()
    await until(() => !childProcessNames().includes('pactl'), 'pactl to be gone')
  })

  it('stop() ends the watcher it started', async () => {
    expect(childProcessNames()).toContain('pactl')
    signals.stop()
    await until(() => !childProcessNames().includes('pactl'), 'pactl subscribe to end')
    expect(signals.readings()).toEqual({})
  })
})
