import { describe, expect, it } from 'vitest'
import {
  EXTENSION_EXERCISE_IDS,
  exerciseAvailability,
  extensionBlocked,
  freshCheckIns,
  getExercise,
  resolveRoutine,
  findBuiltInRoutine,
  SHARP_EXTENSION_MESSAGE,
  type GatingContext,
  type TimedCheckIn
} from '@shared/content'

const sharpPressUp = { exerciseId: 'prone-press-up', rating: 'sharp' as const, t: '2026-03-05T08:00:00.000Z' }
const checkIn = (t: string, furthestPoint: TimedCheckIn['furthestPoint']): TimedCheckIn => ({ t, furthestPoint })

describe('the peripheralisation rule', () => {
  it('knows the three extension exercises', () => {
    expect([...EXTENSION_EXERCISE_IDS].sort()).toEqual(['prone-on-elbows', 'prone-press-up', 'standing-back-extension'])
  })

  it('blocks extension after a sharp rating on one, even when the check-ins before it were centralizing', () => {
    const before = [checkIn('2026-03-03T08:00:00.000Z', 'foot'), checkIn('2026-03-04T08:00:00.000Z', 'thigh')]
    expect(extensionBlocked([], before)).toBe(false)
    expect(extensionBlocked([sharpPressUp], before)).toBe(true)
  })

  it('does not block for sharp on a non-extension exercise, nor for sore on an extension one', () => {
    expect(extensionBlocked([{ ...sharpPressUp, exerciseId: 'cat-cow' }], [])).toBe(false)
    expect(extensionBlocked([{ ...sharpPressUp, rating: 'sore' }], [])).toBe(false)
  })

  it('lifts only when a later check-in shows the pain centralizing again', () => {
    const unchanged = [checkIn('2026-03-05T18:00:00.000Z', 'thigh'), checkIn('2026-03-06T18:00:00.000Z', 'thigh')]
    expect(extensionBlocked([sharpPressUp], unchanged)).toBe(true)
    const centralizing = [...unchanged, checkIn('2026-03-07T18:00:00.000Z', 'buttock')]
    expect(extensionBlocked([sharpPressUp], centralizing)).toBe(false)
  })

  it('does not let a same-day check-in lift a rating known only by its day', () => {
    const dayOnly = { ...sharpPressUp, t: '2026-03-05' }
    const sameDay = [checkIn('2026-03-04T08:00:00.000Z', 'foot'), checkIn('2026-03-05T07:00:00.000Z', 'thigh')]
    expect(extensionBlocked([dayOnly], sameDay)).toBe(true)
  })

  it('leaves extension out of the plan with the reason in plain words', () => {
    const ctx: GatingContext = {
      latestSymptomTrend: 'centralizing',
      flare: false,
      safetyStop: false,
      phase: 1,
      extensionBlocked: true
    }
    expect(exerciseAvailability(getExercise('prone-press-up'), ctx)).toEqual({
      allowed: false,
      reason: 'sharp-extension',
      message: SHARP_EXTENSION_MESSAGE
    })
    expect(exerciseAvailability(getExercise('knee-to-chest'), ctx).allowed).toBe(true)
    const plan = resolveRoutine(findBuiltInRoutine('morning')!, ctx)
    expect(plan.skipped).toEqual([
      { index: 0, exerciseId: 'prone-press-up', reason: 'sharp-extension', message: SHARP_EXTENSION_MESSAGE }
    ])
    expect(SHARP_EXTENSION_MESSAGE).toMatch(/felt sharp/)
    expect(SHARP_EXTENSION_MESSAGE).toMatch(/check-in shows your pain moving toward your back/)
  })
})

describe('fresh check-ins', () => {
  it('keeps only the last 14 days, oldest first', () => {
    const list = [
      checkIn('2026-03-20T08:00:00.000Z', 'calf'),
      checkIn('2026-03-01T08:00:00.000Z', 'foot'),
      checkIn('2026-03-07T08:00:00.000Z', 'thigh')
    ]
    expect(freshCheckIns(list, '2026-03-20').map((c) => c.t.slice(0, 10))).toEqual(['2026-03-07', '2026-03-20'])
    expect(freshCheckIns(list, '2026-04-20')).toEqual([])
  })
})
