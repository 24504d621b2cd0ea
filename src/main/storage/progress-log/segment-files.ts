// Where the log lives on disk and what each file name means:
//   <dataDir>/devices/<deviceId>/2026-03.jsonl                    one segment per device and month
//   <dataDir>/devices/<deviceId>/2026-03 (conflicted copy).jsonl  sync-tool copies, merged like segments
//   <dataDir>/quarantine/<readerDeviceId>/<sourceDeviceId>/...    bytes that could not be read
// Each device writes only inside folders named after itself, so a synced folder never sees two writers.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const DEVICES_DIR = 'devices'
export const QUARANTINE_DIR = 'quarantine'

/** The longest UTC offset in use (+14:00), so a month's local times spill this far either side in UTC. */
const OFFSET_SLACK_MS = 14 * 3_600_000

export type SegmentKind = 'month' | 'copy'

export interface SegmentFile {
  readonly deviceId: string
  readonly name: string
  readonly path: string
  /** Path relative to the data folder, with forward slashes, for messages. */
  readonly relativePath: string
  readonly month: string
  readonly kind: SegmentKind
}

export interface StrayFile {
  readonly relativePath: string
  readonly reason: 'not-a-log-file' | 'not-a-folder'
}

const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
export function isValidDeviceId(id: string): boolean {
  return DEVICE_ID.test(id) && id !== '.' && id !== '..'
}

export function monthOf(timestamp: string): string {
  return timestamp.slice(0, 7)
}

export function segmentFileName(month: string): string {
  return `${month}.jsonl`
}

// "2026-03.jsonl" is the segment itself; anything else that starts with the month and a separator and
// ends in .jsonl is a copy made by a sync tool ("2026-03 (conflicted copy).jsonl",
// "2026-03.sync-conflict-20260305-101010-ABCDEFG.jsonl", "2026-03-Conflict.jsonl", "2026-03-LAPTOP.jsonl").
const SEGMENT_NAME = /^(\d{4})-(0[1-9]|1[0-2])(?:[ ._\-(][^/\\]*)?\.jsonl$/i

export function classifySegmentName(name: string): { month: string; kind: SegmentKind } | null {
  const m = SEGMENT_NAME.exec(name)
  if (m === null) return null
  const month = `${m[1]}-${m[2]}`
  return { month, kind: name === segmentFileName(month) ? 'month' : 'copy' }
}

/** Files sync tools and operating systems drop into folders; never worth a message. */
export function isHousekeepingName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~') ||
    /\.(tmp|temp|partial|part|crdownload)$/i.test(name) ||
    /^(desktop\.ini|thumbs\.db|icon\r?)$/i.test(name)
  )
}

/** Whether a month file can hold events whose instant falls in [fromMs, toMs). */
export function monthMayOverlap(month: string, fromMs: number, toMs: number): boolean {
  const year = Number(month.slice(0, 4))
  const monthIndex = Number(month.slice(5, 7)) - 1
  const start = Date.UTC(year, monthIndex, 1) - OFFSET_SLACK_MS
  const end = Date.UTC(year, monthIndex + 1, 1) + OFFSET_SLACK_MS
  return start < toMs && end > fromMs
}

export interface SegmentListing {
  readonly dataFolderExists: boolean
  readonly segments: SegmentFile[]
  readonly strays: StrayFile[]
}

function safeReaddir(path: string): string[] | null {
  try {
    return readdirSync(path)
  } catch {
    return null
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Every segment in every device folder whose month may overlap the range, in a stable order
 * (month, device, the segment before its copies), so "first seen" means the same on every machine
 * and all copies of one event (which always share its month) are read one after the other.
 */
export function listSegments(dataDir: string, fromMs = -Infinity, toMs = Infinity): SegmentListing {
  if (!isDirectory(dataDir)) return { dataFolderExists: false, segments: [], strays: [] }
  const devicesDir = join(dataDir, DEVICES_DIR)
  const deviceNames = (safeReaddir(devicesDir) ?? []).sort()
  const segments: SegmentFile[] = []
  const strays: StrayFile[] = []
  for (const deviceId of deviceNames) {
    if (isHousekeepingName(deviceId)) continue
    const deviceDir = join(devicesDir, deviceId)
    const names = safeReaddir(deviceDir)
    if (names === null) {
      strays.push({ relativePath: `${DEVICES_DIR}/${deviceId}`, reason: 'not-a-folder' })
      continue
    }
    for (const name of names.sort()) {
      const relativePath = `${DEVICES_DIR}/${deviceId}/${name}`
      const segment = classifySegmentName(name)
      if (segment === null) {
        if (!isHousekeepingName(name)) strays.push({ relativePath, reason: 'not-a-log-file' })
        continue
      }
      if (!monthMayOverlap(segment.month, fromMs, toMs)) continue
      segments.push({ deviceId, name, path: join(deviceDir, name), relativePath, ...segment })
    }
  }
  segments.sort(bySegmentOrder)
  return { dataFolderExists: true, segments, strays }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Month, then device, then the segment itself before its copies (copies by name).
function bySegmentOrder(a: SegmentFile, b: SegmentFile): number {
  return (
    compare(a.month, b.month) ||
    compare(a.deviceId, b.deviceId) ||
    (a.kind === b.kind ? compare(a.name, b.name) : a.kind === 'month' ? -1 : 1)
  )
}
