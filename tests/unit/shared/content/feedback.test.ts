import { describe, expect, it } from 'vitest'
import {
  applyFeedback,
  exercisesToDialBack,
  findBuiltInRoutine,
  needsDialBack,
  recentSharpFeedback,
  resolveRoutine,
  type FeedbackHistory
} from '@shared/content'

const session = (sessionId: string, date: string, entries: FeedbackHistory['entries'] = []): FeedbackHistory => ({
  sessionId,
  date,
  entries
})

describe('applyFeedback', () => {
  it('takes fine quietly and calls mild soreness normal', () => {
    const fine = applyFeedback(session('s1', '2026-03-02'), 'cat-cow', 'fine')
    expect(fine).toMatchObject({ message: null, dialBack: false, endSession: false, linkToSafety: false })
    const sore = applyFeedback(session('s1', '2026-03-02'), 'cat-cow', 'sore')
    expect(sore.message).toMatch(/normal/)
    expect(sore.endSession).toBe(false)
  })

  it('records the rating with the session and its date', () => {
    const outcome = applyFeedback(session('s1', '2026-03-02'), 'cat-cow', 'fine')
    expect(outcome.entry).toEqual({ sessionId: 's1', date: '2026-03-02', exerciseId: 'cat-cow', rating: 'fine' })
    expect(outcome.history.entries).toEqual([outcome.entry])
  })

  it('after one sharp rating says to dial back now, and next time starts at the gentler variant', () => {
    const outcome = applyFeedback(session('s1', '2026-03-02'), 'knee-to-chest', 'sharp')
    expect(outcome).toMatchObject({ dialBack: true, endSession: false })
    expect(outcome.message).toMatch(/^Dial back now/)
    const entries = outcome.history.entries
    expect(needsDialBack(entries, 'knee-to-chest')).toBe(true)
    expect(needsDialBack(entries, 'cat-cow')).toBe(false)

    const morning = findBuiltInRoutine('morning')
    if (!morning) throw new Error('no morning routine')
    const ctx = {
      latestSymptomTrend: 'unknown',
      flare: false,
      safetyStop: false,
      phase: 1,
      dialBackIds: exercisesToDialBack(entries)
    } as const
    const knee = resolveRoutine(morning, ctx).items.find((i) => i.exercise.id === 'knee-to-chest')
    expect(knee?.gentler).toBe(true)
    expect(knee?.dose.holdSeconds).toBe(15)
  })

  it('ends the session kindly, with a link to Safety, on a second sharp rating in one session', () => {
    const first = applyFeedback(session('s1', '2026-03-02'), 'knee-to-chest', 'sharp')
    const second = applyFeedback(first.history, 'pelvic-tilt', 'sharp')
    expect(second).toMatchObject({ endSession: true, linkToSafety: true })
    expect(second.message).toMatch(/rests until tomorrow/)
    expect(second.message).toMatch(/Safety/)
  })

  it('does not end a session for sharp ratings that came in different sessions', () => {
    const yesterday = applyFeedback(session('s1', '2026-03-01'), 'knee-to-chest', 'sharp')
    const today = applyFeedback(session('s2', '2026-03-02', yesterday.history.entries), 'knee-to-chest', 'sharp')
    expect(today.endSession).toBe(false)
    expect(today.dialBack).toBe(true)
  })

  it('lifts the dial-back after two calm ratings of that exercise', () => {
    let history = applyFeedback(session('s1', '2026-03-01'), 'cat-cow', 'sharp').history
    history = applyFeedback({ ...history, sessionId: 's2' }, 'cat-cow', 'sore').history
    expect(needsDialBack(history.entries, 'cat-cow')).toBe(true)
    history = applyFeedback({ ...history, sessionId: 's3' }, 'cat-cow', 'fine').history
    expect(needsDialBack(history.entries, 'cat-cow')).toBe(false)
  })
})

describe('recentSharpFeedback', () => {
  it('counts sharp ratings from the last 7 days only', () => {
    const entries = [{ sessionId: 's1', date: '2026-03-02', exerciseId: 'cat-cow', rating: 'sharp' as const }]
    expect(recentSharpFeedback(entries, '2026-03-08')).toBe(true)
    expect(recentSharpFeedback(entries, '2026-03-09')).toBe(false)
    expect(recentSharpFeedback([{ ...entries[0]!, rating: 'sore' }], '2026-03-03')).toBe(false)
  })
})

describe('stops for the day', () => {
  it('holds once two sharp ratings fall on one day, across sessions, and lifts the next day', async () => {
    const { stoppedForTheDay } = await import('@shared/content')
    const entry = (sessionId: string, date: string, rating: 'fine' | 'sharp') => ({
      sessionId,
      date,
      exerciseId: 'cat-cow',
      rating
    })
    const one = [entry('a', '2026-03-02', 'sharp'), entry('a', '2026-03-02', 'fine')]
    expect(stoppedForTheDay(one, '2026-03-02')).toBe(false)
    const two = [...one, entry('b', '2026-03-02', 'sharp')]
    expect(stoppedForTheDay(two, '2026-03-02')).toBe(true)
    expect(stoppedForTheDay(two, '2026-03-03')).toBe(false)
  })
})
