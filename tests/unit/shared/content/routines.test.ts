import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_ROUTINES,
  DESK_BREAK_ROUTINES,
  estimateRoutineSeconds,
  findBuiltInRoutine,
  findExercise,
  resolveRoutine,
  routineSchema,
  routinesOffered,
  type PlanContext,
  type Routine
} from '@shared/content'

const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  latestSymptomTrend: 'unknown',
  flare: false,
  safetyStop: false,
  phase: 1,
  ...over
})

function routine(id: string): Routine {
  const found = findBuiltInRoutine(id)
  if (!found) throw new Error(`missing routine ${id}`)
  return found
}

const minutes = (seconds: number) => seconds / 60

describe('the built-in routines', () => {
  it('are valid routines of known exercises', () => {
    for (const r of BUILT_IN_ROUTINES) {
      expect(routineSchema.safeParse(r).success, r.id).toBe(true)
      for (const item of r.items) expect(findExercise(item.exerciseId), `${r.id}: ${item.exerciseId}`).toBeDefined()
    }
    expect(new Set(BUILT_IN_ROUTINES.map((r) => r.id)).size).toBe(BUILT_IN_ROUTINES.length)
  })

  it('offers several desk micro-breaks of 60-120 s made only of office-safe exercises', () => {
    expect(DESK_BREAK_ROUTINES.length).toBeGreaterThanOrEqual(3)
    for (const r of DESK_BREAK_ROUTINES) {
      for (const item of r.items) expect(findExercise(item.exerciseId)?.officeSafe, `${r.id}`).toBe(true)
      for (const phase of [1, 2, 3, 4] as const) {
        const seconds = estimateRoutineSeconds(r, phase)
        expect(seconds, `${r.id} phase ${phase}`).toBeGreaterThanOrEqual(60)
        expect(seconds, `${r.id} phase ${phase}`).toBeLessThanOrEqual(120)
      }
    }
  })

  it('makes the morning routine press-ups, knee-to-chest, pelvic tilts and cat-cow, about 10 minutes', () => {
    const morning = routine('morning')
    expect(morning.items.map((i) => i.exerciseId)).toEqual([
      'prone-press-up',
      'knee-to-chest',
      'pelvic-tilt',
      'cat-cow'
    ])
    expect(minutes(estimateRoutineSeconds(morning))).toBeGreaterThanOrEqual(8)
    expect(minutes(estimateRoutineSeconds(morning))).toBeLessThanOrEqual(12)
  })

  it('makes the core routine about 15 minutes and keeps it for phase 3 on', () => {
    const core = routine('core')
    expect(core.items.map((i) => i.exerciseId)).toEqual(['bridging', 'bird-dog', 'partial-curl', 'pelvic-tilt'])
    expect(core.availableFromPhase).toBe(3)
    expect(minutes(estimateRoutineSeconds(core, 3))).toBeGreaterThanOrEqual(12)
    expect(minutes(estimateRoutineSeconds(core, 3))).toBeLessThanOrEqual(18)
  })

  it('runs the evening routine stretches first, then strength, ending with a walk, about 20 minutes', () => {
    const evening = routine('evening')
    const kinds = evening.items.map((i) => findExercise(i.exerciseId)?.kind)
    const lastStretch = kinds.lastIndexOf('stretch')
    const firstStrength = kinds.indexOf('strength')
    expect(lastStretch).toBeLessThan(firstStrength)
    expect(kinds.at(-1)).toBe('walk')
    expect(minutes(estimateRoutineSeconds(evening, 3))).toBeGreaterThanOrEqual(17)
    expect(minutes(estimateRoutineSeconds(evening, 3))).toBeLessThanOrEqual(23)
  })

  it('keeps the flare-up routine gentle and about 5 minutes in any phase, with ice first', () => {
    const flare = routine('flare-up')
    expect(flare.items.map((i) => i.exerciseId)).toEqual(['knee-to-chest', 'pelvic-tilt', 'stand-and-walk'])
    expect(flare.note).toMatch(/ice can help first/i)
    expect(flare.note).toMatch(/never put ice or heat on skin that feels numb/i)
    for (const phase of [1, 4] as const) {
      expect(minutes(estimateRoutineSeconds(flare, phase))).toBeGreaterThanOrEqual(4)
      expect(minutes(estimateRoutineSeconds(flare, phase))).toBeLessThanOrEqual(6)
    }
  })
})

describe('resolveRoutine', () => {
  it('leaves press-ups out of the morning routine unless the pain is centralizing, and says why', () => {
    const plan = resolveRoutine(routine('morning'), context())
    expect(plan.items.map((i) => i.exercise.id)).toEqual(['knee-to-chest', 'pelvic-tilt', 'cat-cow'])
    expect(plan.skipped).toEqual([
      expect.objectContaining({ exerciseId: 'prone-press-up', reason: 'not-centralizing' })
    ])
    const allowed = resolveRoutine(routine('morning'), context({ latestSymptomTrend: 'centralizing' }))
    expect(allowed.items[0]?.exercise.id).toBe('prone-press-up')
    expect(allowed.totalSeconds).toBeGreaterThan(plan.totalSeconds)
  })

  it('holds strength work back until phase 3', () => {
    const early = resolveRoutine(routine('evening'), context({ phase: 2 }))
    expect(early.skipped.map((s) => [s.exerciseId, s.reason])).toEqual([
      ['bridging', 'locked'],
      ['bird-dog', 'locked'],
      ['partial-curl', 'locked']
    ])
    expect(resolveRoutine(routine('evening'), context({ phase: 3 })).skipped).toEqual([])
  })

  it('plays an exercise rated sharp as its gentler variant', () => {
    const plan = resolveRoutine(routine('morning'), context({ dialBackIds: ['pelvic-tilt'] }))
    const tilt = plan.items.find((i) => i.exercise.id === 'pelvic-tilt')
    expect(tilt?.gentler).toBe(true)
    expect(tilt?.dose.reps).toBe(8)
  })

  it('halves doses in flare mode and skips what a flare does not allow', () => {
    const plan = resolveRoutine(routine('morning'), context({ flare: true, latestSymptomTrend: 'centralizing' }))
    expect(plan.flareDoses).toBe(true)
    expect(plan.items.map((i) => i.exercise.id)).toEqual(['knee-to-chest', 'pelvic-tilt'])
    expect(plan.items[0]?.dose.holdSeconds).toBe(15)
  })

  it('skips an exercise that is no longer in the catalogue instead of failing', () => {
    const custom: Routine = {
      id: 'c1',
      name: 'Mine',
      kind: 'custom',
      items: [{ exerciseId: 'gone' }, { exerciseId: 'cat-cow' }]
    }
    const plan = resolveRoutine(custom, context())
    expect(plan.skipped).toEqual([expect.objectContaining({ exerciseId: 'gone', reason: 'unknown-exercise' })])
    expect(plan.items).toHaveLength(1)
  })
})

describe('routinesOffered', () => {
  it('offers the core routine only from phase 3', () => {
    expect(routinesOffered(BUILT_IN_ROUTINES, context({ phase: 2 })).map((r) => r.id)).not.toContain('core')
    expect(routinesOffered(BUILT_IN_ROUTINES, context({ phase: 3 })).map((r) => r.id)).toContain('core')
  })

  it('offers only the flare-up routine in flare mode, and nothing under a safety stop', () => {
    expect(routinesOffered(BUILT_IN_ROUTINES, context({ flare: true, phase: 4 })).map((r) => r.id)).toEqual([
      'flare-up'
    ])
    expect(routinesOffered(BUILT_IN_ROUTINES, context({ safetyStop: true }))).toEqual([])
  })
})
