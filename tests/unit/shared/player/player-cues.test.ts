import { describe, expect, it } from 'vitest'
import { getExercise } from '@shared/content/catalogue'
import { exerciseScript } from '@shared/player/exercise-script'
import { initialTimer, timerReducer } from '@shared/player/guided-timer'
import { DEFAULT_BREATHING, breathingCue, holdJustEnded, mistakeTipFor } from '@shared/player/player-cues'

const holdDose = {
  reps: 2,
  holdSeconds: 10,
  repSeconds: 3,
  sets: 1,
  sides: 1 as const,
  alternate: false,
  restSeconds: 0
}

describe('player cues', () => {
  it('knows a hold has just ended when the timer moves past it, and not before', () => {
    const script = exerciseScript(holdDose)
    const running = initialTimer(true)
    const nearly = timerReducer(script, running, { type: 'tick', ms: 9_000 })
    const past = timerReducer(script, nearly, { type: 'tick', ms: 1_500 })
    expect(holdJustEnded(script, running, nearly)).toBe(false)
    expect(holdJustEnded(script, nearly, past)).toBe(true)
    // The relax after it ending is not a hold ending.
    const afterRelax = timerReducer(script, past, { type: 'tick', ms: 3_000 })
    expect(holdJustEnded(script, past, afterRelax)).toBe(false)
  })

  it('notices a hold that ended inside one long tick', () => {
    const script = exerciseScript(holdDose)
    const running = initialTimer(true)
    const jumped = timerReducer(script, running, { type: 'tick', ms: 11_000 })
    expect(jumped.index).toBe(1)
    expect(holdJustEnded(script, running, jumped)).toBe(true)
    expect(holdJustEnded(script, jumped, timerReducer(script, jumped, { type: 'back' }))).toBe(false)
  })

  it('knows the last hold has ended when the script finishes', () => {
    const script = exerciseScript({ ...holdDose, reps: 1 })
    const nearly = timerReducer(script, initialTimer(true), { type: 'tick', ms: 9_500 })
    const done = timerReducer(script, nearly, { type: 'tick', ms: 1_000 })
    expect(done.done).toBe(true)
    expect(holdJustEnded(script, nearly, done)).toBe(true)
  })

  it('cues breathing out on effort for strength work, and letting go while resting', () => {
    const bridging = getExercise('bridging')
    const script = exerciseScript(bridging.dose)
    expect(breathingCue(bridging, script[0])).toMatch(/breathe out/i)
    expect(
      breathingCue(
        bridging,
        script.find((s) => s.kind === 'rest')
      )
    ).toBe('Let go and breathe out slowly.')
    expect(breathingCue(getExercise('stand-and-walk'), undefined)).toBe(
      getExercise('stand-and-walk').breathing ?? DEFAULT_BREATHING
    )
  })

  it('pairs each kind of exercise with its most likely mistake', () => {
    expect(mistakeTipFor(getExercise('knee-to-chest')).id).toBe('too-hard')
    expect(mistakeTipFor(getExercise('seated-nerve-glide')).id).toBe('pushing-through')
    expect(mistakeTipFor(getExercise('bird-dog')).id).toBe('skipping-core')
  })
})
