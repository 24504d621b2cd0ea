// Backups are verified plain copies of the log; importing merges by id, so doing it twice adds nothing.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_MANIFEST, ProgressLog } from '../../../../../src/main/storage/progress-log'
import { checkIn, devicePath, ids, jsonl, line, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

let root: string
let dataDir: string
beforeEach(async () => {
  root = await makeTempDir()
  dataDir = join(root, 'data')
})
afterEach(async () => {
  await removeTempDir(root)
})

const clock = (): Date => new Date('2026-03-20T12:00:00Z')
const open = (dir = dataDir, deviceId = 'home'): ProgressLog => ProgressLog.open({ dataDir: dir, deviceId, now: clock })
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('backing up the log', () => {
  it('copies every device file byte for byte into a new folder with a manifest of hashes', () => {
    writeSegment(dataDir, 'home', '2026-02.jsonl', jsonl([walk('2026-02-10T10:00:00+01:00')]))
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([walk('2026-03-10T10:00:00+01:00')]))
    writeSegment(dataDir, 'office', '2026-03 (conflicted copy).jsonl', 'half a line')

    const backup = open().backupTo(join(root, 'backups'))

    expect(backup.path).toMatch(/limber-backup-20260320T120000Z$/)
    const copied = [
      'devices/home/2026-02.jsonl',
      'devices/office/2026-03 (conflicted copy).jsonl',
      'devices/office/2026-03.jsonl'
    ]
    expect(backup.files.map((f) => f.targetPath)).toEqual(copied)
    for (const file of copied) expect(readFileSync(join(backup.path, file))).toEqual(readFileSync(join(dataDir, file)))
    const manifest = JSON.parse(readFileSync(join(backup.path, BACKUP_MANIFEST), 'utf8')) as {
      files: { path: string; sha256: string }[]
    }
    expect(manifest.files.map((f) => [f.path, f.sha256])).toEqual(copied.map((f) => [f, sha(join(dataDir, f))]))
  })

  it('restores into an empty log by importing the backup folder', () => {
    const events = [walk('2026-02-10T10:00:00+01:00'), checkIn('2026-03-01T21:00:00+01:00')]
    writeSegment(dataDir, 'home', '2026-02.jsonl', jsonl(events.slice(0, 1)))
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl(events.slice(1)))
    const backup = open().backupTo(join(root, 'backups'))

    const fresh = open(join(root, 'new-computer'), 'new-pc')
    const result = fresh.importFrom(backup.path)

    expect(result).toEqual({ added: 2, duplicates: 0, keptForNewerVersion: 0, issues: [] })
    expect(fresh.readAll().events).toEqual(events)
  })
})

describe('importing', () => {
  it('merges by id: only new events are added, and importing the same thing twice adds nothing', () => {
    const mine = [walk('2026-03-01T10:00:00+01:00'), walk('2026-03-02T10:00:00+01:00')]
    const theirs = [
      mine[1] ?? walk('2026-03-02T10:00:00+01:00'),
      walk('2026-03-03T10:00:00+01:00'),
      walk('2026-04-01T10:00:00+02:00')
    ]
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl(mine))
    const other = join(root, 'other')
    writeSegment(other, 'laptop', '2026-03.jsonl', jsonl(theirs.slice(0, 2)))
    writeSegment(other, 'laptop', '2026-04.jsonl', jsonl(theirs.slice(2)))
    // Imports refuse entries dated after tomorrow, so this log's today is after the April one.
    const log = ProgressLog.open({ dataDir, deviceId: 'home', now: () => new Date('2026-04-20T12:00:00Z') })

    const first = log.importFrom(other)
    const filesAfterFirst = readdirSync(devicePath(dataDir, 'home')).map((f) => [
      f,
      sha(devicePath(dataDir, 'home', f))
    ])
    const second = log.importFrom(other)

    expect([first.added, first.duplicates]).toEqual([2, 1])
    expect([second.added, second.duplicates]).toEqual([0, 3])
    expect(readdirSync(devicePath(dataDir, 'home')).map((f) => [f, sha(devicePath(dataDir, 'home', f))])).toEqual(
      filesAfterFirst
    )
    expect(ids(log.readAll().events)).toEqual(ids([mine[0] ?? walk('x'), ...theirs]))
  })

  it('files imported events under their own months in this device’s folder', () => {
    const other = join(root, 'other')
    const old = walk('2025-11-05T10:00:00+01:00')
    writeSegment(other, 'laptop', '2025-11.jsonl', jsonl([old]))
    open().importFrom(other)
    expect(readFileSync(devicePath(dataDir, 'home', '2025-11.jsonl'), 'utf8')).toBe(line(old))
  })

  it('imports a JSON export of another log', () => {
    const other = open(join(root, 'other'), 'laptop')
    const a = other.append({ type: 'walk', minutes: 12, t: '2026-03-05T10:00:00+01:00' })
    const b = other.append({ type: 'routine-completed', routineId: 'morning', t: '2026-03-06T07:00:00+01:00' })
    const file = join(root, 'export.json')
    writeFileSync(file, other.exportRange('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'json').text)

    const log = open()
    expect(log.importFrom(file).added).toBe(2)
    expect(log.importFrom(file).added).toBe(0)
    expect(log.readAll().events).toEqual([a, b])
  })

  it('imports a single .jsonl file, reports its bad lines and leaves the file unchanged', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const file = join(root, 'old-log.jsonl')
    const content = line(good) + 'scribbles\n'
    writeFileSync(file, content)

    const result = open().importFrom(file)

    expect(result.added).toBe(1)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.message).toContain('1 line in old-log.jsonl could not be read (not valid JSON)')
    expect(readFileSync(file, 'utf8')).toBe(content)
    expect(existsSync(join(dataDir, 'quarantine'))).toBe(false)
  })

  it('keeps records from a newer version when importing, so they show after an update', () => {
    const future = {
      v: 3,
      id: 'b1c2d3e4-0000-4000-8000-000000000001',
      t: '2026-03-05T10:00:00+01:00',
      type: 'hologram'
    }
    const other = join(root, 'other')
    writeSegment(other, 'laptop', '2026-03.jsonl', jsonl([future, walk('2026-03-06T10:00:00+01:00')]))
    const log = open()

    const first = log.importFrom(other)
    const second = log.importFrom(other)

    expect([first.added, first.keptForNewerVersion]).toEqual([1, 1])
    expect([second.added, second.keptForNewerVersion, second.duplicates]).toEqual([0, 0, 2])
    expect(log.readAll().setAside.map((s) => s.record)).toEqual([future])
  })

  it('reports a path that does not exist without throwing or adding anything', () => {
    const result = open().importFrom(join(root, 'nowhere'))
    expect(result.added).toBe(0)
    expect(result.issues[0]?.kind).toBe('file-unreadable')
  })
})
