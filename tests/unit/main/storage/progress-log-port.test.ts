import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deviceId, openProgressLog } from '../../../../src/main/storage/progress-log-port'

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
})
