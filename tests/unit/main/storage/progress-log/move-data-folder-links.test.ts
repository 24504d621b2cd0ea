// Moving the data folder when a sync peer planted links: an alias of the folder is the folder, a link
// to a private file or a folder loop is never followed, and the note comes only after a verified move.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MOVED_NOTE_NAME,
  MoveDataFolderError,
  ProgressLog,
  moveDataFolder
} from '../../../../../src/main/storage/progress-log'
import { leaveMovedNote } from '../../../../../src/main/storage/progress-log/data-folder-move'
import { anyFileHolds, plantSecret, tree } from './hostile-folder'
import { ids, jsonl, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

let root: string
let oldDir: string
beforeEach(async () => {
  root = await makeTempDir()
  oldDir = join(root, 'old')
  writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
})
afterEach(async () => {
  await removeTempDir(root)
})

const clock = (): Date => new Date('2026-03-20T12:00:00Z')

function refusal(to: string): string {
  const before = tree(oldDir)
  const log = ProgressLog.open({ dataDir: oldDir, deviceId: 'home', now: clock })
  let error: unknown
  try {
    log.moveTo(to)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(MoveDataFolderError)
  // Refused before anything was copied: the live folder is exactly as it was, with no note inviting its deletion.
  expect(log.dataDir).toBe(oldDir)
  expect(tree(oldDir)).toEqual(before)
  expect(existsSync(join(oldDir, MOVED_NOTE_NAME))).toBe(false)
  return (error as Error).message
}

describe('moving the data folder onto an alias of itself', () => {
  it('refuses a link to the data folder, naming where it leads', () => {
    const alias = join(root, 'Dropbox-link')
    symlinkSync(oldDir, alias)
    expect(refusal(alias)).toBe(
      `${alias} is the folder your progress log is already in (${alias} leads to ${oldDir}). ` +
        'Choose a different folder. The log stays where it is and nothing was copied.'
    )
  })

  it('refuses a folder reached through a link into the data folder', () => {
    const alias = join(root, 'into-devices')
    symlinkSync(join(oldDir, 'devices'), alias)
    const target = join(alias, 'Limber')
    expect(refusal(target)).toBe(
      `${target} is inside the folder your progress log is in now, ${oldDir} (${target} leads to ${join(oldDir, 'devices', 'Limber')}). ` +
        'Choose a folder that is neither inside it nor contains it. The log stays where it is and nothing was copied.'
    )
    expect(existsSync(join(oldDir, 'devices', 'Limber'))).toBe(false)
  })

  it('refuses the folder itself and a folder that contains it', () => {
    expect(refusal(join(oldDir, '.'))).toContain('is the folder your progress log is already in')
    expect(refusal(root)).toBe(
      `${root} contains the folder your progress log is in now, ${oldDir}. ` +
        'Choose a folder that is neither inside it nor contains it. The log stays where it is and nothing was copied.'
    )
  })
})

describe('moving a data folder with planted links', () => {
  it('copies only real files: a link to a private file and a folder loop are skipped, named in the note', () => {
    const secret = plantSecret(root)
    mkdirSync(join(oldDir, 'devices', 'peer'), { recursive: true })
    symlinkSync(secret.path, join(oldDir, 'devices', 'peer', '2026-03.jsonl'))
    symlinkSync('..', join(oldDir, 'devices', 'loop'))
    symlinkSync('../..', join(oldDir, 'devices', 'home', 'deeper-loop'))
    const target = join(root, 'new')
    const log = ProgressLog.open({ dataDir: oldDir, deviceId: 'home', now: clock })

    const result = log.moveTo(target)
    // The caller saves the new location, then lets the old folder say so.
    expect(log.confirmMove(result)).toBe(true)

    expect(result.files.map((f) => f.targetPath)).toEqual(['devices/home/2026-03.jsonl'])
    expect(result.skipped).toEqual([
      { relativePath: 'devices/loop', why: 'link' },
      { relativePath: 'devices/home/deeper-loop', why: 'link' },
      { relativePath: 'devices/peer/2026-03.jsonl', why: 'link' }
    ])
    expect(Object.keys(tree(target))).toEqual(['devices/home/2026-03.jsonl'])
    expect(anyFileHolds(target, secret.bytes)).toEqual([])
    expect(anyFileHolds(oldDir, secret.bytes)).toEqual([])
    expect(ids(log.readAll().events)).not.toContain(secret.id)
    const note = readFileSync(join(oldDir, MOVED_NOTE_NAME), 'utf8')
    expect(note).toContain(`Limber moved its progress log to:\n${target}\n`)
    expect(note).toContain(
      'Not copied: devices/loop, devices/home/deeper-loop, devices/peer/2026-03.jsonl are links (Limber never follows a link'
    )
  })

  it('leaves the note only when asked, once the new folder is in use', () => {
    const target = join(root, 'new')
    const result = moveDataFolder(oldDir, target, clock, { leaveNote: false })
    expect(readdirSync(oldDir)).toEqual(['devices'])

    expect(leaveMovedNote(result, clock)).toBe(true)
    expect(readdirSync(oldDir).sort()).toEqual([MOVED_NOTE_NAME, 'devices'])
  })

  it('never writes the note through a link planted at its name', () => {
    const secret = plantSecret(root)
    const before = readFileSync(secret.path)
    symlinkSync(secret.path, join(oldDir, MOVED_NOTE_NAME))
    const result = moveDataFolder(oldDir, join(root, 'new'), clock)
    expect(result.location).toBe(join(root, 'new'))
    expect(readFileSync(secret.path)).toEqual(before)
  })
})
