// Exporting a date range as CSV (for a spreadsheet or a physiotherapist) or as JSON (importable).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProgressLog } from '../../../../../src/main/storage/progress-log'
import { progressEventSchema } from '@shared/progress-events'
import { jsonl, makeTempDir, removeTempDir, walk, writeSegment } from './log-fixtures'

let dataDir: string
beforeEach(async () => {
  dataDir = await makeTempDir()
})
afterEach(async () => {
  await removeTempDir(dataDir)
})

const open = (): ProgressLog => ProgressLog.open({ dataDir, deviceId: 'home' })

describe('exporting a range', () => {
  it('writes CSV with a header, one row per event in the range, and quotes what needs quoting', () => {
    const inRange = {
      ...walk('2026-03-05T10:00:00+01:00'),
      type: 'break-answer' as const,
      answer: 'skipped' as const,
      reason: '=HYPERLINK("x"), then "lunch"'
    }
    const { minutes: _minutes, ...answer } = inRange
    writeSegment(dataDir, 'home', '2026-02.jsonl', jsonl([walk('2026-02-05T10:00:00+01:00')]))
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([answer, walk('2026-03-06T10:00:00+01:00', 25)]))

    const csv = open().exportRange('2026-03-01T00:00:00+01:00', '2026-03-06T00:00:00+01:00', 'csv').text

    const rows = csv.split('\r\n')
    expect(rows[0]).toBe('time,type,id,details')
    expect(rows).toHaveLength(3) // header, one event, trailing empty string after the last CRLF
    expect(rows[1]).toBe(
      `2026-03-05T10:00:00+01:00,break-answer,${answer.id},` +
        '"{""answer"":""skipped"",""reason"":""=HYPERLINK(\\""x\\""), then \\""lunch\\""""}"'
    )
  })

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl([{ ...walk('2026-03-05T10:00:00+01:00'), id: '=1+1' }]))
    const csv = open().exportRange('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'csv').text
    expect(csv.split('\r\n')[1]).toContain(",'=1+1,")
  })

  it('writes JSON as an array of valid events in time order', () => {
    const events = [walk('2026-03-06T10:00:00+01:00'), walk('2026-03-05T10:00:00+01:00')]
    writeSegment(dataDir, 'home', '2026-03.jsonl', jsonl(events))
    const json = open().exportRange(new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'), 'json').text
    const parsed = JSON.parse(json) as unknown[]
    expect(parsed).toEqual([events[1], events[0]])
    expect(parsed.every((e) => progressEventSchema.safeParse(e).success)).toBe(true)
  })

  it('exports an empty range as a header only, or an empty array', () => {
    expect(open().exportRange('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'csv')).toEqual({
      text: 'time,type,id,details\r\n',
      entries: 0
    })
    expect(open().exportRange('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'json')).toEqual({
      text: '[]\n',
      entries: 0
    })
  })
})
