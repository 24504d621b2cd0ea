// A data folder shared with a sync peer is untrusted input: lines too long or too deep, files over
// V8's string limit, dates in the year 9999, CR-only line ends, and links planted to private files or
// back into the folder. Each test checks what loads, what the user is told, and that no byte of a file
// outside the data folder is read, copied or written.
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog, ProgressLogWriteError } from '../../../../../src/main/storage/progress-log'
import { loadLogFolder } from '../../../../../src/main/storage/progress-log/log-loader'
import { Quarantine } from '../../../../../src/main/storage/progress-log/quarantine'
import { timeBoundsAt } from '@shared/progress-events'
import {
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

let root: string
let dataDir: string
let secretPath: string
const SECRET = '-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA limber-test-secret'
const now = (): Date => new Date('2026-03-20T10:00:00Z')

beforeEach(async () => {
  root = await makeTempDir()
  dataDir = join(root, 'data')
  mkdirSync(dataDir)
  // A private file outside the data folder, such as ~/.ssh/id_rsa.
  mkdirSync(join(root, 'home', '.ssh'), { recursive: true })
  secretPath = join(root, 'home', '.ssh', 'id_rsa')
  writeFileSync(secretPath, SECRET)
})
afterEach(async () => {
  await removeTempDir(root)
})

const a = walk('2026-03-02T09:00:00+01:00', 10)
const b = walk('2026-03-03T09:00:00+01:00', 20)
const c = walk('2026-03-04T09:00:00+01:00', 30)

function openLog(deviceId = 'home'): ProgressLog {
  return ProgressLog.open({ dataDir, deviceId, now })
}

/** Every regular file under a folder, never through a link, with its bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  const found: { path: string; bytes: Buffer }[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = lstatSync(path)
    if (stat.isDirectory()) found.push(...filesUnder(path))
    else if (stat.isFile()) found.push({ path, bytes: readFileSync(path) })
  }
  return found
}

function expectNoSecretUnder(dir: string): void {
  const holders = filesUnder(dir).filter((f) => f.bytes.includes(Buffer.from('limber-test-secret')))
  expect(holders.map((f) => f.path)).toEqual([])
  expect(readFileSync(secretPath, 'utf8')).toBe(SECRET)
}

describe('lines a recursive parser must never see', () => {
  it('keeps a settings change nested 1,500 levels deep in quarantine and loads its neighbours', () => {
    const deep = `{"v":2,"id":"deep","t":"2026-03-03T10:00:00+01:00","type":"settings-changed","changes":{"x":${'['.repeat(1500)}${']'.repeat(1500)}}}`
    writeSegment(dataDir, 'peer', '2026-03.jsonl', line(a) + deep + '\n' + line(c))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a, c]))
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^1 line in 2026-03\.jsonl \(from peer\) could not be read \(nested more than 32 levels deep\); it is kept in quarantine\/home\/peer\//
      )
    ])
    expect(quarantineFiles(dataDir).map((f) => f.bytes.toString())).toEqual([deep])
  })

  it('keeps a line over 64 KiB aside before parsing it, and loads the lines around it', () => {
    const long = JSON.stringify({ ...b, padding: 'x'.repeat(70 * 1024) })
    writeSegment(dataDir, 'peer', '2026-03.jsonl', line(a) + long + '\n' + line(c))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a, c]))
    expect(result.issues[0]?.message).toContain('(a line longer than 64 KiB)')
    expect(quarantineFiles(dataDir).map((f) => f.bytes.toString())).toEqual([long])
  })

  it('reads a month file over 512 MiB (a sparse file) in chunks: the events on both sides of a 600 MiB hole load', () => {
    // Before, the whole file became one string and V8 threw "Cannot create a string longer than...".
    const path = devicePath(dataDir, 'peer', '2026-03.jsonl')
    mkdirSync(devicePath(dataDir, 'peer'), { recursive: true })
    const fd = openSync(path, 'w')
    writeSync(fd, line(a))
    writeSync(fd, '\n' + line(c), 600 * 1024 * 1024)
    closeSync(fd)
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a, c]))
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.message).toMatch(
      /^1 line in 2026-03\.jsonl \(from peer\) could not be read \(a line longer than 64 KiB\); they could not be copied aside \(they are 600 MB, too large to copy\), so 2026-03\.jsonl is left exactly as it was/
    )
    expect(quarantineFiles(dataDir)).toEqual([])
  }, 60_000)
})

describe('times out of bounds', () => {
  it('does not count an event dated 9999 or 1999, keeps each aside and says why', () => {
    const future = walk('9999-12-31T10:00:00+01:00', 600)
    const past = walk('1999-12-31T10:00:00+01:00', 600)
    writeSegment(dataDir, 'peer', '2026-03.jsonl', jsonl([a, future, b, past, c]))
    const log = openLog()
    const result = log.readAll()
    expect(ids(result.events)).toEqual(ids([a, b, c]))
    const message = result.issues[0]?.message ?? ''
    expect(message).toContain('dated 9999-12-31, after tomorrow')
    expect(message).toContain('dated 1999-12-31, before the year 2000')
    expect(quarantineFiles(dataDir).map((f) => f.bytes.toString())).toEqual([line(future).trim(), line(past).trim()])
    const figures = log.progressFigures({ range: 'all' }).figures
    expect(JSON.stringify(figures).length).toBeLessThan(200_000)
  })

  it('accepts an event dated tomorrow (a clock a little ahead) but not the day after', () => {
    const tomorrow = walk('2026-03-21T23:00:00+01:00')
    const later = walk('2026-03-23T09:00:00+01:00')
    writeSegment(dataDir, 'peer', '2026-03.jsonl', jsonl([tomorrow, later]))
    expect(ids(openLog().readAll().events)).toEqual(ids([tomorrow]))
  })

  it('refuses to append an entry dated after tomorrow, and saves nothing', () => {
    const log = openLog()
    expect(() => log.append({ type: 'walk', minutes: 5, t: '9999-01-01T10:00:00+01:00' })).toThrow(/after tomorrow/)
    expect(readdirSync(dataDir)).toEqual([])
  })
})

describe('line endings', () => {
  it('reads a CR-only file line by line, and keeps only its bad line', () => {
    writeSegment(dataDir, 'peer', '2026-03.jsonl', [line(a), 'oops\n', line(b), line(c)].join('').replace(/\n/g, '\r'))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a, b, c]))
    expect(result.issues[0]?.lines).toEqual([2])
    expect(quarantineFiles(dataDir).map((f) => f.bytes.toString())).toEqual(['oops'])
  })

  it('reads LF, CR and CRLF mixed, with a CRLF split across two chunks counted as one line end', () => {
    const text = line(a).replace('\n', '\r\n') + 'bad\r' + line(b).replace('\n', '\r') + line(c)
    writeSegment(dataDir, 'peer', '2026-03.jsonl', text)
    // Chunks of 7 bytes cut the text everywhere, CRLFs included.
    const result = loadLogFolder(dataDir, {
      upgrade: { offsetAtWallTime: () => 60 },
      quarantine: new Quarantine(dataDir, 'home', now),
      timeBounds: timeBoundsAt(now().getTime()),
      chunkBytes: 7
    })
    expect(ids(result.loaded.map((l) => l.event))).toEqual(ids([a, b, c]))
    expect(result.issues.map((i) => i.lines)).toEqual([[2]])
    expect(result.summary.lines).toBe(4)
  })
})

describe('links planted in the data folder', () => {
  it('skips a month file linked to a private key, never reads or copies it, and says so once', () => {
    writeSegment(dataDir, 'peer', '2026-02.jsonl', line(a))
    symlinkSync(secretPath, devicePath(dataDir, 'peer', '2026-03.jsonl'))
    const log = openLog()
    const first = log.readAll()
    expect(ids(first.events)).toEqual(ids([a]))
    expect(first.issues.map((i) => [i.kind, i.file, i.isNew])).toEqual([
      ['link-skipped', 'devices/peer/2026-03.jsonl', true]
    ])
    expect(first.issues[0]?.message).toContain('Limber does not follow links in its data folder')
    expect(first.summary.filesRead).toEqual(['devices/peer/2026-02.jsonl'])
    expect(log.readAll().issues.map((i) => i.isNew)).toEqual([false])
    expect(quarantineFiles(dataDir)).toEqual([])
    expectNoSecretUnder(dataDir)
  })

  it('skips device folders that are links or loops (devices/loop -> ..) without going into them', () => {
    writeSegment(dataDir, 'peer', '2026-03.jsonl', line(a))
    symlinkSync('..', join(dataDir, 'devices', 'loop'))
    symlinkSync(join(root, 'home', '.ssh'), join(dataDir, 'devices', 'ssh'))
    writeFileSync(join(root, 'home', '.ssh', '2026-03.jsonl'), SECRET)
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a]))
    expect(result.issues.map((i) => [i.kind, i.file])).toEqual([
      ['link-skipped', 'devices/loop'],
      ['link-skipped', 'devices/ssh']
    ])
    expect(result.summary.filesRead).toEqual(['devices/peer/2026-03.jsonl'])
    expectNoSecretUnder(dataDir)
  })

  it('does not read a devices folder that is itself a link', () => {
    const elsewhere = join(root, 'elsewhere')
    writeSegment(elsewhere, 'peer', '2026-03.jsonl', line(a))
    symlinkSync(join(elsewhere, 'devices'), join(dataDir, 'devices'))
    const result = openLog().readAll()
    expect(result.events).toEqual([])
    expect(result.issues.map((i) => [i.kind, i.file])).toEqual([['link-skipped', 'devices']])
  })

  it('reads no device folder named so that no Limber could have written it (-x, _x)', () => {
    writeSegment(dataDir, '-x', '2026-03.jsonl', line(a))
    writeSegment(dataDir, '_x', '2026-03.jsonl', line(b))
    writeSegment(dataDir, 'peer', '2026-03.jsonl', line(c))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([c]))
    expect(result.issues.map((i) => [i.kind, i.file])).toEqual([
      ['stray-file', 'devices/-x'],
      ['stray-file', 'devices/_x']
    ])
  })

  it('refuses to write quarantine copies into a quarantine folder that is a link, and says the original keeps them', () => {
    const outside = join(root, 'outside')
    mkdirSync(outside)
    symlinkSync(outside, join(dataDir, 'quarantine'))
    writeSegment(dataDir, 'peer', '2026-03.jsonl', line(a) + 'oops\n' + line(b))
    const result = openLog().readAll()
    expect(ids(result.events)).toEqual(ids([a, b]))
    expect(result.issues[0]?.message).toContain(
      'could not be copied aside (quarantine is a link, and Limber does not write through links)'
    )
    expect(readdirSync(outside)).toEqual([])
  })

  it("moves aside a link put in place of this computer's own month file, writes a new file, and loses nothing", () => {
    const log = openLog()
    log.append({ type: 'walk', minutes: 5, t: '2026-03-02T08:00:00+01:00' })
    // A peer replaces this computer's month file with a link to the private key.
    const own = devicePath(dataDir, 'home', '2026-03.jsonl')
    const before = readFileSync(own)
    writeFileSync(join(root, 'kept.jsonl'), before)
    rmSync(own)
    symlinkSync(secretPath, own)
    const event = log.append({ type: 'walk', minutes: 7, t: '2026-03-03T08:00:00+01:00' })
    expect(readFileSync(secretPath, 'utf8')).toBe(SECRET)
    expect(lstatSync(own).isFile()).toBe(true)
    expect(readFileSync(own, 'utf8')).toBe(line(event))
    const aside = readdirSync(devicePath(dataDir, 'home')).filter((n) => n.includes('moved-aside'))
    expect(aside).toEqual([expect.stringMatching(/^2026-03\.jsonl\.moved-aside-\d{8}T\d{6}Z\.link$/)])
    expect(readlinkSync(devicePath(dataDir, 'home', aside[0] ?? ''))).toBe(secretPath)
    expect(log.takeNotices()).toEqual([expect.stringContaining('Limber did not write through it')])
    // The moved link is not reported again on every load.
    expect(log.readAll().issues).toEqual([])
    expectNoSecretUnder(dataDir)
  })

  it("moves aside a link put in place of this computer's folder, and writes into a real folder", () => {
    const outside = join(root, 'outside')
    mkdirSync(outside)
    mkdirSync(join(dataDir, 'devices'))
    symlinkSync(outside, join(dataDir, 'devices', 'home'))
    const log = openLog()
    log.append({ type: 'walk', minutes: 5, t: '2026-03-02T08:00:00+01:00' })
    expect(readdirSync(outside)).toEqual([])
    expect(lstatSync(devicePath(dataDir, 'home')).isDirectory()).toBe(true)
    expect(log.readAll().events).toHaveLength(1)
    expect(log.takeNotices()[0]).toMatch(/^devices\/home in the progress log was a link/)
  })
})

describe('a log that cannot be written', () => {
  it('is read-only when asked: append throws the reason and touches nothing', () => {
    const log = ProgressLog.open({ dataDir, deviceId: 'home', now, readOnly: 'The data folder is a file.' })
    expect(() => log.append({ type: 'walk', minutes: 5 })).toThrow(ProgressLogWriteError)
    expect(readdirSync(dataDir)).toEqual([])
  })
})
