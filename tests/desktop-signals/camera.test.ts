// The camera probe on a prepared /proc-like tree (fd links to /dev/video*), through the port the app uses.
// The tools the other probes need are "not installed" here, as on a minimal system.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDesktopSignals, type CommandRunner } from '../../src/main/platform/signals'
import type { DesktopSignalsPort } from '../../src/main/app/ports'

/** A computer with none of the probes' tools: every run is "missing", every watcher ends as missing. */
const noTools: CommandRunner = {
  run: () => Promise.resolve({ code: null, stdout: '', stderr: '', missing: true, timedOut: false }),
  watch: (_command, _args, handlers) => {
    queueMicrotask(() => handlers.ended('not installed', true))
    return { stop: () => undefined }
  },
  stopAll: () => undefined
}

describe('the camera, from a /proc tree', () => {
  let proc: string
  let signals: DesktopSignalsPort

  const addProcess = (pid: number, comm: string, fds: Record<string, string>): void => {
    mkdirSync(join(proc, String(pid), 'fd'), { recursive: true })
    writeFileSync(join(proc, String(pid), 'comm'), `${comm}\n`)
    for (const [fd, target] of Object.entries(fds)) symlinkSync(target, join(proc, String(pid), 'fd', fd))
  }
  const camera = () => signals.statuses().find((s) => s.source === 'camera')!

  beforeEach(() => {
    proc = mkdtempSync(join(tmpdir(), 'limber-proc-'))
    // What every PipeWire desktop looks like: the media daemons hold the cameras open all the time.
    addProcess(812, 'pipewire', { '0': '/dev/null', '31': '/dev/video0', '32': '/dev/video1' })
    addProcess(815, 'wireplumber', { '0': '/dev/null', '40': '/dev/video0' })
    addProcess(1200, 'bash', { '0': '/dev/pts/1', '1': '/dev/pts/1' })
    mkdirSync(join(proc, 'self'))
    writeFileSync(join(proc, 'uptime'), '1.0 1.0\n')
    signals = createDesktopSignals({ platform: 'linux', env: {}, runner: noTools, procRoot: proc, ownPids: [4242] })
    signals.start(() => undefined)
  })

  afterEach(() => {
    signals.stop()
    rmSync(proc, { recursive: true, force: true })
  })

  it('is not in a call while only PipeWire and WirePlumber hold the cameras', async () => {
    await signals.poll()
    expect(signals.readings().camera).toBe(false)
    expect(camera()).toMatchObject({ state: 'working', active: false })
  })

  it('is in a call while another app has a camera open, and not once it closed it', async () => {
    addProcess(3001, 'chrome', { '0': '/dev/null', '57': 'socket:[12345]', '58': '/dev/video1' })
    await signals.poll()
    expect(signals.readings().camera).toBe(true)
    expect(camera()).toMatchObject({ state: 'working', active: true })

    rmSync(join(proc, '3001'), { recursive: true })
    await signals.poll()
    expect(signals.readings().camera).toBe(false)
  })

  it("never counts Limber's own process", async () => {
    addProcess(4242, 'limber', { '20': '/dev/video0' })
    await signals.poll()
    expect(signals.readings().camera).toBe(false)
  })

  it('does not mistake other devices whose names start alike for a camera', async () => {
    addProcess(3002, 'obs', { '5': '/dev/video0-ctl', '6': '/dev/vhost-net', '7': '/dev/dri/renderD128' })
    await signals.poll()
    expect(signals.readings().camera).toBe(false)
  })

  it('says the missing tools are missing, and the camera still works without them', async () => {
    await signals.poll()
    const byName = Object.fromEntries(signals.statuses().map((s) => [s.source, s]))
    expect(byName['microphone']).toMatchObject({
      state: 'unavailable',
      note: expect.stringMatching(/pactl.*not installed/)
    })
    expect(byName['camera']!.state).toBe('working')
  })

  it('says the camera is not available where there is no process list', async () => {
    rmSync(proc, { recursive: true, force: true })
    await signals.poll()
    expect(camera()).toMatchObject({ state: 'unavailable', note: expect.stringMatching(/no process list/) })
    expect(signals.readings().camera).toBeUndefined()
  })
})
