// Every kind of damage a log file can suffer: each test checks that every valid record is recovered,
// nothing throws, the bad bytes are kept in quarantine exactly, the source file is left unchanged,
// and the user is told in plain words.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog, type LoadResult } from '../../../../../src/main/storage/progress-log'
import {
  checkIn,
  devicePath,
  ids,
  jsonl,
  line,
  makeTempDir,
  quarantineFiles,
  removeTempDir,
  walk,
  writeSegment
} from './log-fixtures'

let dataDir: string
beforeEach(async () => {
  dataDir = await makeTempDir()
})
afterEach(async () => {
  await removeTempDir(dataDir)
})

const a = walk('2026-03-02T09:00:00+01:00', 10)
const b = walk('2026-03-03T09:00:00+01:00', 20)
const c = walk('2026-03-04T09:00:00+01:00', 30)
const homeEvent = walk('2026-03-05T18:00:00+01:00', 40)

function openLog(): ProgressLog {
  return ProgressLog.open({ dataDir, deviceId: 'home', now: () => new Date('2026-03-20T10:00:00Z') })
}

/** Writes the office file plus a healthy home file, loads as "home", and checks the file was not touched. */
function loadOffice(content: string | Buffer, name = '2026-03.jsonl'): LoadResult {
  writeSegment(dataDir, 'home', '2026-03.jsonl', line(homeEvent))
  const path = writeSegment(dataDir, 'office', name, content)
  const before = readFileSync(path)
  const result = openLog().readAll()
  expect(readFileSync(path).equals(before)).toBe(true)
  return result
}

function badCopies(): { path: string; bytes: Buffer }[] {
  return quarantineFiles(dataDir).filter((f) => f.path.endsWith('.bad'))
}

function expectKeptExactly(result: LoadResult, bad: Buffer | string): void {
  const copies = badCopies()
  expect(copies).toHaveLength(1)
  expect(copies[0]?.bytes.equals(Buffer.isBuffer(bad) ? bad : Buffer.from(bad))).toBe(true)
  expect(copies[0]?.path.startsWith('quarantine/home/office/')).toBe(true)
  const issue = result.issues.find((i) => i.keptIn.length > 0)
  expect(issue?.keptIn).toEqual([copies[0]?.path])
  expect(issue?.message).toContain(copies[0]?.path)
  expect(issue?.message).toContain('everything else loaded')
}

describe('a damaged progress log still loads', () => {
  it('sets aside a truncated last line and loads every line before it', () => {
    const partial = line(c).slice(0, 40)
    const result = loadOffice(jsonl([a, b]) + partial)
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expectKeptExactly(result, partial)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.kind).toBe('unfinished-line')
    expect(result.issues[0]?.message).toMatch(/^The last line of 2026-03\.jsonl \(from office\) is incomplete/)
  })

  it('keeps a truncated line in the middle and loads the lines on both sides', () => {
    const cut = line(b).slice(0, 50)
    const result = loadOffice(line(a) + cut + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, cut)
    expect(result.issues[0]?.message).toMatch(
      /^1 line in 2026-03\.jsonl \(from office\) could not be read \(not valid JSON\)/
    )
    expect(result.issues[0]?.lines).toEqual([2])
  })

  it('keeps a line of binary garbage byte for byte', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x81, 0x7b, 0x22, 0xc0, 0xaf, 0x13, 0x37, 0xee])
    const result = loadOffice(Buffer.concat([Buffer.from(line(a)), garbage, Buffer.from('\n' + line(c))]))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, garbage)
    expect(result.issues[0]?.message).toContain('not readable text')
  })

  it('keeps a NUL-filled tail (what a power cut can leave) as an unfinished last line', () => {
    const zeros = Buffer.alloc(4096, 0)
    const result = loadOffice(Buffer.concat([Buffer.from(jsonl([a, b])), zeros]))
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expectKeptExactly(result, zeros)
    expect(result.issues[0]?.kind).toBe('unfinished-line')
  })

  it('keeps a line of NUL bytes between valid lines', () => {
    const zeros = Buffer.alloc(64, 0)
    const result = loadOffice(Buffer.concat([Buffer.from(line(a)), zeros, Buffer.from('\n' + line(b))]))
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expectKeptExactly(result, zeros)
  })

  it('keeps an event whose values have the wrong types and names the field', () => {
    const wrong = JSON.stringify({ ...checkIn('2026-03-03T20:00:00+01:00'), backPain: 'seven' })
    const result = loadOffice(line(a) + wrong + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, wrong)
    expect(result.issues[0]?.message).toContain('backPain')
  })

  it('keeps an event with missing fields', () => {
    const { legPain: _legPain, ...withoutLegPain } = checkIn('2026-03-03T20:00:00+01:00')
    const missing = JSON.stringify(withoutLegPain)
    const result = loadOffice(line(a) + missing + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, missing)
    expect(result.issues[0]?.message).toContain('legPain')
  })

  it('sets aside an unknown event type unchanged, reports it, and keeps a copy for a newer version', () => {
    const unknown = JSON.stringify({
      v: 2,
      id: crypto.randomUUID(),
      t: '2026-03-03T10:00:00+01:00',
      type: 'swim',
      minutes: 30
    })
    const result = loadOffice(line(a) + unknown + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expect(result.setAside).toEqual([
      { file: 'devices/office/2026-03.jsonl', line: 2, reason: 'unknown-type', record: JSON.parse(unknown) }
    ])
    const copies = quarantineFiles(dataDir)
    expect(copies.map((f) => f.path)).toEqual(['quarantine/home/office/2026-03.jsonl.set-aside.jsonl'])
    expect(copies[0]?.bytes.toString()).toBe(unknown + '\n')
    expect(result.issues[0]?.kind).toBe('unknown-type')
    expect(result.issues[0]?.message).toContain('"swim"')
    expect(result.issues[0]?.message).toContain('kept unchanged')
  })

  it('keeps a bad line with accented and emoji text byte for byte in quarantine', () => {
    const bad = 'not json é 😀 ü'
    const result = loadOffice(line(a) + bad + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, Buffer.from(bad, 'utf8'))
  })

  it('sets aside events from a future schema version instead of failing', () => {
    const future = JSON.stringify({ v: 3, id: crypto.randomUUID(), when: 1772441000000, kind: 'hologram' })
    const result = loadOffice(line(a) + future + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expect(result.setAside.map((s) => s.reason)).toEqual(['newer-version'])
    expect(quarantineFiles(dataDir)[0]?.bytes.toString()).toBe(future + '\n')
    expect(result.issues[0]?.message).toContain('written by a newer version of Limber')
  })

  it('reads an empty file as no events and says nothing', () => {
    const result = loadOffice('')
    expect(ids(result.events)).toEqual(ids([homeEvent]))
    expect(result.issues).toEqual([])
    expect(quarantineFiles(dataDir)).toEqual([])
  })

  it('reads a file of only blank lines and whitespace as no events and says nothing', () => {
    const result = loadOffice('\n\n   \n\t\n\r\n  \n')
    expect(ids(result.events)).toEqual(ids([homeEvent]))
    expect(result.issues).toEqual([])
    expect(quarantineFiles(dataDir)).toEqual([])
  })

  it('skips blank lines between events without reporting them', () => {
    const result = loadOffice(line(a) + '\n  \n' + line(b) + '\n')
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expect(result.issues).toEqual([])
  })

  it('keeps a huge garbage line of several megabytes and loads its neighbours', () => {
    const huge = '{"v":2,"note":"' + 'x'.repeat(5 * 1024 * 1024)
    const result = loadOffice(line(a) + huge + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, huge)
  })

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const result = loadOffice(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(jsonl([a, b]))]))
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expect(result.issues).toEqual([])
  })

  it('reads CRLF line endings, and keeps a bad CRLF line without its line ending', () => {
    const crlf = [line(a), 'not json at all\n', line(b)].map((l) => l.replace('\n', '\r\n')).join('')
    const result = loadOffice(crlf)
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expectKeptExactly(result, 'not json at all')
  })

  it('loads the other devices when this device has no folder yet, and creates it on the first append', () => {
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([a, b]))
    const log = openLog()
    const result = log.readAll()
    expect(ids(result.events)).toEqual(ids([a, b]))
    expect(result.issues).toEqual([])
    expect(existsSync(devicePath(dataDir, 'home'))).toBe(false)
    log.append({ type: 'walk', minutes: 5, t: '2026-03-06T08:00:00+01:00' })
    expect(existsSync(devicePath(dataDir, 'home', '2026-03.jsonl'))).toBe(true)
    expect(log.readAll().events).toHaveLength(3)
  })

  it('reports a missing data folder on a missing drive or parent folder, without creating it or throwing', () => {
    const missing = join(dataDir, 'unplugged-drive', 'Limber')
    const result = ProgressLog.open({ dataDir: missing, deviceId: 'home' }).readAll()
    expect(result.events).toEqual([])
    expect(result.issues.map((i) => i.kind)).toEqual(['data-folder-missing'])
    expect(result.issues[0]?.message).toContain(`The data folder ${missing} was not found`)
    expect(existsSync(missing)).toBe(false)
  })

  it('reads a data folder not created yet (first run) as an empty log, silently and without creating it', () => {
    const fresh = join(dataDir, 'progress')
    const result = ProgressLog.open({ dataDir: fresh, deviceId: 'home' }).readAll()
    expect(result).toMatchObject({ events: [], issues: [], setAside: [] })
    expect(existsSync(fresh)).toBe(false)
  })

  it('reports a month file it cannot open (a folder in its place) and loads everything else', () => {
    writeSegment(dataDir, 'office', '2026-02.jsonl', line(walk('2026-02-10T09:00:00+01:00')))
    mkdirSync(devicePath(dataDir, 'office', '2026-03.jsonl'), { recursive: true })
    writeSegment(dataDir, 'home', '2026-03.jsonl', line(homeEvent))
    const result = openLog().readAll()
    expect(result.events).toHaveLength(2)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.kind).toBe('file-unreadable')
    expect(result.issues[0]?.message).toBe(
      'devices/office/2026-03.jsonl could not be opened (it is a folder, not a file). Nothing in it was changed; everything else loaded.'
    )
  })

  it('skips a month file that is a symlink loop without following it, says so, and loads the rest', () => {
    const path = devicePath(dataDir, 'office', '2026-03.jsonl')
    mkdirSync(dirname(path), { recursive: true })
    symlinkSync(path, path)
    writeSegment(dataDir, 'home', '2026-03.jsonl', line(homeEvent))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([homeEvent]))
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.kind).toBe('link-skipped')
    expect(result.issues[0]?.message).toMatch(/^devices\/office\/2026-03\.jsonl is a link to somewhere else/)
  })

  it.skipIf(process.getuid?.() === 0)(
    'reports a file without read permission (skipped as root, who can read anything)',
    () => {
      const path = writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([a]))
      writeSegment(dataDir, 'home', '2026-03.jsonl', line(homeEvent))
      chmodSync(path, 0o000)
      try {
        const result = openLog().readAll()
        expect(ids(result.events)).toEqual(ids([homeEvent]))
        expect(result.issues[0]?.message).toContain('permission was denied')
      } finally {
        chmodSync(path, 0o644)
      }
    }
  )

  it('keeps a line with invalid UTF-8 inside an otherwise valid event', () => {
    const text = line(b).trimEnd()
    const at = text.indexOf('"walk"') + 2
    const broken = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(text.slice(at))
    ])
    const result = loadOffice(Buffer.concat([Buffer.from(line(a)), broken, Buffer.from('\n' + line(c))]))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, broken)
  })

  it('loads an event written twice in one file once, with nothing to set aside', () => {
    const result = loadOffice(jsonl([a, b, a, c]))
    expect(ids(result.events)).toEqual(ids([a, b, c, homeEvent]))
    expect(result.summary.duplicatesDropped).toBe(1)
    expect(result.issues).toEqual([])
    expect(quarantineFiles(dataDir)).toEqual([])
  })

  it('keeps the first of two different events sharing one id and sets the other aside', () => {
    const impostor = JSON.stringify({ ...b, minutes: 99 })
    const result = loadOffice(jsonl([a, b]) + impostor + '\n' + line(c))
    expect(result.events.find((e) => e.id === b.id)).toEqual(b)
    expect(ids(result.events)).toEqual(ids([a, b, c, homeEvent]))
    expectKeptExactly(result, impostor)
    expect(result.issues[0]?.message).toContain('an id already used by a different entry')
  })

  it('keeps a JSON array where an event object should be', () => {
    const array = JSON.stringify([a, b])
    const result = loadOffice(array + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([c, homeEvent]))
    expectKeptExactly(result, array)
    expect(result.issues[0]?.message).toContain('not an event record')
  })

  it('keeps lines that are valid JSON but not objects (null, a number, a string)', () => {
    const result = loadOffice(line(a) + 'null\n42\n"walk"\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, 'null\n42\n"walk"')
    expect(result.issues[0]?.message).toMatch(/^3 lines in 2026-03\.jsonl/)
  })

  it('keeps events with an impossible or offset-less timestamp', () => {
    const impossible = JSON.stringify({ ...b, t: '2026-02-30T09:00:00+01:00' })
    const result = loadOffice(line(a) + impossible + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, impossible)
    expect(result.issues[0]?.message).toContain('UTC offset')
  })

  it('keeps a v2 event written without an offset (only v1 may omit it)', () => {
    const noOffset = JSON.stringify({ ...b, t: '2026-03-03T09:00:00' })
    const result = loadOffice(line(a) + noOffset + '\n')
    expect(ids(result.events)).toEqual(ids([a, homeEvent]))
    expectKeptExactly(result, noOffset)
  })

  it('keeps records without a schema version', () => {
    const { v: _v, ...noVersion } = b
    const unversioned = JSON.stringify(noVersion)
    const result = loadOffice(line(a) + unversioned + '\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, unversioned)
    expect(result.issues[0]?.message).toContain('no schema version')
  })

  it('leaves stray files alone, unread, and mentions them as information', () => {
    writeSegment(dataDir, 'office', 'notes.txt', 'call the physio\n')
    writeSegment(dataDir, 'office', '2026-13.jsonl', line(a))
    writeSegment(dataDir, 'office', '.DS_Store', 'mac')
    const result = loadOffice(line(b))
    expect(ids(result.events)).toEqual(ids([b, homeEvent]))
    expect(result.issues.map((i) => [i.kind, i.severity, i.file])).toEqual([
      ['stray-file', 'info', 'devices/office/2026-13.jsonl'],
      ['stray-file', 'info', 'devices/office/notes.txt']
    ])
    expect(result.issues[1]?.message).toBe(
      'devices/office/notes.txt is not a Limber log file; it was left alone and not read.'
    )
    expect(readFileSync(devicePath(dataDir, 'office', 'notes.txt'), 'utf8')).toBe('call the physio\n')
  })

  it('merges the valid lines of a corrupt conflict copy and keeps its bad bytes under its own name', () => {
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([a]))
    const result = loadOffice(
      line(b) + '{"v":2,"id":\n' + line(c),
      "2026-03 (Alice's conflicted copy 2026-03-05).jsonl"
    )
    expect(ids(result.events)).toEqual(ids([a, b, c, homeEvent]))
    expectKeptExactly(result, '{"v":2,"id":')
    expect(badCopies()[0]?.path).toMatch(
      /^quarantine\/home\/office\/2026-03 \(Alice's conflicted copy 2026-03-05\)\.jsonl\.line-2\.\d{8}T\d{6}Z\.[0-9a-f]{12}\.bad$/
    )
  })

  it('keeps a run of garbage spanning several lines as one copy with exactly those bytes', () => {
    const garbage = Buffer.from([0x80, 0x81, 0x0a, 0x0a, 0xfe, 0x0a, 0x00, 0x01])
    const result = loadOffice(Buffer.concat([Buffer.from(line(a)), garbage, Buffer.from('\n' + line(c))]))
    expect(ids(result.events)).toEqual(ids([a, c, homeEvent]))
    expectKeptExactly(result, garbage)
    expect(result.issues[0]?.lines).toEqual([2, 4, 5])
  })

  it('keeps two separate bad lines as two copies and reports them together', () => {
    const result = loadOffice(line(a) + 'oops\n' + line(b) + '{"half":\n' + line(c))
    expect(ids(result.events)).toEqual(ids([a, b, c, homeEvent]))
    expect(badCopies().map((f) => f.bytes.toString())).toEqual(['oops', '{"half":'])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.message).toMatch(/^2 lines in 2026-03\.jsonl \(from office\) could not be read/)
    expect(result.issues[0]?.message).toContain('they are kept in 2 files in quarantine/home/office')
  })

  it('does not copy the same bad line again on the next load, and marks the issue as already known', () => {
    const first = loadOffice(line(a) + 'oops\n' + line(b))
    const second = openLog().readAll()
    expect(badCopies()).toHaveLength(1)
    expect(first.issues[0]?.isNew).toBe(true)
    expect(second.issues[0]?.isNew).toBe(false)
    expect(second.issues[0]?.keptIn).toEqual(first.issues[0]?.keptIn)
  })

  it('still loads when the bad lines cannot be copied aside, and says the original keeps them', () => {
    writeFileSync(join(dataDir, 'quarantine'), 'a file where the quarantine folder should be')
    const result = loadOffice(line(a) + 'oops\n' + line(b))
    expect(ids(result.events)).toEqual(ids([a, b, homeEvent]))
    expect(result.issues[0]?.keptIn).toEqual([])
    expect(result.issues[0]?.message).toContain('could not be copied aside')
    expect(result.issues[0]?.message).toContain('2026-03.jsonl is left exactly as it was and still holds them')
  })

  it('mentions a file standing where a device folder should be, and loads the rest', () => {
    mkdirSync(join(dataDir, 'devices'), { recursive: true })
    writeFileSync(join(dataDir, 'devices', 'laptop'), 'not a folder')
    const result = loadOffice(line(a))
    expect(ids(result.events)).toEqual(ids([a, homeEvent]))
    expect(result.issues.map((i) => [i.kind, i.file])).toEqual([['stray-file', 'devices/laptop']])
  })
})
