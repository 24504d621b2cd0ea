// Importing what a person picked, read as hostile input: a backup's checksums are verified file by
// file, a CSV or a foreign file is named as such, sizes, nesting and dates are bounded, and no link is
// followed, so a private file outside the source never reaches the log.
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_MANIFEST, ProgressLog } from '../../../../../src/main/storage/progress-log'
import { CSV_MESSAGE, readImportSource } from '../../../../../src/main/storage/progress-log/import-source'
import { anyFileHolds, plantSecret, tree } from './hostile-folder'
import { ids, jsonl, line, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

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
const upgrade = { offsetAtWallTime: () => 60 }

/** A backup made by Limber of a log with one event in February and one in March. */
function makeBackup(): { path: string; feb: ReturnType<typeof walk>; mar: ReturnType<typeof walk> } {
  const source = join(root, 'laptop')
  const feb = walk('2026-02-10T10:00:00+01:00')
  const mar = walk('2026-03-10T10:00:00+01:00')
  writeSegment(source, 'laptop', '2026-02.jsonl', jsonl([feb]))
  writeSegment(source, 'laptop', '2026-03.jsonl', jsonl([mar]))
  return { path: open(source, 'laptop').backupTo(join(root, 'backups')).path, feb, mar }
}

describe('importing a backup checks it against its manifest', () => {
  it('imports the files that match and names the one that was changed after the backup', () => {
    const backup = makeBackup()
    const changed = walk('2026-03-11T10:00:00+01:00')
    writeFileSync(join(backup.path, 'devices', 'laptop', '2026-03.jsonl'), jsonl([backup.mar, changed]))
    const log = open()

    const result = log.importFrom(backup.path)

    expect(result.added).toBe(1)
    expect(result.issues.map((i) => i.message)).toEqual([
      "devices/laptop/2026-03.jsonl does not match its checksum in the backup's manifest.json: it was changed or damaged after the backup was made, so it was not imported. The backup's other files were checked and imported."
    ])
    expect(ids(log.readAll().events)).toEqual([backup.feb.id])
  })

  it('does not import a file added to the backup afterwards, and says a listed file is missing', () => {
    const backup = makeBackup()
    writeSegment(backup.path, 'intruder', '2026-03.jsonl', jsonl([walk('2026-03-12T10:00:00+01:00')]))
    const febPath = join(backup.path, 'devices', 'laptop', '2026-02.jsonl')
    rmSync(febPath)
    const log = open()

    const result = log.importFrom(backup.path)

    expect(result.added).toBe(1)
    expect(result.issues.map((i) => i.message)).toEqual([
      "devices/intruder/2026-03.jsonl is not listed in the backup's manifest.json: it was added after the backup was made and cannot be checked, so it was not imported.",
      "devices/laptop/2026-02.jsonl is listed in the backup's manifest.json but is not in the backup folder; it may have been deleted or not synced yet."
    ])
    expect(ids(log.readAll().events)).toEqual([backup.mar.id])
  })

  it('imports nothing from a backup whose manifest is damaged, and says what to do', () => {
    const backup = makeBackup()
    writeFileSync(join(backup.path, BACKUP_MANIFEST), '{"app":"limber","files":[')
    const log = open()
    const result = log.importFrom(backup.path)
    expect(result.added).toBe(0)
    expect(result.issues.map((i) => i.message)).toEqual([
      "The backup's manifest.json is damaged, so its files cannot be checked; nothing was imported from this folder. " +
        'If you trust these files, copy the devices folder out of the backup and import that folder instead.'
    ])
    expect(tree(dataDir)).toEqual({})
  })
})

describe('importing something that is not a Limber export', () => {
  it('says a CSV export cannot be imported instead of adding 0 entries', () => {
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-01T10:00:00+01:00')]))
    const log = open()
    const file = join(root, 'progress.csv')
    writeFileSync(file, log.exportRange('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'csv').text)
    const before = tree(dataDir)

    const result = log.importFrom(file)

    expect(result.added).toBe(0)
    expect(result.issues.map((i) => i.message)).toEqual([`progress.csv is a CSV export. ${CSV_MESSAGE}`])
    expect(CSV_MESSAGE).toBe('CSV exports cannot be imported; use a JSON export or a backup folder.')
    expect(tree(dataDir)).toEqual(before)
  })

  it('recognises a CSV export renamed to .json by its header line', () => {
    const file = join(root, 'renamed.json')
    writeFileSync(file, 'time,type,id,details\r\n2026-03-01T10:00:00+01:00,walk,x,"{}"\r\n')
    expect(open().importFrom(file).issues[0]?.message).toBe(`renamed.json is a CSV export. ${CSV_MESSAGE}`)
  })

  it('says a file that is not a Limber file is not one', () => {
    const photo = join(root, 'holiday.json')
    writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]))
    const notes = join(root, 'notes.jsonl')
    writeFileSync(notes, '{\n  "name": "my-package",\n  "version": "1.0.0"\n}\n')
    const log = open()
    expect(log.importFrom(photo).issues.map((i) => i.message)).toEqual([
      'holiday.json is not a Limber file: it holds no Limber entries, so nothing was imported. ' +
        'Limber imports a backup folder, a data folder, a JSON export (.json) or a log file (.jsonl).'
    ])
    expect(log.importFrom(notes).issues[0]?.message).toMatch(/^notes\.jsonl is not a Limber file/)
    expect(tree(dataDir)).toEqual({})
  })

  it('says a folder without a devices folder is not a Limber folder', () => {
    const folder = join(root, 'Documents')
    mkdirSync(folder)
    writeFileSync(join(folder, 'letter.txt'), 'hello')
    const result = open().importFrom(folder)
    expect(result.issues.map((i) => i.message)).toEqual([
      `${folder} is not a Limber backup or data folder (it has no devices folder), so nothing was imported. ` +
        'Limber imports a backup folder, a data folder, a JSON export (.json) or a log file (.jsonl).'
    ])
  })
})

describe('importing with bounds', () => {
  it('imports the rest of a JSON export holding an entry nested 20,000 levels deep, with a clear reason', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const file = join(root, 'export.json')
    writeFileSync(file, `[\n${JSON.stringify(good)},\n${deep}\n]\n`)
    const log = open()

    const result = log.importFrom(file)

    expect(result.added).toBe(1)
    expect(result.issues.map((i) => i.message)).toEqual([
      '1 line in export.json could not be read (nested more than 32 levels deep); ' +
        'they could not be copied aside (the import is only read, never changed), so export.json is left exactly as it was and still holds them; everything else loaded.'
    ])
    expect(log.readAll().events).toEqual([good])
  })

  it('imports the rest of a .jsonl file holding a settings change nested 1,500 levels deep', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const nested = '{"a":'.repeat(1500) + '1' + '}'.repeat(1500)
    const bomb = `{"v":2,"id":"deep","t":"2026-03-05T11:00:00+01:00","type":"settings-changed","changes":{"x":${nested}}}`
    const file = join(root, 'log.jsonl')
    writeFileSync(file, line(good) + bomb + '\n')
    const log = open()

    const result = log.importFrom(file)

    expect(result.added).toBe(1)
    expect(result.issues[0]?.message).toMatch(
      /^1 line in log\.jsonl could not be read \(nested more than 32 levels deep\)/
    )
    expect(result.issues[0]?.lines).toEqual([2])
    expect(ids(log.readAll().events)).toEqual([good.id])
  })

  it('refuses a file over the size bound, and an entry over the entry bound', () => {
    const file = join(root, 'big.jsonl')
    writeFileSync(file, jsonl([walk('2026-03-05T10:00:00+01:00'), walk('2026-03-06T10:00:00+01:00')]))
    const read = readImportSource(file, upgrade, { now: clock, limits: { maxFileBytes: 100 } })
    expect(read.loaded).toEqual([])
    expect(read.issues.map((i) => i.message)).toEqual([
      `${file} is larger than the 1 MB Limber imports from one file, so nothing was imported from it. No Limber file grows that large; check that it is the file you meant.`
    ])

    const huge = join(root, 'huge-line.jsonl')
    const good = walk('2026-03-05T10:00:00+01:00')
    writeFileSync(huge, line(good) + `{"v":2,"id":"${'x'.repeat(2 * 1024 * 1024)}"}\n`)
    const result = open().importFrom(huge)
    expect(result.added).toBe(1)
    // The wording of a line's bound is the segment parser's; here, what matters is that it was refused.
    expect(result.issues[0]?.message).toMatch(/^1 line in huge-line\.jsonl could not be read/)
    expect(result.issues[0]?.lines).toEqual([2])

    const exported = join(root, 'export.json')
    writeFileSync(exported, JSON.stringify([good, { v: 2, note: 'x'.repeat(100 * 1024) }]))
    const fromExport = readImportSource(exported, upgrade, { now: clock })
    expect(fromExport.loaded.map((l) => l.event)).toEqual([good])
    expect(fromExport.issues.map((i) => i.message)).toEqual([
      '1 line in export.json could not be read (an entry longer than 64 KiB); they could not be copied aside (the import is only read, never changed), so export.json is left exactly as it was and still holds them; everything else loaded.'
    ])
  })

  it('refuses entries dated in the year 9999 or before 2000, with a count, and imports the rest', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const future = walk('9999-12-31T10:00:00+01:00')
    const past = walk('1999-12-31T10:00:00+01:00')
    // A record from a newer Limber is kept for later unread, but its date is still bounded.
    const newerFromTheFuture = { v: 99, id: 'newer-9999', t: '9999-01-01T10:00:00+01:00', type: 'hologram' }
    const other = join(root, 'other')
    writeSegment(other, 'laptop', '2026-03.jsonl', jsonl([good]))
    writeSegment(other, 'laptop', '9999-12.jsonl', jsonl([future, newerFromTheFuture]))
    writeSegment(other, 'laptop', '1999-12.jsonl', jsonl([past]))
    const log = open()

    const result = log.importFrom(other)

    expect([result.added, result.keptForNewerVersion]).toEqual([1, 0])
    // The segment parser may refuse a date first, in its words; whatever it lets through is refused here.
    const messages = result.issues.map((i) => i.message)
    for (const file of ['9999-12.jsonl (from laptop)', '1999-12.jsonl (from laptop)']) {
      expect(messages.some((m) => m.includes(file) && /dated/.test(m))).toBe(true)
    }
    expect(messages.join('\n')).not.toContain('will show once this computer runs the newer version')
    expect(readdirSync(join(dataDir, 'devices', 'home'))).toEqual(['2026-03.jsonl'])
    expect(log.readAll().events).toEqual([good])
    expect(log.readAll().setAside).toEqual([])
  })

  it('refuses an exported entry dated 9999 and imports the rest of the export', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const file = join(root, 'export.json')
    writeFileSync(file, JSON.stringify([good, walk('9999-12-31T10:00:00+01:00')]))
    const log = open()
    const result = log.importFrom(file)
    expect(result.added).toBe(1)
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^1 (line in export\.json could not be read \(dated 9999-12-31, after tomorrow|entry in export\.json is dated before 2000 or after tomorrow)/
      )
    ])
    expect(log.readAll().events).toEqual([good])
  })
})

describe('importing from a folder with planted links', () => {
  it('never follows a link to a private file or a folder loop, and says so once', () => {
    const secret = plantSecret(root)
    const other = join(root, 'other')
    const good = walk('2026-03-05T10:00:00+01:00')
    writeSegment(other, 'laptop', '2026-03.jsonl', jsonl([good]))
    mkdirSync(join(other, 'devices', 'peer'))
    symlinkSync(secret.path, join(other, 'devices', 'peer', '2026-03.jsonl'))
    symlinkSync('..', join(other, 'devices', 'loop'))
    symlinkSync(join(root, 'home-of-user', '.ssh'), join(other, 'devices', 'ssh'))
    mkdirSync(join(other, 'devices', 'laptop', '.stversions', 'old'), { recursive: true })
    const log = open()

    const result = log.importFrom(other)

    expect(result.added).toBe(1)
    expect(result.issues.map((i) => i.message)).toEqual([
      'Not read: devices/loop, devices/ssh, devices/peer/2026-03.jsonl are links (Limber never follows a link in its data folder, so whatever they point to stays private). Nothing was imported from them.'
    ])
    expect(result.issues.map((i) => i.kind)).toEqual(['link-skipped'])
    expect(ids(log.readAll().events)).toEqual([good.id])
    expect(anyFileHolds(dataDir, secret.bytes)).toEqual([])
  })

  it('imports a single file picked through a link, since the person chose it', () => {
    const good = walk('2026-03-05T10:00:00+01:00')
    const file = join(root, 'export.jsonl')
    writeFileSync(file, line(good))
    symlinkSync(file, join(root, 'shortcut.jsonl'))
    expect(open().importFrom(join(root, 'shortcut.jsonl')).added).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe(line(good))
  })
})
