// Moving the data folder: copy, verify every file, then switch; the old folder is kept as a backup.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MOVED_NOTE_NAME,
  MoveDataFolderError,
  ProgressLog,
  moveDataFolder
} from '../../../../../src/main/storage/progress-log'
import { ids, jsonl, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

let root: string
let oldDir: string
beforeEach(async () => {
  root = await makeTempDir()
  oldDir = join(root, 'old')
})
afterEach(async () => {
  await removeTempDir(root)
})

const clock = (): Date => new Date('2026-03-20T12:00:00Z')

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? name.name : `${rel}/${name.name}`
      if (name.isDirectory()) visit(path)
      else out[path] = readFileSync(join(dir, path)).toString('base64')
    }
  }
  if (existsSync(dir)) visit('')
  return out
}

describe('moving the data folder', () => {
  it('copies every file, verifies it, switches the log over and keeps the old folder with a note', () => {
    const events = [walk('2026-02-10T10:00:00+01:00'), walk('2026-03-10T10:00:00+01:00')]
    writeSegment(oldDir, 'home', '2026-02.jsonl', jsonl(events.slice(0, 1)))
    writeSegment(oldDir, 'office', '2026-03.jsonl', jsonl(events.slice(1)))
    mkdirSync(join(oldDir, 'quarantine', 'home', 'office'), { recursive: true })
    writeFileSync(
      join(oldDir, 'quarantine', 'home', 'office', '2026-03.jsonl.line-2.20260301T000000Z.0123456789ab.bad'),
      'oops'
    )
    const before = snapshot(oldDir)
    const log = ProgressLog.open({ dataDir: oldDir, deviceId: 'home', now: clock })

    const result = log.moveTo(join(root, 'Dropbox', 'Limber'))
    // No note yet: the old folder may say it is no longer in use only once the new place is saved.
    expect(readdirSync(oldDir)).not.toContain(MOVED_NOTE_NAME)
    // The caller saves the new location, then lets the old folder say so.
    expect(log.confirmMove(result)).toBe(true)

    expect(result.location).toBe(join(root, 'Dropbox', 'Limber'))
    expect(log.dataDir).toBe(result.location)
    expect(snapshot(result.location)).toEqual(before)
    const after = snapshot(oldDir)
    expect(Object.keys(after).filter((k) => !(k in before))).toEqual([MOVED_NOTE_NAME])
    for (const [path, bytes] of Object.entries(before)) expect(after[path]).toBe(bytes)
    expect(readFileSync(join(oldDir, MOVED_NOTE_NAME), 'utf8')).toContain(result.location)

    const added = log.append({ type: 'walk', minutes: 5, t: '2026-03-20T13:00:00+01:00' })
    expect(existsSync(join(result.location, 'devices', 'home', '2026-03.jsonl'))).toBe(true)
    expect(existsSync(join(oldDir, 'devices', 'home', '2026-03.jsonl'))).toBe(false)
    expect(ids(log.readAll().events)).toEqual(ids([...events, added]))
  })

  it('never overwrites a different file already at the target: it copies beside it, and both are read', () => {
    const ours = walk('2026-03-10T10:00:00+01:00')
    const theirs = walk('2026-03-11T10:00:00+01:00')
    writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([ours]))
    const target = join(root, 'shared')
    writeSegment(target, 'home', '2026-03.jsonl', jsonl([theirs]))

    const result = moveDataFolder(oldDir, target, clock)

    expect(result.files.map((f) => [f.targetPath, f.outcome])).toEqual([
      ['devices/home/2026-03.copy-20260320T120000Z.jsonl', 'copied-beside']
    ])
    expect(readFileSync(join(target, 'devices', 'home', '2026-03.jsonl'), 'utf8')).toBe(jsonl([theirs]))
    expect(ids(ProgressLog.open({ dataDir: target, deviceId: 'home' }).readAll().events)).toEqual(ids([ours, theirs]))
  })

  it('skips files that are already there with the same bytes', () => {
    writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
    const target = join(root, 'target')
    moveDataFolder(oldDir, target, clock)
    const again = moveDataFolder(oldDir, target, clock)
    expect(again.files.map((f) => f.outcome)).toEqual(['already-there'])
  })

  it('refuses a target inside the current folder, and changes nothing', () => {
    writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
    const before = snapshot(oldDir)
    const log = ProgressLog.open({ dataDir: oldDir, deviceId: 'home', now: clock })
    expect(() => log.moveTo(join(oldDir, 'inside'))).toThrow(MoveDataFolderError)
    expect(log.dataDir).toBe(oldDir)
    expect(snapshot(oldDir)).toEqual(before)
  })

  it('keeps using the old folder and leaves no file, folder or temp file at the target when its disk fills up', () => {
    writeSegment(oldDir, 'home', '2026-02.jsonl', jsonl([walk('2026-02-10T10:00:00+01:00')]))
    writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
    const before = snapshot(oldDir)
    const target = join(root, 'usb', 'Limber')
    // The second file's write fails half-way, as a full disk does, after the first file was copied.
    let chunks = 0
    const fullDisk = (fd: number, chunk: Buffer): void => {
      if (++chunks === 2) {
        writeSync(fd, chunk, 0, Math.floor(chunk.length / 2))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
      writeSync(fd, chunk)
    }

    let error: unknown
    try {
      moveDataFolder(oldDir, target, clock, { write: fullDisk })
    } catch (e) {
      error = e
    }

    expect(error).toBeInstanceOf(MoveDataFolderError)
    expect((error as Error).message).toBe(
      `Could not move the progress log to ${target}: ENOSPC: no space left on device, write. ` +
        `Limber keeps using ${oldDir}; nothing there was changed, and the partial copy was removed.`
    )
    expect(snapshot(oldDir)).toEqual(before)
    expect(existsSync(join(oldDir, MOVED_NOTE_NAME))).toBe(false)
    // Everything this move created is gone again, down to the folders it made.
    expect(readdirSync(root)).toEqual(['old'])
  })

  it('through the app: a failed move leaves the log where it was, still readable', () => {
    writeSegment(oldDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
    const target = join(root, 'target')
    // A link planted in the target where a device folder goes must not lead the copy out of it.
    const elsewhere = join(root, 'elsewhere')
    mkdirSync(elsewhere)
    mkdirSync(join(target, 'devices'), { recursive: true })
    symlinkSync(elsewhere, join(target, 'devices', 'home'))
    const log = ProgressLog.open({ dataDir: oldDir, deviceId: 'home', now: clock })

    expect(() => log.moveTo(target)).toThrow(/leads outside the data folder.*Limber keeps using/)
    expect(log.dataDir).toBe(oldDir)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(existsSync(join(oldDir, MOVED_NOTE_NAME))).toBe(false)
    expect(log.readAll().events).toHaveLength(1)
  })

  it('moves an empty log (nothing written yet) and simply switches', () => {
    const log = ProgressLog.open({ dataDir: join(root, 'never-created'), deviceId: 'home', now: clock })
    const result = log.moveTo(join(root, 'new'))
    expect(result.files).toEqual([])
    expect(log.dataDir).toBe(join(root, 'new'))
  })
})
