// How much of an exercise to do today: phase growth, flare halving, dial-back after a sharp rating, and time.
import type { Dose, DoseOverride, Exercise, Phase } from './exercise-schema'

/** Holds grow by half from phase 2 (weeks 3-4) on. */
export const HOLD_GROWTH = 1.5
/** Holds shorter than this are form holds (a 5 s bridge), not stretches, and never grow or halve. */
const STRETCH_HOLD_MIN_SECONDS = 10
/** Nothing is held for less than this, however much it is cut back. */
const MIN_HOLD_SECONDS = 5

export interface DoseOptions {
  /** flare mode: doses are halved */
  flare?: boolean
  /** the user rated this exercise sharp recently: start from the gentler variant instead */
  dialBack?: boolean
  /**
   * A routine item's own dose. It pins the dose as written: phase growth does not apply to it, while
   * flare halving and dial-back (both about safety) still do.
   */
  override?: DoseOverride
}

export interface EffectiveDose {
  dose: Dose
  /** true when the dose is the gentler variant's: show `exercise.gentlerVariant.text` as the cue */
  gentler: boolean
}

function roundTo5(seconds: number): number {
  return Math.max(MIN_HOLD_SECONDS, Math.round(seconds / 5) * 5)
}

function grow(dose: Dose, exercise: Exercise, phase: Phase): Dose {
  let grown = dose
  const hold = dose.holdSeconds
  if (phase >= 2 && hold !== undefined && hold >= STRETCH_HOLD_MIN_SECONDS && exercise.kind !== 'strength') {
    const longer = roundTo5(hold * HOLD_GROWTH)
    grown = { ...grown, holdSeconds: Math.min(longer, dose.holdCapSeconds ?? longer) }
  }
  // Endurance phase: one more set of the strength work only. Stretches already grew their holds, and an
  // extra set of a desk stretch would turn a micro-break into five minutes.
  if (phase >= 4 && exercise.kind === 'strength') grown = { ...grown, sets: Math.min(6, dose.sets + 1) }
  return grown
}

/** Half the work: halve the timed part if there is one worth halving, otherwise the repetitions. */
export function halveDose(dose: Dose): Dose {
  if (dose.durationSeconds !== undefined) {
    return { ...dose, durationSeconds: Math.max(10, Math.round(dose.durationSeconds / 2)) }
  }
  if (dose.holdSeconds !== undefined && dose.holdSeconds >= STRETCH_HOLD_MIN_SECONDS) {
    return { ...dose, holdSeconds: roundTo5(dose.holdSeconds / 2) }
  }
  return { ...dose, reps: Math.max(1, Math.ceil(dose.reps / 2)) }
}

/**
 * The dose to play: the gentler variant's after a sharp rating, else a routine's pinned override, else the
 * exercise's own grown for the phase. Flare mode halves the result; a flare starts from the base dose,
 * not the grown one, because a flare sends everyone back to the basics.
 */
export function effectiveDose(exercise: Exercise, phase: Phase, options: DoseOptions = {}): EffectiveDose {
  const gentler = options.dialBack === true
  let dose: Dose
  if (gentler) dose = exercise.gentlerVariant.dose
  else if (options.override !== undefined) dose = { ...exercise.dose, ...options.override }
  else if (options.flare === true) dose = exercise.dose
  else dose = grow(exercise.dose, exercise, phase)
  if (options.flare === true) dose = halveDose(dose)
  return { dose, gentler }
}

/** Seconds to get into position: getting down to the floor takes longer than turning in a chair. */
export function setupSeconds(exercise: Exercise): number {
  return exercise.place === 'floor' ? 20 : 5
}

/** Seconds the dose itself takes: every repetition on every side, plus rests between sets. */
export function doseSeconds(dose: Dose): number {
  const perRep = dose.durationSeconds ?? (dose.holdSeconds ?? 0) + dose.repSeconds
  return dose.sets * dose.sides * dose.reps * perRep + (dose.sets - 1) * dose.restSeconds
}

/** A desk micro-break lasts one to two minutes: the break card's stretch never takes longer than this. */
export const DESK_BREAK_MAX_SECONDS = 120

/** The dose scaled so that doseSeconds fits `max`: one set first, then shorter holds or fewer reps. */
function fitWithin(dose: Dose, max: number): Dose {
  let fitted: Dose = { ...dose }
  if (doseSeconds(fitted) > max && fitted.sets > 1) fitted = { ...fitted, sets: 1 }
  for (let guard = 0; doseSeconds(fitted) > max && guard < 100; guard++) {
    if (fitted.durationSeconds !== undefined && fitted.durationSeconds > 10) {
      fitted = { ...fitted, durationSeconds: Math.max(10, fitted.durationSeconds - 5) }
    } else if (fitted.holdSeconds !== undefined && fitted.holdSeconds > MIN_HOLD_SECONDS) {
      fitted = { ...fitted, holdSeconds: Math.max(MIN_HOLD_SECONDS, fitted.holdSeconds - 5) }
    } else if (fitted.reps > 1) {
      fitted = { ...fitted, reps: fitted.reps - 1 }
    } else break
  }
  return fitted
}

/**
 * The break card's dose: the same rules as home (gentler variant after a sharp rating, flare halving,
 * phase growth), then capped so the whole stretch takes at most DESK_BREAK_MAX_SECONDS in every phase.
 * Never lengthened: a flare or dial-back dose may be shorter than a minute.
 */
export function deskDose(exercise: Exercise, phase: Phase, options: Omit<DoseOptions, 'override'> = {}): EffectiveDose {
  const home = effectiveDose(exercise, phase, options)
  return { ...home, dose: fitWithin(home.dose, DESK_BREAK_MAX_SECONDS) }
}
