// What an exercise record is: the zod schema every catalogue entry (and anything read from disk) must pass.
import { z } from 'zod'

export const placeSchema = z.enum(['desk-seated', 'desk-standing', 'floor', 'anywhere'])
export const kindSchema = z.enum(['stretch', 'mobility', 'strength', 'nerve-glide', 'walk'])
/** 'centralizing-only': offered only while the latest check-in says the pain is moving up toward the spine. */
export const gatingSchema = z.enum(['none', 'centralizing-only'])
/** Programme phase: 1 = weeks 1-2, 2 = weeks 3-4, 3 = weeks 5-8, 4 = week 9 on. */
export const phaseSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id such as knee-to-chest')

/**
 * How much of an exercise to do. A dose is either timed (`durationSeconds`, e.g. a walk) or counted
 * (`reps`, each optionally held for `holdSeconds`).
 * One set = `reps` repetitions on each side. With two sides, `alternate: true` switches side after every
 * repetition (left, right, left...); `alternate: false` finishes a side before starting the other.
 */
export const doseSchema = z
  .object({
    reps: z.number().int().min(1).max(50),
    holdSeconds: z.number().int().min(1).max(300).optional(),
    /** a continuous activity timed as a whole (walking); excludes holdSeconds */
    durationSeconds: z.number().int().min(10).max(3600).optional(),
    /** never exceed this hold, whatever the phase (prone on elbows: "up to 2 minutes") */
    holdCapSeconds: z.number().int().min(1).max(300).optional(),
    /** time one repetition's movement takes, excluding the hold: paces the counter, sizes estimates */
    repSeconds: z.number().min(0).max(30),
    sets: z.number().int().min(1).max(6),
    sides: z.union([z.literal(1), z.literal(2)]),
    alternate: z.boolean(),
    /** how often a day the exercise is worth doing on its own (advice, not enforced) */
    timesPerDay: z.number().int().min(1).max(6).optional(),
    /** rest between sets */
    restSeconds: z.number().int().min(0).max(180)
  })
  .superRefine((d, ctx) => {
    if (d.durationSeconds !== undefined && d.holdSeconds !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'A dose is timed or held, not both' })
    }
    if (d.holdCapSeconds !== undefined && d.holdSeconds !== undefined && d.holdSeconds > d.holdCapSeconds) {
      ctx.addIssue({ code: 'custom', message: 'The hold is longer than its own cap' })
    }
    if (d.alternate && d.sides === 1) {
      ctx.addIssue({ code: 'custom', message: 'Only a two-sided exercise can alternate sides' })
    }
  })

/** Partial dose used by routine items; merged over the exercise's dose. */
export const doseOverrideSchema = z
  .object({
    reps: z.number().int().min(1).max(50),
    holdSeconds: z.number().int().min(1).max(300),
    durationSeconds: z.number().int().min(10).max(3600),
    sets: z.number().int().min(1).max(6),
    restSeconds: z.number().int().min(0).max(180)
  })
  .partial()

const cue = z.string().trim().min(3).max(110)

export const exerciseSchema = z
  .object({
    id: kebabId,
    name: z.string().trim().min(3).max(40),
    place: placeSchema,
    /** can be done at a desk in office clothes: never on the floor */
    officeSafe: z.boolean(),
    kind: kindSchema,
    dose: doseSchema,
    /** 3-5 short cues, second person, in the project's own words */
    steps: z.array(cue).min(3).max(5),
    /** what the user should feel, and nothing more */
    feel: cue,
    precautions: z.array(cue).min(1).max(4),
    /** breathing cue; required for strength work (breathe out on effort, never hold the breath) */
    breathing: cue.optional(),
    /** when in the day it suits best, if the guide says so ("after waking") */
    bestTime: z.string().trim().min(3).max(60).optional(),
    /** offered when the user dials back after a sharp rating: its own cue and a smaller dose */
    gentlerVariant: z.object({ text: cue, dose: doseSchema }),
    gating: gatingSchema,
    unlocksInPhase: phaseSchema,
    /** set on desk versions of floor exercises (pelvic-tilt-seated -> pelvic-tilt) */
    variantOf: kebabId.optional()
  })
  .superRefine((e, ctx) => {
    if (e.place === 'floor' && e.officeSafe) {
      ctx.addIssue({ code: 'custom', path: ['officeSafe'], message: 'A floor exercise is never office-safe' })
    }
    if (e.kind === 'strength' && !/breathe out/i.test(e.breathing ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['breathing'],
        message: 'A strength exercise needs a breathing cue that says to breathe out on effort'
      })
    }
    if (e.kind === 'walk' && e.dose.durationSeconds === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dose'], message: 'A walk is timed: give durationSeconds' })
    }
  })

export type Place = z.infer<typeof placeSchema>
export type ExerciseKind = z.infer<typeof kindSchema>
export type Gating = z.infer<typeof gatingSchema>
export type Phase = z.infer<typeof phaseSchema>
export type Dose = z.infer<typeof doseSchema>
export type DoseOverride = z.infer<typeof doseOverrideSchema>
export type Exercise = z.infer<typeof exerciseSchema>
