import { describe, expect, it } from 'vitest'
import {
  AVOID_DURING_FLARE,
  CATALOGUE,
  catalogueProblems,
  deskVariantOf,
  doseSeconds,
  exerciseSchema,
  getExercise,
  type Exercise
} from '@shared/content'

const GUIDE_IDS = [
  'knee-to-chest',
  'seated-piriformis',
  'seated-pigeon',
  'figure-4',
  'standing-hamstring',
  'pelvic-tilt',
  'cat-cow',
  'prone-on-elbows',
  'prone-press-up',
  'standing-back-extension',
  'seated-nerve-glide',
  'bridging',
  'bird-dog',
  'partial-curl',
  'stand-and-walk'
]

function withChanges(id: string, changes: Partial<Exercise>): unknown {
  return { ...getExercise(id), ...changes }
}

describe('the exercise catalogue', () => {
  it('holds the 15 exercises of the guide plus desk versions of pelvic tilts and cat-cow', () => {
    const ids = CATALOGUE.map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(GUIDE_IDS))
    expect(ids.filter((id) => !GUIDE_IDS.includes(id)).sort()).toEqual(['cat-cow-seated', 'pelvic-tilt-seated'])
  })

  it('has every record complete and valid against the exercise schema', () => {
    for (const exercise of CATALOGUE) {
      const result = exerciseSchema.safeParse(exercise)
      expect(result.success, `${exercise.id}: ${result.error?.message ?? ''}`).toBe(true)
    }
    expect(catalogueProblems(CATALOGUE)).toEqual([])
  })

  it('never marks a floor exercise office-safe, and the schema refuses one that is', () => {
    for (const e of CATALOGUE.filter((x) => x.place === 'floor')) expect(e.officeSafe, e.id).toBe(false)
    expect(exerciseSchema.safeParse(withChanges('cat-cow', { officeSafe: true })).success).toBe(false)
  })

  it('gives every gated exercise a gentler variant with a smaller dose', () => {
    const gated = CATALOGUE.filter((e) => e.gating === 'centralizing-only')
    expect(gated.map((e) => e.id).sort()).toEqual(['prone-on-elbows', 'prone-press-up', 'standing-back-extension'])
    for (const e of gated) {
      expect(e.gentlerVariant.text.length, e.id).toBeGreaterThan(10)
      expect(doseSeconds(e.gentlerVariant.dose), e.id).toBeLessThan(doseSeconds(e.dose))
    }
  })

  it('makes every gentler variant less work than the standard dose', () => {
    for (const e of CATALOGUE) expect(doseSeconds(e.gentlerVariant.dose), e.id).toBeLessThan(doseSeconds(e.dose))
  })

  it('gives every strength exercise a cue to breathe out on effort and never hold the breath', () => {
    const strength = CATALOGUE.filter((e) => e.kind === 'strength')
    expect(strength.map((e) => e.id).sort()).toEqual(['bird-dog', 'bridging', 'partial-curl'])
    for (const e of strength) {
      expect(e.breathing, e.id).toMatch(/breathe out/i)
      expect(e.breathing, e.id).toMatch(/never hold your breath/i)
    }
    expect(exerciseSchema.safeParse(withChanges('bridging', { breathing: undefined })).success).toBe(false)
  })

  it('keeps steps to 3-5 short cues, and the schema refuses 2 or 6', () => {
    for (const e of CATALOGUE) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3)
      expect(e.steps.length, e.id).toBeLessThanOrEqual(5)
    }
    const steps = ['Sit tall.', 'Breathe out.', 'Relax.', 'Repeat.', 'Rest.', 'Again.']
    expect(exerciseSchema.safeParse(withChanges('cat-cow', { steps: steps.slice(0, 2) })).success).toBe(false)
    expect(exerciseSchema.safeParse(withChanges('cat-cow', { steps })).success).toBe(false)
  })

  it('unlocks bridging, bird-dog and partial curls in phase 3 and everything else from the start', () => {
    for (const e of CATALOGUE) {
      expect(e.unlocksInPhase, e.id).toBe(e.kind === 'strength' ? 3 : 1)
    }
  })

  it('starts each exercise at the dose the guide gives', () => {
    expect(getExercise('knee-to-chest').dose).toMatchObject({ holdSeconds: 30, reps: 3, sides: 2, alternate: true })
    expect(getExercise('seated-piriformis').dose).toMatchObject({ holdSeconds: 45, sides: 2, timesPerDay: 3 })
    expect(getExercise('pelvic-tilt').dose).toMatchObject({ reps: 15, timesPerDay: 2 })
    expect(getExercise('cat-cow').dose).toMatchObject({ reps: 10, timesPerDay: 3 })
    expect(getExercise('prone-on-elbows').dose).toMatchObject({ holdSeconds: 120, holdCapSeconds: 120 })
    expect(getExercise('prone-press-up').dose).toMatchObject({ reps: 10 })
    expect(getExercise('seated-nerve-glide').dose).toMatchObject({ reps: 10, sides: 2, timesPerDay: 2 })
    expect(getExercise('bridging').dose).toMatchObject({ holdSeconds: 5, reps: 10, sets: 2 })
    expect(getExercise('bird-dog').dose).toMatchObject({ holdSeconds: 5, reps: 8, sets: 2, sides: 2 })
    expect(getExercise('partial-curl').dose).toMatchObject({ holdSeconds: 3, reps: 8, sets: 2 })
    expect(getExercise('stand-and-walk').dose).toMatchObject({ durationSeconds: 120 })
  })

  it('links the desk versions to their floor exercise, and they are office-safe', () => {
    expect(deskVariantOf('pelvic-tilt')?.id).toBe('pelvic-tilt-seated')
    expect(deskVariantOf('cat-cow')?.id).toBe('cat-cow-seated')
    expect(deskVariantOf('bridging')).toBeUndefined()
    for (const id of ['pelvic-tilt-seated', 'cat-cow-seated']) {
      expect(getExercise(id)).toMatchObject({ place: 'desk-seated', officeSafe: true })
    }
  })

  it('reports duplicate ids, broken records and variants of missing exercises', () => {
    const knee = getExercise('knee-to-chest')
    const problems = catalogueProblems([
      knee,
      knee,
      { ...getExercise('pelvic-tilt-seated'), variantOf: 'no-such-thing' },
      { ...knee, id: 'Not Kebab' }
    ])
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toMatch(/used twice/)
    expect(problems.join('\n')).toMatch(/no-such-thing/)
    expect(problems.join('\n')).toMatch(/kebab-case/)
  })

  it('throws for an unknown id from built-in data', () => {
    expect(() => getExercise('toe-touches')).toThrow(/toe-touches/)
  })

  it('keeps the flare-up avoid list out of the catalogue', () => {
    expect(AVOID_DURING_FLARE.map((a) => a.id)).toEqual(['toe-touches', 'deep-squats', 'leg-presses'])
    for (const a of AVOID_DURING_FLARE) expect(CATALOGUE.some((e) => e.id === a.id)).toBe(false)
  })
})
