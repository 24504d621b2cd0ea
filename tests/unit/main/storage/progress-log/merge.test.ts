// Two or three computers sharing one synced data folder: every device folder and every sync copy is
// merged, each event appears once, in time order, and a range read opens only the months it needs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog } from '../../../../../src/main/storage/progress-log'
import { computeProgressFigures } from '@shared/progress-stats'
import { checkIn, ids, jsonl, makeTempDir, removeTempDir, routineCompleted, walk, writeSegment } from './log-fixtures'

let dataDir: string
beforeEach(async () => {
  dataDir = await makeTempDir()
})
afterEach(async () => {
  await removeTempDir(dataDir)
})

const open = (deviceId = 'laptop'): ProgressLog =>
  ProgressLog.open({ dataDir, deviceId, now: () => new Date('2026-06-20T12:00:00Z') })

describe('merging device folders', () => {
  it('merges three device folders, drops the duplicates and sorts by time', () => {
    const office1 = walk('2026-03-02T12:30:00+01:00')
    const office2 = walk('2026-03-04T12:30:00+01:00')
    const home1 = checkIn('2026-03-02T21:00:00+01:00')
    const home2 = routineCompleted('2026-03-03T07:10:00+01:00')
    const laptop1 = walk('2026-03-03T18:00:00+01:00')
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([office1, office2]))
    // home imported office1 once (an import appends the same event to its own folder)
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([home1, office1, home2]))
    writeSegment(dataDir, 'laptop', '2026-03.jsonl', jsonl([laptop1, home2]))

    const result = open().readAll()

    expect(ids(result.events)).toEqual(ids([office1, home1, home2, laptop1, office2]))
    expect(result.summary.duplicatesDropped).toBe(2)
    expect(result.issues).toEqual([])
  })

  it('orders events by instant across time zones, not by their text', () => {
    const tokyo = walk('2026-03-05T08:00:00+09:00') // 23:00 UTC on the 4th
    const london = walk('2026-03-04T22:00:00+00:00')
    writeSegment(dataDir, 'travel-laptop', '2026-03.jsonl', jsonl([tokyo]))
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([london]))
    expect(ids(open().readAll().events)).toEqual(ids([london, tokyo]))
  })

  it.each([
    '2026-03 (conflicted copy).jsonl',
    "2026-03 (Alice's conflicted copy 2026-03-05).jsonl",
    '2026-03-Conflict.jsonl',
    '2026-03.sync-conflict-20260305-101010-ABCDEFG.jsonl',
    '2026-03-DESKTOP-7Q1.jsonl',
    '2026-03 (1).jsonl'
  ])('merges the sync copy "%s" with its segment instead of ignoring it', (copyName) => {
    const shared = walk('2026-03-02T12:30:00+01:00')
    const onlyInSegment = walk('2026-03-03T12:30:00+01:00')
    const onlyInCopy = walk('2026-03-04T12:30:00+01:00')
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([shared, onlyInSegment]))
    writeSegment(dataDir, 'office', copyName, jsonl([shared, onlyInCopy]))

    const result = open().readAll()

    expect(ids(result.events)).toEqual(ids([shared, onlyInSegment, onlyInCopy]))
    expect(result.summary.filesRead).toContain(`devices/office/${copyName}`)
    expect(result.issues).toEqual([])
  })

  it('merges copies from two devices with conflict copies on both sides, every event once', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      walk(`2026-03-${String(i + 1).padStart(2, '0')}T12:00:00+01:00`)
    )
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl(events.slice(0, 6)))
    writeSegment(dataDir, 'office', '2026-03 (conflicted copy).jsonl', jsonl(events.slice(3, 8)))
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl(events.slice(6, 12)))
    writeSegment(dataDir, 'home', '2026-03.sync-conflict-20260305-101010-ABCDEFG.jsonl', jsonl(events.slice(0, 12)))

    const result = open().readAll()

    expect(ids(result.events)).toEqual(ids(events))
    // 3 in office's copy, 2 of home's own (office's copy had them first), all 12 in home's copy
    expect(result.summary.duplicatesDropped).toBe(3 + 2 + 12)
  })

  it('lets two machines append to one folder and each read what the other wrote', () => {
    const office = open('office')
    const home = open('home')
    const a = office.append({ type: 'walk', minutes: 10, t: '2026-03-02T12:00:00+01:00' })
    const b = home.append({ type: 'walk', minutes: 20, t: '2026-03-02T19:00:00+01:00' })
    expect(ids(office.readAll().events)).toEqual(ids([a, b]))
    expect(ids(home.readAll().events)).toEqual(ids([a, b]))
  })
})

describe('reading a date range', () => {
  beforeEach(() => {
    writeSegment(dataDir, 'office', '2026-01.jsonl', jsonl([walk('2026-01-15T12:00:00+01:00')]))
    writeSegment(
      dataDir,
      'office',
      '2026-02.jsonl',
      jsonl([walk('2026-02-15T12:00:00+01:00'), walk('2026-02-28T23:30:00-05:00')])
    )
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([walk('2026-03-15T12:00:00+01:00')]))
    writeSegment(dataDir, 'office', '2026-03 (conflicted copy).jsonl', jsonl([walk('2026-03-16T12:00:00+01:00')]))
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([walk('2026-03-17T12:00:00+01:00')]))
    writeSegment(dataDir, 'home', '2026-05.jsonl', jsonl([walk('2026-05-01T12:00:00+02:00')]))
  })

  it('opens only the month files (and their copies) that can hold events in the range', () => {
    const result = open().readAll({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' })
    expect(result.summary.filesRead).toEqual([
      'devices/office/2026-02.jsonl',
      'devices/home/2026-03.jsonl',
      'devices/office/2026-03.jsonl',
      'devices/office/2026-03 (conflicted copy).jsonl'
    ])
    // February's file was opened only because its last event, in New York time, is already 1 March in Paris.
    expect(result.events.map((e) => e.t)).toEqual([
      '2026-02-28T23:30:00-05:00',
      '2026-03-15T12:00:00+01:00',
      '2026-03-16T12:00:00+01:00',
      '2026-03-17T12:00:00+01:00'
    ])
  })

  it('includes the start of the range and excludes its end', () => {
    const result = open().readAll({ from: new Date('2026-03-15T11:00:00Z'), to: new Date('2026-03-17T11:00:00Z') })
    expect(result.events.map((e) => e.t)).toEqual(['2026-03-15T12:00:00+01:00', '2026-03-16T12:00:00+01:00'])
  })

  it('does not open files outside the range, so damage there is not even noticed', () => {
    writeSegment(dataDir, 'office', '2025-06.jsonl', 'garbage\n')
    const result = open().readAll({ from: '2026-05-01T00:00:00+02:00' })
    expect(result.issues).toEqual([])
    expect(result.summary.filesRead).toEqual(['devices/home/2026-05.jsonl'])
  })
})

describe('figures straight from disk', () => {
  it('gives the same figures streamed as computed from readAll, duplicates and copies included', () => {
    const events = [
      checkIn('2026-03-01T21:00:00+01:00', { backPain: 6, furthestPoint: 'calf' }),
      routineCompleted('2026-03-02T07:00:00+01:00'),
      walk('2026-03-02T18:00:00+01:00', 30),
      checkIn('2026-03-03T21:00:00+01:00', { backPain: 3, furthestPoint: 'thigh' }),
      routineCompleted('2026-03-04T07:00:00+01:00')
    ]
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl(events))
    writeSegment(dataDir, 'home', '2026-03 (conflicted copy).jsonl', jsonl(events.slice(1, 3)))
    writeSegment(dataDir, 'office', '2026-03.jsonl', jsonl([walk('2026-03-04T12:00:00+01:00', 10), events[2] ?? {}]))
    const log = open()
    const now = '2026-03-05T10:00:00+01:00'

    const streamed = log.progressFigures({ range: 'all', now })
    const computed = computeProgressFigures(log.readAll().events, { range: 'all', now })

    expect(streamed.figures).toEqual(computed)
    expect(streamed.figures.walking.totalMinutes).toBe(40 + 10 + 10)
    expect(streamed.figures.streak).toEqual({ current: 2, best: 2, lastActiveDay: '2026-03-04' })
  })
})
