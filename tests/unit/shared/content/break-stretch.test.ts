import { describe, expect, it } from 'vitest'
import { CATALOGUE, getExercise, pickBreakStretch, safetyVerdict, type GatingContext } from '@shared/content'

const context = (over: Partial<GatingContext> = {}): GatingContext => ({
  latestSymptomTrend: 'unknown',
  flare: false,
  safetyStop: false,
  phase: 1,
  ...over
})
/** Every value random() may return, in steps fine enough to reach every candidate. */
const RANDOMS = Array.from({ length: 100 }, (_, i) => i / 100)
const picks = (ctx: GatingContext, last: string[]) =>
  new Set(RANDOMS.map((r) => pickBreakStretch(CATALOGUE, ctx, last, () => r).id))

describe('pickBreakStretch', () => {
  it('only ever suggests office-safe exercises, never a floor one', () => {
    const seen = picks(context({ phase: 4, latestSymptomTrend: 'centralizing' }), [])
    expect(seen.size).toBeGreaterThan(4)
    for (const id of seen) {
      expect(getExercise(id).officeSafe, id).toBe(true)
      expect(getExercise(id).place, id).not.toBe('floor')
    }
  })

  it('never repeats one of the last 3 shown', () => {
    const last = ['seated-pigeon', 'seated-piriformis', 'standing-hamstring', 'seated-nerve-glide']
    const seen = picks(context(), last)
    for (const id of last.slice(-3)) expect(seen.has(id), id).toBe(false)
    // The fourth-last is fair game again.
    expect(seen.has('seated-pigeon')).toBe(true)
  })

  it('uses the injected random number, so the same number gives the same pick', () => {
    const a = pickBreakStretch(CATALOGUE, context(), [], () => 0)
    const b = pickBreakStretch(CATALOGUE, context(), [], () => 0.999)
    expect(pickBreakStretch(CATALOGUE, context(), [], () => 0).id).toBe(a.id)
    expect(a.id).not.toBe(b.id)
  })

  it('offers the standing back extension only while the pain is centralizing', () => {
    expect(picks(context(), []).has('standing-back-extension')).toBe(false)
    expect(picks(context({ latestSymptomTrend: 'peripheralizing' }), []).has('standing-back-extension')).toBe(false)
    expect(picks(context({ latestSymptomTrend: 'centralizing' }), []).has('standing-back-extension')).toBe(true)
  })

  it('keeps to seated pelvic tilts and walking in flare mode', () => {
    expect([...picks(context({ flare: true }), [])].sort()).toEqual(['pelvic-tilt-seated', 'stand-and-walk'])
  })

  it('falls back to the one shown longest ago when flare mode leaves nothing fresh', () => {
    const ctx = context({ flare: true })
    expect(picks(ctx, ['pelvic-tilt-seated', 'seated-pigeon', 'stand-and-walk'])).toEqual(
      new Set(['pelvic-tilt-seated'])
    )
    expect(picks(ctx, ['stand-and-walk', 'pelvic-tilt-seated'])).toEqual(new Set(['stand-and-walk']))
  })

  it('suggests only standing up and walking under a safety stop, even if just shown', () => {
    const verdict = safetyVerdict({ 'foot-drop': true })
    const ctx = context({ safetyStop: !verdict.exerciseAllowed })
    expect(picks(ctx, ['stand-and-walk'])).toEqual(new Set(['stand-and-walk']))
  })
})
