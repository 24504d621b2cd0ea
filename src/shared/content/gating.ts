// Which exercises may be offered right now: safety stop, flare mode, phase unlocks and centralization gating.
import type { SymptomTrend } from '../progress-stats'
import { AVOID_DURING_FLARE, CATALOGUE, type AvoidItem } from './catalogue'
import type { Exercise, Phase } from './exercise-schema'
import { FLARE_ROUTINE_ID, findBuiltInRoutine } from './routines'

/**
 * Where the symptoms went between the last two check-ins (symptomTrend in progress-stats gives it);
 * 'unknown' or 'not-enough-data' when there is nothing to compare.
 */
export type LatestSymptomTrend = SymptomTrend | 'unknown'

export interface GatingContext {
  /** from the latest check-in; anything but 'centralizing' keeps extension exercises away */
  latestSymptomTrend: LatestSymptomTrend
  /** flare mode is on */
  flare: boolean
  /** a warning sign stopped exercise advice (see safetyVerdict): only standing up and walking remain */
  safetyStop: boolean
  phase: Phase
  /**
   * An emergency warning sign is present (see SafetyVerdict.emergency): nothing is offered at all, not
   * even the walk, and stand-up reminders stop. Absent counts as false.
   */
  emergency?: boolean
  /**
   * A centralizing-only (extension) exercise was rated sharp and no check-in since shows the pain
   * moving back toward the spine (see extensionBlocked): every extension exercise stays away.
   */
  extensionBlocked?: boolean
}

export type BlockReason = 'safety-stop' | 'emergency' | 'flare' | 'locked' | 'not-centralizing' | 'sharp-extension'

/** Why extension is left out after a sharp rating, in plain words (shown wherever it is left out). */
export const SHARP_EXTENSION_MESSAGE =
  'Left out for now: a back-bending exercise felt sharp, which can mean the pain is spreading down the ' +
  'leg. It comes back once a check-in shows your pain moving toward your back again.'

/**
 * A short, plain reason for lists (routine cards, the catalogue): "Unlocks in phase 3." or "When your
 * pain moves toward your back."; null when the exercise is allowed.
 */
export function shortBlockMessage(exercise: Exercise, ctx: GatingContext): string | null {
  const availability = exerciseAvailability(exercise, ctx)
  if (availability.allowed) return null
  if (availability.reason === 'locked') return `Unlocks in phase ${exercise.unlocksInPhase}.`
  if (availability.reason === 'not-centralizing') return 'When your pain moves toward your back.'
  return availability.message
}

export type Availability = { allowed: true } | { allowed: false; reason: BlockReason; message: string }

export const WALK_ID = 'stand-and-walk'

/**
 * In flare mode only the flare-up routine's exercises (and their desk versions) and walking are offered.
 * Derived from the routine so the two can never disagree.
 */
export const FLARE_EXERCISE_IDS: ReadonlySet<string> = (() => {
  const routineIds = (findBuiltInRoutine(FLARE_ROUTINE_ID)?.items ?? []).map((i) => i.exerciseId)
  const deskVersions = CATALOGUE.filter((e) => e.variantOf !== undefined && routineIds.includes(e.variantOf))
  return new Set([...routineIds, ...deskVersions.map((e) => e.id), WALK_ID])
})()

/** Whether the exercise may be offered now, and if not, why, in words a person can act on. */
export function exerciseAvailability(exercise: Exercise, ctx: GatingContext): Availability {
  if (ctx.emergency === true) {
    return {
      allowed: false,
      reason: 'emergency',
      message: 'Nothing to do here for now: please get urgent care first. The Safety page says how to resume.'
    }
  }
  if (ctx.safetyStop && exercise.id !== WALK_ID) {
    return {
      allowed: false,
      reason: 'safety-stop',
      message: 'Exercise advice is paused because of a warning sign. Standing up and walking is still fine.'
    }
  }
  if (ctx.flare && !FLARE_EXERCISE_IDS.has(exercise.id)) {
    return {
      allowed: false,
      reason: 'flare',
      message: 'Not during a flare-up. Stick to the flare-up routine and easy walking until it settles.'
    }
  }
  if (exercise.unlocksInPhase > ctx.phase) {
    return {
      allowed: false,
      reason: 'locked',
      message: `This joins your programme in phase ${exercise.unlocksInPhase}, once the basics feel easy.`
    }
  }
  if (exercise.gating === 'centralizing-only' && ctx.extensionBlocked === true) {
    return { allowed: false, reason: 'sharp-extension', message: SHARP_EXTENSION_MESSAGE }
  }
  if (exercise.gating === 'centralizing-only' && ctx.latestSymptomTrend !== 'centralizing') {
    return {
      allowed: false,
      reason: 'not-centralizing',
      message:
        ctx.latestSymptomTrend === 'peripheralizing'
          ? 'Not now: your last check-in says the pain is spreading down the leg.'
          : 'Only once a check-in shows your pain moving up toward your back.'
    }
  }
  return { allowed: true }
}

/** Shorthand for exerciseAvailability(...).allowed. */
export function isExerciseAllowed(exercise: Exercise, ctx: GatingContext): boolean {
  return exerciseAvailability(exercise, ctx).allowed
}

export interface FlareModeAdvice {
  iceHeat: string
  avoidTitle: string
  avoid: readonly AvoidItem[]
  dosesNote: string
}

/** What flare mode shows beside the flare-up routine. */
export const FLARE_MODE_ADVICE: FlareModeAdvice = {
  iceHeat:
    'Ice usually helps most in the first day or two; heat often feels better after that. ' +
    'Never put ice or heat on skin that feels numb.',
  avoidTitle: 'Avoid during a flare-up',
  avoid: AVOID_DURING_FLARE,
  dosesNote: 'Everything is at half its usual dose until the flare settles.'
}
