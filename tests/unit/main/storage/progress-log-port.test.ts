import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deviceId, openProgressLog, readDeviceId } from '../../../../src/main/storage/progress-log-port'
import { ProgressLogWriteError } from '../../../../src/main/storage/progress-log'

let dir: string
const clock = { now: () => Date.parse('2026-03-10T09:00:00+01:00') }
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-port-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('opening the progress log at start-up', () => {
  it('keeps one device id for this computer across starts', () => {
    const first = deviceId(dir)
    expect(first).toMatch(/^device-[0-9a-f-]{36}$/)
    expect(deviceId(dir)).toBe(first)
    expect(readFileSync(join(dir, 'device-id'), 'utf8')).toBe(first)
  })

  it('tells the user once about unreadable lines, not again on the next start', () => {
    const id = deviceId(dir)
    const month = join(dir, 'progress', 'devices', id)
    mkdirSync(month, { recursive: true })
    writeFileSync(join(month, '2026-03.jsonl'), 'this is not an event\n')
    const first = openProgressLog(dir, join(dir, 'progress'), clock, 60)
    expect(first.problems).toHaveLength(1)
    expect(first.problems[0]).toMatch(/2026-03\.jsonl/)
    const second = openProgressLog(dir, join(dir, 'progress'), clock, 60)
    expect(second.problems).toEqual([])
  })

  it('reads the recent weeks once and hands their events over, older ones left for Progress', () => {
    const log = openProgressLog(dir, join(dir, 'progress'), clock, 60).log
    log.append({ type: 'walk', t: '2025-12-01T12:00:00+01:00', minutes: 20 })
    log.append({ type: 'walk', t: '2026-03-09T12:00:00+01:00', minutes: 15 })
    const reopened = openProgressLog(dir, join(dir, 'progress'), clock, 60)
    expect(reopened.recent.map((e) => e.t)).toEqual(['2026-03-09T12:00:00+01:00'])
  })

  it('says nothing on a first run with no data folder yet', () => {
    expect(openProgressLog(dir, join(dir, 'progress'), clock, 60).problems).toEqual([])
  })

  it('opens read-only, without throwing, when the data folder is a regular file, and leaves the file alone', () => {
    const progress = join(dir, 'progress')
    writeFileSync(progress, 'not a folder')
    const opened = openProgressLog(dir, progress, clock, 60, { createDataDir: true })
    expect(opened.readOnly).toBe(true)
    expect(opened.recent).toEqual([])
    expect(opened.problems).toEqual([
      expect.stringMatching(
        /^The data folder .*progress is a file, not a folder, so Limber opened the progress log read-only/
      )
    ])
    expect(() => opened.log.append({ type: 'walk', minutes: 5 })).toThrow(ProgressLogWriteError)
    expect(readFileSync(progress, 'utf8')).toBe('not a folder')
  })

  it('creates the default data folder when asked, and not a chosen one on a missing drive', () => {
    const progress = join(dir, 'progress')
    expect(openProgressLog(dir, progress, clock, 60, { createDataDir: true }).readOnly).toBe(false)
    expect(existsSync(progress)).toBe(true)
    const unplugged = join(dir, 'drive', 'Limber')
    openProgressLog(dir, unplugged, clock, 60)
    expect(existsSync(unplugged)).toBe(false)
  })

  it.each(['.', '..', '.x', '-x', '_x', 'a/b', ''])(
    'replaces a stored device id %j that cannot name a folder with a fresh one, keeping the old file',
    (stored) => {
      writeFileSync(join(dir, 'device-id'), stored)
      const first = readDeviceId(dir)
      expect(first.id).toMatch(/^device-[0-9a-f-]{36}$/)
      expect(first.problem).toMatch(
        /^This computer's id in .*device-id held .*, which cannot name a folder\. Limber chose a new id/
      )
      expect(readFileSync(join(dir, 'device-id'), 'utf8')).toBe(first.id)
      const kept = readdirSync(dir).filter((n) => n.startsWith('device-id.invalid-'))
      expect(kept.map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual([stored])
      expect(readDeviceId(dir)).toEqual({ id: first.id, problem: null })
    }
  )

  it('starts with a fresh id for this session when device-id is a folder, and says so', () => {
    mkdirSync(join(dir, 'device-id'))
    const opened = openProgressLog(dir, join(dir, 'progress'), clock, 60, { createDataDir: true })
    expect(opened.problems[0]).toMatch(/device-id is a folder, not the small file holding this computer's id/)
    const event = opened.log.append({ type: 'walk', minutes: 5, t: '2026-03-10T08:00:00+01:00' })
    expect(opened.log.readAll().events).toEqual([event])
    expect(readdirSync(join(dir, 'device-id'))).toEqual([])
  })

  it('never reads a device-id that is a link, and replaces it', () => {
    const secret = join(dir, 'secret')
    writeFileSync(secret, 'home')
    symlinkSync(secret, join(dir, 'device-id'))
    const result = readDeviceId(dir)
    expect(result.id).not.toBe('home')
    expect(result.problem).toContain('was a link to somewhere else')
    expect(readFileSync(secret, 'utf8')).toBe('home')
  })

  it("moves aside a link planted as this month's file at start-up and tells the user", () => {
    const id = deviceId(dir)
    const secret = join(dir, 'secret')
    writeFileSync(secret, 'private')
    mkdirSync(join(dir, 'progress', 'devices', id), { recursive: true })
    symlinkSync(secret, join(dir, 'progress', 'devices', id, '2026-03.jsonl'))
    const opened = openProgressLog(dir, join(dir, 'progress'), clock, 60)
    expect(opened.problems).toEqual([expect.stringContaining('Limber did not write through it')])
    opened.log.append({ type: 'walk', minutes: 5, t: '2026-03-10T08:00:00+01:00' })
    expect(readFileSync(secret, 'utf8')).toBe('private')
  })

  it('opens and loads, without throwing, a log holding a line nested 1,500 levels deep', () => {
    const id = deviceId(dir)
    const folder = join(dir, 'progress', 'devices', 'peer')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      join(folder, '2026-03.jsonl'),
      `{"v":2,"id":"x","t":"2026-03-09T10:00:00+01:00","type":"settings-changed","changes":{"a":${'{"b":'.repeat(1500)}1${'}'.repeat(1500)}}}\n`
    )
    const opened = openProgressLog(dir, join(dir, 'progress'), clock, 60)
    expect(opened.log.deviceId).toBe(id)
    expect(opened.problems).toEqual([expect.stringContaining('nested more than 32 levels deep')])
  })
})
