// Where the log lives on disk and what each file name means:
//   <dataDir>/devices/<deviceId>/2026-03.jsonl                    one segment per device and month
//   <dataDir>/devices/<deviceId>/2026-03 (conflicted copy).jsonl  sync-tool copies, merged like segments
//   <dataDir>/quarantine/<readerDeviceId>/<sourceDeviceId>/...    bytes that could not be read
// Each device writes only inside folders named after itself, so a synced folder never sees two writers.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { kindOf, listFolder } from '../safe-fs'

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

export type StrayReason = 'not-a-log-file' | 'not-a-folder' | 'not-a-device-folder'

export interface StrayFile {
  readonly relativePath: string
  readonly reason: StrayReason
}

// One rule for the writer (this computer's id, progress-log-port.ts) and the reader (device folders):
// starts with a letter or digit, so '.', '..', '.x', '-x' and '_x' can never name a device folder.
const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
export function isValidDeviceId(id: string): boolean {
  return DEVICE_ID.test(id)
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
  /** The data folder's path holds something that is not a folder (a file, say). */
  readonly dataFolderNotAFolder: boolean
  readonly segments: SegmentFile[]
  readonly strays: StrayFile[]
  /** Links found where a device folder or log file could be: never followed, never read. */
  readonly links: string[]
}

/** The name Limber gives a link it moved out of the way of its own files (see segment-appender.ts). */
export function movedAsideLinkName(name: string, stamp: string): string {
  return `${name}.moved-aside-${stamp}.link`
}

function isMovedAsideLink(name: string): boolean {
  return /\.moved-aside-\d{8}T\d{6}Z\.link$/.test(name)
}

/**
 * Every segment in every device folder whose month may overlap the range, in a stable order
 * (month, device, the segment before its copies), so "first seen" means the same on every machine
 * and all copies of one event (which always share its month) are read one after the other.
 * Nothing is followed through a link: a linked device folder or file is listed in `links` and left
 * alone, so a link planted by a sync peer (to ~/.ssh, or a loop back to the data folder) leads nowhere.
 */
export function listSegments(dataDir: string, fromMs = -Infinity, toMs = Infinity): SegmentListing {
  const rootKind = kindOf(dataDir)
  // The data folder itself may be a link: the user chose it (a folder inside Dropbox, say).
  const rootIsFolder = rootKind === 'folder' || (rootKind === 'link' && isFolderBehindLink(dataDir))
  if (!rootIsFolder) {
    return { dataFolderExists: false, dataFolderNotAFolder: rootKind !== null, segments: [], strays: [], links: [] }
  }
  const segments: SegmentFile[] = []
  const strays: StrayFile[] = []
  const links: string[] = []
  const devicesDir = join(dataDir, DEVICES_DIR)
  const devicesKind = kindOf(devicesDir)
  if (devicesKind === 'link') links.push(DEVICES_DIR)
  else if (devicesKind === 'file' || devicesKind === 'other')
    strays.push({ relativePath: DEVICES_DIR, reason: 'not-a-folder' })
  for (const device of devicesKind === 'folder' ? listFolder(devicesDir) : []) {
    const deviceId = device.name
    if (isHousekeepingName(deviceId)) continue
    const deviceRelative = `${DEVICES_DIR}/${deviceId}`
    if (device.kind === 'link') {
      if (!isMovedAsideLink(deviceId)) links.push(deviceRelative)
      continue
    }
    if (device.kind !== 'folder') {
      strays.push({ relativePath: deviceRelative, reason: 'not-a-folder' })
      continue
    }
    // The same rule as the writer's: a folder no Limber could have named is not read.
    if (!isValidDeviceId(deviceId)) {
      strays.push({ relativePath: deviceRelative, reason: 'not-a-device-folder' })
      continue
    }
    const deviceDir = join(devicesDir, deviceId)
    for (const entry of listFolder(deviceDir)) {
      const name = entry.name
      const relativePath = `${deviceRelative}/${name}`
      if (entry.kind === 'link') {
        if (!isMovedAsideLink(name) && !isHousekeepingName(name)) links.push(relativePath)
        continue
      }
      const segment = classifySegmentName(name)
      if (segment === null) {
        if (!isHousekeepingName(name)) strays.push({ relativePath, reason: 'not-a-log-file' })
        continue
      }
      if (!monthMayOverlap(segment.month, fromMs, toMs)) continue
      // A folder or device under a segment's name is listed too: the reader reports it could not be opened.
      segments.push({ deviceId, name, path: join(deviceDir, name), relativePath, ...segment })
    }
  }
  segments.sort(bySegmentOrder)
  return { dataFolderExists: true, dataFolderNotAFolder: false, segments, strays, links }
}

function isFolderBehindLink(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
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
