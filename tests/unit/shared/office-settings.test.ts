// The work-period rules: overlapping periods and work hours with no day are refused in plain words, and
// "Add a work period" is offered a period that fits.
import { describe, expect, it } from 'vitest'
import { DEFAULT_OFFICE_SETTINGS, freeWorkPeriod, officeSettingsSchema } from '@shared/office-settings'

const withHours = (workHours: object) => ({ ...DEFAULT_OFFICE_SETTINGS, workHours })
const messages = (value: unknown) => {
  const parsed = officeSettingsSchema.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])
}

describe('office settings', () => {
  it('refuses a period that overlaps another, naming the later one at its start', () => {
    const ranges = [
      { start: '09:00', end: '17:30' },
      { start: '13:00', end: '17:00' }
    ]
    expect(messages(withHours({ enabled: true, days: [1], ranges }))).toEqual([
      ['workHours.ranges.1.start', 'Work period 2 overlaps another one. Change its times or remove it.']
    ])
  })

  it('accepts periods that only touch, in any order', () => {
    const ranges = [
      { start: '13:00', end: '17:00' },
      { start: '08:00', end: '13:00' }
    ]
    expect(messages(withHours({ enabled: true, days: [1], ranges }))).toEqual([])
  })

  it('refuses an empty period and work hours with no day, but not no day while work hours are off', () => {
    expect(messages(withHours({ enabled: false, days: [1], ranges: [{ start: '10:00', end: '10:00' }] }))).toEqual([
      ['workHours.ranges.0.end', 'A work period must end after it starts.']
    ])
    expect(messages(withHours({ enabled: true, days: [], ranges: [{ start: '09:00', end: '10:00' }] }))).toEqual([
      ['workHours.days', 'Choose at least one work day, or turn work hours off.']
    ])
    expect(messages(withHours({ enabled: false, days: [], ranges: [{ start: '09:00', end: '10:00' }] }))).toEqual([])
  })

  it('says what to enter instead of the schema’s own words', () => {
    expect(messages({ ...DEFAULT_OFFICE_SETTINGS, snoozeMinutes: Number.NaN, meetingMaxMinutes: 500 })).toEqual([
      ['snoozeMinutes', 'Enter a whole number from 1 to 30.'],
      ['meetingMaxMinutes', 'At most 240 minutes.']
    ])
    expect(messages({ ...DEFAULT_OFFICE_SETTINGS, maxSnoozesInRow: 0, breakLengthMinutes: 1.5 })).toEqual([
      ['breakLengthMinutes', 'Use a whole number from 1 to 15, without decimals.'],
      ['maxSnoozesInRow', 'At least 1 snooze.']
    ])
  })

  it('offers a free period after the last one, else in a gap before, and none when the day is full', () => {
    expect(freeWorkPeriod([{ start: '09:00', end: '17:30' }])).toEqual({ start: '17:30', end: '21:30' })
    expect(
      freeWorkPeriod([
        { start: '13:00', end: '23:30' },
        { start: '06:00', end: '12:00' }
      ])
    ).toEqual({ start: '12:00', end: '13:00' })
    expect(freeWorkPeriod([{ start: '00:30', end: '23:30' }])).toBeNull()
    for (const ranges of [[{ start: '09:00', end: '17:30' }], [{ start: '20:00', end: '23:59' }]]) {
      const offered = freeWorkPeriod(ranges)!
      expect(messages(withHours({ enabled: true, days: [1], ranges: [...ranges, offered] }))).toEqual([])
    }
  })
})
