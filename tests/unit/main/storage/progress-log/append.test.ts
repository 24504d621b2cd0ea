// Appending: one JSON line per event in this device's month file, stamped with id, local time and
// version, durable on return; a cut-short last line never swallows the next event.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog, ProgressLogWriteError } from '../../../../../src/main/storage/progress-log'
import { formatLocalTimestamp } from '../../../../../src/main/storage/progress-log/local-time'
import { parseTimestamp } from '@shared/progress-events'
import { devicePath, ids, makeTempDir, quarantineFiles, removeTempDir, writeSegment, jsonl, walk } from './log-fixtures'

let dataDir: string
beforeEach(async () => {
  dataDir = await makeTempDir()
})
afterEach(async () => {
  await removeTempDir(dataDir)
})

const clock = new Date('2026-03-02T08:25:00.000Z')
const open = (): ProgressLog => ProgressLog.open({ dataDir, deviceId: 'office', now: () => clock })

function linesOf(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown)
}

describe('appending to the progress log', () => {
  it('writes one JSON line per event into devices/<device>/<year-month>.jsonl', () => {
    const log = open()
    const first = log.append({ type: 'walk', minutes: 15 })
    const second = log.append({ type: 'routine-completed', routineId: 'morning' })
    const file = devicePath(dataDir, 'office', `${formatLocalTimestamp(clock).slice(0, 7)}.jsonl`)
    expect(linesOf(file)).toEqual([first, second])
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true)
  })

  it('stamps each event with a new UUID, schema version 2 and the local time with its UTC offset', () => {
    const event = open().append({ type: 'walk', minutes: 15 })
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(event.v).toBe(2)
    expect(event.t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/)
    expect(parseTimestamp(event.t)?.ms).toBe(clock.getTime())
    expect(open().append({ type: 'walk', minutes: 1 }).id).not.toBe(event.id)
  })

  it('files an event under the month of its own timestamp', () => {
    const log = open()
    log.append({ type: 'walk', minutes: 5, t: '2026-01-31T23:59:00+01:00' })
    log.append({ type: 'walk', minutes: 6, t: '2026-02-01T00:01:00+01:00' })
    log.append({ type: 'walk', minutes: 7, t: '2026-01-15T10:00:00+01:00' })
    expect(readdirSync(devicePath(dataDir, 'office')).sort()).toEqual(['2026-01.jsonl', '2026-02.jsonl'])
    expect(linesOf(devicePath(dataDir, 'office', '2026-01.jsonl'))).toHaveLength(2)
  })

  it('reads back exactly what was appended', () => {
    const log = open()
    const written = [
      log.append({ type: 'walk', minutes: 15, t: '2026-03-02T18:00:00+01:00' }),
      log.append({
        type: 'check-in',
        t: '2026-03-02T21:00:00+01:00',
        backPain: 3,
        legPain: 5,
        furthestPoint: 'thigh',
        numbness: { present: false },
        morningStiffnessMinutes: 10,
        walkingMinutes: 15,
        psfs: [{ activity: 'sit through a meeting', score: 4 }]
      })
    ]
    expect(open().readAll().events).toEqual(written)
  })

  it('rejects an invalid event and writes nothing', () => {
    const log = open()
    expect(() => log.append({ type: 'walk', minutes: -5 })).toThrow()
    // @ts-expect-error an unknown type cannot even be written
    expect(() => log.append({ type: 'swim', minutes: 5 })).toThrow()
    expect(existsSync(devicePath(dataDir, 'office'))).toBe(false)
  })

  it('creates the data folder on the first append when it does not exist yet', () => {
    const fresh = `${dataDir}/not/there/yet`
    const log = ProgressLog.open({ dataDir: fresh, deviceId: 'office', now: () => clock })
    log.append({ type: 'walk', minutes: 15 })
    expect(log.readAll().events).toHaveLength(1)
  })

  it('starts on a new line when the file ends with a line cut short, so both survive', () => {
    const before = walk('2026-03-01T10:00:00+01:00')
    const path = writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([before]))
    appendFileSync(path, '{"v":2,"id":"cut-sh')
    const after = open().append({ type: 'walk', minutes: 5, t: '2026-03-02T10:00:00+01:00' })

    const result = open().readAll()

    expect(ids(result.events)).toEqual(ids([before, after]))
    expect(readFileSync(path, 'utf8')).toBe(jsonl([before]) + '{"v":2,"id":"cut-sh\n' + jsonl([after]))
    expect(quarantineFiles(dataDir).map((f) => f.bytes.toString())).toEqual(['{"v":2,"id":"cut-sh'])
    expect(result.issues.map((i) => i.kind)).toEqual(['unreadable-lines'])
  })

  it('follows the month file when a sync tool replaces it, instead of writing to the old copy', () => {
    const log = open()
    const first = log.append({ type: 'walk', minutes: 1, t: '2026-03-02T10:00:00+01:00' })
    const path = devicePath(dataDir, 'office', '2026-03.jsonl')
    const synced = walk('2026-03-01T10:00:00+01:00')
    writeFileSync(`${path}.sync-tmp`, jsonl([synced, first]))
    renameSync(`${path}.sync-tmp`, path)

    const second = log.append({ type: 'walk', minutes: 2, t: '2026-03-03T10:00:00+01:00' })

    expect(readFileSync(path, 'utf8')).toBe(jsonl([synced, first, second]))
  })

  it('recreates the device folder if it disappears while the app runs', () => {
    const log = open()
    log.append({ type: 'walk', minutes: 1, t: '2026-03-02T10:00:00+01:00' })
    rmSync(devicePath(dataDir, 'office'), { recursive: true })
    const again = log.append({ type: 'walk', minutes: 2, t: '2026-03-03T10:00:00+01:00' })
    expect(ids(open().readAll().events)).toEqual([again.id])
  })

  it('keeps appending to the month file another log instance is also appending to, line by line', () => {
    const a = open()
    const b = open()
    for (let i = 0; i < 20; i++) {
      a.append({ type: 'walk', minutes: i })
      b.append({ type: 'walk', minutes: i })
    }
    const result = open().readAll()
    expect(result.events).toHaveLength(40)
    expect(result.issues).toEqual([])
  })

  it('writes beside the month file when a folder stands in its place, and reads it back', () => {
    mkdirSync(devicePath(dataDir, 'office', '2026-03.jsonl'), { recursive: true })
    const log = open()
    const event = log.append({ type: 'walk', minutes: 15, t: '2026-03-02T18:00:00+01:00' })
    expect(linesOf(devicePath(dataDir, 'office', '2026-03.fallback.jsonl'))).toEqual([event])
    const result = log.readAll()
    expect(ids(result.events)).toEqual([event.id])
    expect(result.issues.map((i) => i.kind)).toEqual(['file-unreadable'])
  })

  it('throws a plain-words error when the event cannot be saved at all', () => {
    // A file where the device folder should be: neither the month file nor its fallback can be created.
    mkdirSync(devicePath(dataDir, ''), { recursive: true })
    appendFileSync(devicePath(dataDir, 'blocked'), 'not a folder')
    const log = ProgressLog.open({ dataDir, deviceId: 'blocked', now: () => clock })
    expect(() => log.append({ type: 'walk', minutes: 5 })).toThrow(ProgressLogWriteError)
    expect(() => log.append({ type: 'walk', minutes: 5 })).toThrow(/Nothing was saved/)
  })

  it('refuses a device id that is not a safe folder name', () => {
    expect(() => ProgressLog.open({ dataDir, deviceId: '../escape' })).toThrow(/cannot be used as a folder name/)
    expect(() => ProgressLog.open({ dataDir, deviceId: '' })).toThrow()
  })
})
