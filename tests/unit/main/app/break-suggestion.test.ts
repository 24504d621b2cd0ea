// What the break card suggests: a desk-safe stretch at the home dose rules (phase, flare, dial-back),
// cut to a desk micro-break, never one that needs a step, and another one on request.
import { describe, expect, it } from 'vitest'
import { CATALOGUE, getExercise } from '@shared/content/catalogue'
import { DESK_BREAK_MAX_SECONDS, doseSeconds } from '@shared/content/dose'
import type { Phase } from '@shared/content/exercise-schema'
import type { GatingContext } from '@shared/content/gating'
import { suggestBreakStretch } from '../../../../src/main/app/break-suggestion'

const context = (over: Partial<GatingContext> = {}): GatingContext => ({
  latestSymptomTrend: 'centralizing',
  flare: false,
  safetyStop: false,
  phase: 1,
  ...over
})
const RANDOMS = Array.from({ length: 50 }, (_, i) => i / 50)
const PHASES: Phase[] = [1, 2, 3, 4]
/** Every suggestion the card can make in this state, one per reachable random number. */
const every = (gating: GatingContext, options: Parameters<typeof suggestBreakStretch>[2] = {}) =>
  RANDOMS.map((r) => suggestBreakStretch([], gating, { ...options, random: () => r }))

describe('suggestBreakStretch', () => {
  it('keeps every desk stretch to a micro-break of at most 2 minutes in every phase, flare or not', () => {
    for (const phase of PHASES) {
      for (const flare of [false, true]) {
        for (const s of every(context({ phase, flare }))) {
          expect(doseSeconds(s.dose), `${s.exerciseId} phase ${phase}`).toBeLessThanOrEqual(DESK_BREAK_MAX_SECONDS)
        }
      }
    }
    // Phase 4 would make the piriformis 2 sets of 70 s a side (300 s) without the cap.
    const piriformis = suggestBreakStretch([], context({ phase: 4 }), {
      excludeIds: CATALOGUE.map((e) => e.id).filter((id) => id !== 'seated-piriformis')
    })
    expect(piriformis.exerciseId).toBe('seated-piriformis')
    expect(piriformis.dose.sets).toBe(1)
    expect(piriformis.dose.holdSeconds).toBeGreaterThanOrEqual(45)
    expect(doseSeconds(piriformis.dose)).toBeGreaterThanOrEqual(60)
  })

  it('plays the gentler variant of a stretch rated sharp, as home does', () => {
    const onlyPiriformis = CATALOGUE.map((e) => e.id).filter((id) => id !== 'seated-piriformis')
    const normal = suggestBreakStretch([], context({ phase: 3 }), { excludeIds: onlyPiriformis })
    const dialled = suggestBreakStretch([], context({ phase: 3 }), {
      excludeIds: onlyPiriformis,
      dialBackIds: ['seated-piriformis']
    })
    expect(normal.gentler).toBe(false)
    expect(dialled.gentler).toBe(true)
    expect(dialled.dose).toEqual(getExercise('seated-piriformis').gentlerVariant.dose)
    expect(doseSeconds(dialled.dose)).toBeLessThan(doseSeconds(normal.dose))
  })

  it('halves the dose in flare mode', () => {
    const only = (id: string) => ({ excludeIds: CATALOGUE.map((e) => e.id).filter((other) => other !== id) })
    const calm = suggestBreakStretch([], context(), only('pelvic-tilt-seated'))
    const flare = suggestBreakStretch([], context({ flare: true }), only('pelvic-tilt-seated'))
    expect(calm.dose.reps).toBe(15)
    expect(flare.dose.reps).toBe(8)
    expect(suggestBreakStretch([], context({ flare: true }), only('stand-and-walk')).dose.durationSeconds).toBe(60)
  })

  it('never suggests a stretch that needs a step or any other equipment', () => {
    for (const phase of PHASES) {
      const ids = new Set(every(context({ phase })).map((s) => s.exerciseId))
      expect(ids.size).toBeGreaterThan(3)
      expect(ids.has('standing-hamstring')).toBe(false)
    }
  })

  it('"Another stretch" never gives the same one again while there is another', () => {
    for (const current of new Set(every(context()).map((s) => s.exerciseId))) {
      for (const other of every(context(), { excludeIds: [current] })) {
        expect(other.exerciseId).not.toBe(current)
        expect(other.canSwap).toBe(true)
      }
    }
  })

  it('after a safety stop only the walk remains, so there is no other stretch to offer', () => {
    const walk = every(context({ safetyStop: true }))
    expect(new Set(walk.map((s) => s.exerciseId))).toEqual(new Set(['stand-and-walk']))
    expect(walk.every((s) => s.canSwap === false && s.urgentCare === undefined)).toBe(true)
  })

  it('with an emergency sign the card is urgent care: no swap, and marked so the card shows no exercise', () => {
    const s = suggestBreakStretch([], context(), { urgentCare: true })
    expect(s).toMatchObject({ urgentCare: true, canSwap: false })
  })
})
