// Old files stay as they are on disk; their events are upgraded to the current schema as they are read.
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog } from '../../../../../src/main/storage/progress-log'
import { localOffsetAtWallTime } from '../../../../../src/main/storage/progress-log/local-time'
import { jsonl, makeTempDir, removeTempDir, writeSegment } from './log-fixtures'

let dataDir: string
beforeEach(async () => {
  dataDir = await makeTempDir()
})
afterEach(async () => {
  await removeTempDir(dataDir)
})

// Central European time: +01:00 in winter, +02:00 from the last Sunday of March.
const paris = (wallTime: string): number => (wallTime >= '2025-03-30T02:00' && wallTime < '2025-10-26T03:00' ? 120 : 60)

const v1CheckIn = {
  v: 1,
  id: '0b5e3f0a-5f0e-4a47-9a3c-1c2d3e4f5a6b',
  t: '2025-06-01T21:15:00',
  type: 'check-in',
  backPain: 4,
  legPain: 6,
  furthestPoint: 'calf',
  numbness: { present: true, where: 'outer calf' },
  stiffnessMinutes: 20,
  walkMinutes: 35,
  psfs: [{ activity: 'drive 30 min', score: 3 }]
}
const v1Answer = {
  v: 1,
  id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  t: '2025-01-10T10:30:00',
  type: 'break-answer',
  answer: 'in-meeting'
}
const v1Bout = {
  v: 1,
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  t: '2025-01-10T10:25:00',
  type: 'sitting-bout',
  start: '2025-01-10T09:55:00',
  end: '2025-01-10T10:25:00',
  minutes: 30
}

describe('reading events written by version 1', () => {
  it('upgrades a v1 check-in: adds the local offset of its time and renames the old fields', () => {
    writeSegment(dataDir, 'home', '2025-06.jsonl', jsonl([v1CheckIn]))
    const result = ProgressLog.open({ dataDir, deviceId: 'home', offsetAtWallTime: paris }).readAll()
    expect(result.issues).toEqual([])
    expect(result.summary.upgraded).toBe(1)
    expect(result.events).toEqual([
      {
        v: 2,
        id: v1CheckIn.id,
        t: '2025-06-01T21:15:00+02:00',
        type: 'check-in',
        backPain: 4,
        legPain: 6,
        furthestPoint: 'calf',
        numbness: { present: true, where: 'outer calf' },
        morningStiffnessMinutes: 20,
        walkingMinutes: 35,
        psfs: [{ activity: 'drive 30 min', score: 3 }]
      }
    ])
  })

  it('upgrades every time field and the old "in-meeting" answer, in winter time', () => {
    writeSegment(dataDir, 'office', '2025-01.jsonl', jsonl([v1Bout, v1Answer]))
    const events = ProgressLog.open({ dataDir, deviceId: 'home', offsetAtWallTime: paris }).readAll().events
    expect(events).toEqual([
      {
        ...v1Bout,
        v: 2,
        t: '2025-01-10T10:25:00+01:00',
        start: '2025-01-10T09:55:00+01:00',
        end: '2025-01-10T10:25:00+01:00'
      },
      { ...v1Answer, v: 2, t: '2025-01-10T10:30:00+01:00', answer: 'meeting' }
    ])
  })

  it('leaves the old file byte for byte as it was', () => {
    const path = writeSegment(dataDir, 'home', '2025-06.jsonl', jsonl([v1CheckIn]))
    ProgressLog.open({ dataDir, deviceId: 'home', offsetAtWallTime: paris }).readAll()
    expect(readFileSync(path, 'utf8')).toBe(jsonl([v1CheckIn]))
  })

  it('uses this machine’s time zone by default', () => {
    writeSegment(dataDir, 'home', '2025-06.jsonl', jsonl([v1CheckIn]))
    const [event] = ProgressLog.open({ dataDir, deviceId: 'home' }).readAll().events
    const offset = localOffsetAtWallTime(v1CheckIn.t)
    const sign = offset < 0 ? '-' : '+'
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
    const mm = String(Math.abs(offset) % 60).padStart(2, '0')
    expect(event?.t).toBe(`${v1CheckIn.t}${sign}${hh}:${mm}`)
  })

  it('sets aside a v1 event that is still invalid after the upgrade, and loads the rest', () => {
    const broken = { ...v1CheckIn, id: '2b5e3f0a-5f0e-4a47-9a3c-1c2d3e4f5a6b', backPain: 14 }
    writeSegment(dataDir, 'home', '2025-06.jsonl', jsonl([broken, v1CheckIn]))
    const result = ProgressLog.open({ dataDir, deviceId: 'home', offsetAtWallTime: paris }).readAll()
    expect(result.events.map((e) => e.id)).toEqual([v1CheckIn.id])
    expect(result.issues[0]?.message).toContain('backPain')
  })
})
