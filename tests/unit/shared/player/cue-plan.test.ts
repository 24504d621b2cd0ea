import { describe, expect, it } from 'vitest'
import { CATALOGUE as EXERCISES } from '@shared/content/catalogue'
import { cueBetween, goCue, leadInWords } from '@shared/player/cue-plan'
import { exerciseScript } from '@shared/player/exercise-script'
import { initialTimer, timerReducer, type TimerState } from '@shared/player/guided-timer'
import { stopRuleFor } from '@shared/content/stop-rule'

const hold = { reps: 2, holdSeconds: 5, repSeconds: 3, sets: 2, sides: 2, alternate: false, restSeconds: 20 } as const
const script = exerciseScript(hold)

/** Every cue said while the script plays through, one tick a second. */
function cuesOf(s = script): string[] {
  const said: string[] = []
  let state: TimerState = initialTimer(true)
  while (!state.done) {
    const next = timerReducer(s, state, { type: 'tick', ms: 1000 })
    const cue = cueBetween(s, state, next)
    if (cue) said.push(`${cue.kind}: ${cue.words}`)
    state = next
  }
  return said
}

describe('player cues', () => {
  it('mark the start and end of each hold, the side switch, the rest and the end, in order', () => {
    expect(cuesOf()).toEqual([
      'end: Relax.',
      'start: Left side. Hold.',
      'switch: Relax. Change to the right side.',
      'start: Right side. Hold.',
      'end: Relax.',
      'start: Right side. Hold.',
      'rest: Relax. Rest for 20 seconds.',
      'start: Left side. Hold.',
      'end: Relax.',
      'start: Left side. Hold.',
      'switch: Relax. Change to the right side.',
      'start: Right side. Hold.',
      'end: Relax.',
      'start: Right side. Hold.',
      'done: Relax. That exercise is done.'
    ])
  })

  it('say go with the first step after the lead-in, and what is coming as it begins', () => {
    expect(goCue(script).words).toBe('Go. Left side. Hold.')
    expect(
      goCue(exerciseScript({ reps: 8, repSeconds: 5, sets: 1, sides: 1, alternate: false, restSeconds: 0 })).words
    ).toBe('Go. 8 slow repetitions. Begin.')
    expect(leadInWords('Knee to chest', 10)).toBe('Get into position for knee to chest. Starting in 10 seconds.')
  })

  it('stay quiet for a pause, a tick within a step and a step back', () => {
    const playing: TimerState = { index: 2, elapsedMs: 1000, running: true, done: false }
    expect(cueBetween(script, playing, timerReducer(script, playing, { type: 'pause' }))).toBeNull()
    expect(cueBetween(script, playing, timerReducer(script, playing, { type: 'tick', ms: 500 }))).toBeNull()
    expect(
      cueBetween(
        script,
        { ...playing, elapsedMs: 0 },
        timerReducer(script, { ...playing, elapsedMs: 0 }, { type: 'back' })
      )
    ).toBeNull()
  })

  it("take each exercise's stop rules word for word from its precautions, including every spreading-pain rule", () => {
    for (const exercise of EXERCISES) {
      const rule = stopRuleFor(exercise)
      if (exercise.precautions.some((p) => /\bstop\b/i.test(p))) expect(exercise.precautions).toContain(rule)
    }
    const pressUp = EXERCISES.filter((e) => e.precautions.some((p) => /spreads (further )?down your leg/.test(p)))
    expect(pressUp.length).toBeGreaterThan(0)
    for (const e of pressUp) expect(stopRuleFor(e)).toMatch(/down your leg/)
  })
})
