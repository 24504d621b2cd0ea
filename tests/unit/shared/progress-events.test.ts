// Every event record has bounded sizes and times, so no line on disk or payload over IPC can make
// the log large, slow or wrong; the checks never recurse, so no depth of input overflows the stack.
import { describe, expect, it } from 'vitest'
import {
  EARLIEST_EVENT_MS,
  WARNING_SIGNS,
  isBoundedJson,
  progressEventSchema,
  timeBoundsAt,
  timeOutOfBounds
} from '@shared/progress-events'

const base = { v: 2, id: 'e1', t: '2026-03-02T09:25:00+01:00' }

describe('bounded event records', () => {
  it('accepts the safety answers of every warning sign once, and refuses a longer list', () => {
    const all = { ...base, type: 'safety-answers', signs: [...WARNING_SIGNS] }
    expect(progressEventSchema.safeParse(all).success).toBe(true)
    expect(progressEventSchema.safeParse({ ...all, signs: [...WARNING_SIGNS, 'both-legs'] }).success).toBe(false)
  })

  it('accepts an ordinary settings change and refuses one with too many settings or too big a value', () => {
    const change = (changes: unknown) => progressEventSchema.safeParse({ ...base, type: 'settings-changed', changes })
    expect(change({ flareMode: true, sitLimitMinutes: 40, days: ['mon', 'tue'] }).success).toBe(true)
    expect(change(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))).success).toBe(false)
    expect(change({ note: 'x'.repeat(2001) }).success).toBe(false)
    expect(change({ list: Array.from({ length: 201 }, () => 1) }).success).toBe(false)
  })

  it('refuses a value nested 100,000 levels deep without overflowing the stack', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(isBoundedJson(deep)).toBe(false)
    expect(progressEventSchema.safeParse({ ...base, type: 'settings-changed', changes: { deep } }).success).toBe(false)
  })

  it('refuses a timestamp padded past any real one', () => {
    expect(
      progressEventSchema.safeParse({ ...base, type: 'walk', minutes: 5, t: `${base.t}${' '.repeat(100)}` }).success
    ).toBe(false)
  })
})

describe('time bounds', () => {
  const bounds = timeBoundsAt(Date.parse('2026-03-20T10:00:00Z'))

  it('lets through every time from 2000 to the end of tomorrow in any zone', () => {
    expect(bounds.earliestMs).toBe(EARLIEST_EVENT_MS)
    expect(timeOutOfBounds({ t: '2000-01-01T00:00:00Z' }, bounds)).toBeNull()
    expect(timeOutOfBounds({ t: '2026-03-22T23:59:00+14:00' }, bounds)).toBeNull()
  })

  it('names the first out-of-bounds time, in t or in any other time field', () => {
    expect(timeOutOfBounds({ t: '9999-12-31T10:00:00+01:00' }, bounds)).toBe(
      "dated 9999-12-31, after tomorrow; a computer's clock may be wrong"
    )
    expect(timeOutOfBounds({ t: '2026-03-02T09:00:00+01:00', start: '1970-01-01T00:00:00Z' }, bounds)).toBe(
      'dated 1970-01-01, before the year 2000'
    )
  })
})
