import { describe, expect, it } from 'vitest'
import {
  CATALOGUE,
  exerciseAvailability,
  FLARE_MODE_ADVICE,
  getExercise,
  isExerciseAllowed,
  type GatingContext
} from '@shared/content'

const context = (over: Partial<GatingContext> = {}): GatingContext => ({
  latestSymptomTrend: 'unknown',
  flare: false,
  safetyStop: false,
  phase: 4,
  ...over
})
const EXTENSION = ['prone-on-elbows', 'prone-press-up', 'standing-back-extension']
const allowedIds = (ctx: GatingContext) => CATALOGUE.filter((e) => isExerciseAllowed(e, ctx)).map((e) => e.id)

describe('centralization gating', () => {
  it('offers extension exercises when the latest check-in says the pain is centralizing', () => {
    for (const id of EXTENSION) {
      expect(isExerciseAllowed(getExercise(id), context({ latestSymptomTrend: 'centralizing' })), id).toBe(true)
    }
  })

  it('withholds them when the pain moves down the leg, stays put, or is not known', () => {
    for (const trend of ['peripheralizing', 'unchanged', 'unknown', 'not-enough-data'] as const) {
      for (const id of EXTENSION) {
        expect(isExerciseAllowed(getExercise(id), context({ latestSymptomTrend: trend })), `${id} ${trend}`).toBe(false)
      }
    }
  })

  it('tells the user why, naming pain spreading down the leg when that is the reason', () => {
    const result = exerciseAvailability(
      getExercise('prone-press-up'),
      context({ latestSymptomTrend: 'peripheralizing' })
    )
    expect(result).toMatchObject({ allowed: false, reason: 'not-centralizing' })
    expect(result.allowed ? '' : result.message).toMatch(/spreading down the leg/)
  })

  it('leaves ungated exercises alone whatever the trend', () => {
    expect(isExerciseAllowed(getExercise('cat-cow'), context({ latestSymptomTrend: 'peripheralizing' }))).toBe(true)
  })
})

describe('phase unlocks', () => {
  it('keeps strength exercises locked before phase 3', () => {
    expect(exerciseAvailability(getExercise('bird-dog'), context({ phase: 2 }))).toMatchObject({
      allowed: false,
      reason: 'locked'
    })
    expect(isExerciseAllowed(getExercise('bird-dog'), context({ phase: 3 }))).toBe(true)
  })
})

describe('flare mode', () => {
  it('offers only the flare-up routine exercises, their desk versions, and walking', () => {
    expect(allowedIds(context({ flare: true, latestSymptomTrend: 'centralizing' })).sort()).toEqual([
      'knee-to-chest',
      'pelvic-tilt',
      'pelvic-tilt-seated',
      'stand-and-walk'
    ])
  })

  it('shows ice before heat and the avoid list', () => {
    expect(FLARE_MODE_ADVICE.iceHeat).toMatch(/heat often feels better/)
    expect(FLARE_MODE_ADVICE.iceHeat).not.toMatch(/never heat before/)
    expect(FLARE_MODE_ADVICE.iceHeat).toMatch(/never put ice or heat on skin that feels numb/i)
    expect(FLARE_MODE_ADVICE.avoid.map((a) => a.name)).toEqual(['Toe-touches', 'Deep squats', 'Leg presses'])
  })
})

describe('safety stop', () => {
  it('leaves only standing up and walking', () => {
    expect(allowedIds(context({ safetyStop: true, latestSymptomTrend: 'centralizing' }))).toEqual(['stand-and-walk'])
    expect(exerciseAvailability(getExercise('cat-cow'), context({ safetyStop: true }))).toMatchObject({
      reason: 'safety-stop'
    })
  })
})

describe('the emergency level and short reasons (issue 13)', () => {
  it('offers nothing at all in an emergency, not even the walk', () => {
    expect(allowedIds(context({ safetyStop: true, emergency: true }))).toEqual([])
    expect(allowedIds(context({ safetyStop: true }))).toEqual(['stand-and-walk'])
  })

  it('says in plain words why an exercise is locked in a list', async () => {
    const { shortBlockMessage } = await import('@shared/content')
    expect(shortBlockMessage(getExercise('bridging'), context({ phase: 1 }))).toBe('Unlocks in phase 3.')
    expect(shortBlockMessage(getExercise('prone-press-up'), context())).toBe('When your pain moves toward your back.')
    expect(shortBlockMessage(getExercise('cat-cow'), context())).toBeNull()
  })
})
