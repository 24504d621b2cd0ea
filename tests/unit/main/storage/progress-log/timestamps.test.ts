// The timestamp every stored event carries: ISO 8601 with the UTC offset, read fast and strictly.
import { describe, expect, it } from 'vitest'
import { parseTimestamp, timestampMs } from '@shared/progress-events'
import { formatLocalTimestamp, localOffsetAtWallTime } from '../../../../../src/main/storage/progress-log/local-time'

describe('reading timestamps', () => {
  it.each([
    ['2026-03-02T09:25:00+01:00', Date.UTC(2026, 2, 2, 8, 25)],
    ['2026-03-02T09:25:00.123+01:00', Date.UTC(2026, 2, 2, 8, 25, 0, 123)],
    ['2026-03-02T09:25+01:00', Date.UTC(2026, 2, 2, 8, 25)],
    ['2026-03-02T09:25:00Z', Date.UTC(2026, 2, 2, 9, 25)],
    ['2026-03-01T23:30:00-05:00', Date.UTC(2026, 2, 2, 4, 30)],
    ['2024-02-29T12:00:00+05:45', Date.UTC(2024, 1, 29, 6, 15)]
  ])('reads %s as the same instant Date.parse does', (text, ms) => {
    expect(timestampMs(text)).toBe(ms)
    expect(Date.parse(text)).toBe(ms)
  })

  it.each([
    '2026-03-02T09:25:00', // no offset
    '2026-02-29T09:25:00+01:00', // not a leap year
    '2026-04-31T09:25:00+01:00',
    '2026-13-01T09:25:00+01:00',
    '2026-03-02T24:00:00+01:00',
    '2026-03-02T09:60:00+01:00',
    '2026-03-02T09:25:00+15:00',
    '2026-03-02 09:25:00+01:00',
    '2026-3-2T09:25:00+01:00',
    '1969-12-31T23:59:00Z',
    'yesterday',
    ''
  ])('refuses %j', (text) => {
    expect(timestampMs(text)).toBeNaN()
    expect(parseTimestamp(text)).toBeNull()
  })

  it('gives the local day and offset as written', () => {
    expect(parseTimestamp('2026-03-01T23:30:00-05:00')).toEqual({
      ms: Date.UTC(2026, 2, 2, 4, 30),
      localDay: '2026-03-01',
      offsetMinutes: -300
    })
  })
})

describe('writing timestamps', () => {
  it('writes local wall-clock time with this machine\u2019s offset, which reads back as the same instant', () => {
    for (const ms of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2026, 2, 29, 1, 30)]) {
      const text = formatLocalTimestamp(new Date(ms))
      expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/)
      expect(timestampMs(text)).toBe(ms)
      expect(localOffsetAtWallTime(text.slice(0, 19))).toBe(-new Date(ms).getTimezoneOffset())
    }
  })
})
