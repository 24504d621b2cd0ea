// Linux "in a call" from the camera: a process other than PipeWire/WirePlumber holding /dev/video* open,
// found by reading the fd links under /proc.
//
// Why this way: V4L2 has no "in use" flag to ask; an app that captures keeps the device file open, so
// its fd link points at /dev/videoN (drmowinckels/entracte src-tauri/src/camera.rs does the same).
// PipeWire and WirePlumber keep every camera open to monitor it, so they would always count
// (W-Floyd/ha-mqtt-iot issue #44): they are left out, and so is Limber. Other users' processes cannot
// be read and are skipped; inside Flatpak or Snap the host's /proc is not visible (then this sees only
// the sandbox). There is no change event for this, so it is read only when the app polls.
// The proc root is a parameter so tests run it on a prepared tree. Source: os-signals.md §1.3.
import { readdir, readFile, readlink, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ProbeUnavailable, type Probe } from './probe-set'

/** Processes that hold cameras open for everyone, not for a call. */
const DEVICE_MONITORS = new Set(['pipewire', 'wireplumber', 'pipewire-media-session', 'pipewire-media-'])

/** The pids (other than our own and the device monitors) that hold a /dev/video* device open. */
export async function cameraUsers(procRoot: string, own: { pids: readonly number[] }): Promise<number[]> {
  const names = await readdir(procRoot)
  const users: number[] = []
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const pid = Number(name)
    if (own.pids.includes(pid)) continue
    let fds: string[]
    try {
      fds = await readdir(join(procRoot, name, 'fd'))
    } catch {
      continue // another user's process, or it just ended
    }
    let holds = false
    for (const fd of fds) {
      try {
        if (/^\/dev\/video\d+$/.test(await readlink(join(procRoot, name, 'fd', fd)))) {
          holds = true
          break
        }
      } catch {
        // closed while we looked
      }
    }
    if (!holds) continue
    const comm = await readFile(join(procRoot, name, 'comm'), 'utf8').catch(() => '')
    if (DEVICE_MONITORS.has(comm.trim())) continue
    users.push(pid)
  }
  return users
}

export function linuxCameraProbe(procRoot: string, own: { pids: readonly number[] }): Probe {
  return {
    source: 'camera',
    note: 'Checks whether another app has the camera open (when a break is near).',
    async read() {
      const root = await stat(procRoot).catch(() => null)
      if (!root?.isDirectory())
        throw new ProbeUnavailable(`Not available: this system has no process list to read at ${procRoot}.`)
      return (await cameraUsers(procRoot, own)).length > 0
    }
  }
}
