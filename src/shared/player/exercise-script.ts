// Turns a dose into the timed steps a guided timer walks through: holds, rep counts, side switches
// and rests between sets. Pure; the break card and the home player both play these scripts.
import type { Dose } from '../content/exercise-schema'

export type Side = 'left' | 'right'

export type Segment =
  | { kind: 'hold'; seconds: number; side: Side | null; set: number; rep: number }
  | { kind: 'reps'; seconds: number; side: Side | null; set: number; reps: number; repSeconds: number }
  | { kind: 'timed'; seconds: number; set: number }
  /** a short release between holds, or the time to change sides */
  | { kind: 'relax'; seconds: number; next: Side | null }
  | { kind: 'rest'; seconds: number; afterSet: number }

/** A relax between holds never takes less than this, so the body really lets go. */
const MIN_RELAX_SECONDS = 3
const SWITCH_SECONDS = 5

function sidesOf(dose: Dose): (Side | null)[] {
  return dose.sides === 2 ? ['left', 'right'] : [null]
}

export function exerciseScript(dose: Dose): Segment[] {
  const segments: Segment[] = []
  const relax = Math.max(MIN_RELAX_SECONDS, Math.round(dose.repSeconds))
  for (let set = 1; set <= dose.sets; set++) {
    if (dose.durationSeconds !== undefined) {
      segments.push({ kind: 'timed', seconds: dose.durationSeconds, set })
    } else if (dose.holdSeconds !== undefined) {
      const order: { side: Side | null; rep: number }[] = []
      const sides = sidesOf(dose)
      if (dose.alternate) {
        for (let rep = 1; rep <= dose.reps; rep++) for (const side of sides) order.push({ side, rep })
      } else {
        for (const side of sides) for (let rep = 1; rep <= dose.reps; rep++) order.push({ side, rep })
      }
      order.forEach((item, i) => {
        const next = order[i + 1]
        segments.push({ kind: 'hold', seconds: dose.holdSeconds!, side: item.side, set, rep: item.rep })
        if (next) {
          const switching = next.side !== item.side
          segments.push({
            kind: 'relax',
            seconds: switching && !dose.alternate ? SWITCH_SECONDS : relax,
            next: next.side
          })
        }
      })
    } else {
      const sides = sidesOf(dose)
      sides.forEach((side, i) => {
        segments.push({
          kind: 'reps',
          seconds: Math.max(1, Math.round(dose.reps * dose.repSeconds)),
          side,
          set,
          reps: dose.reps,
          repSeconds: dose.repSeconds
        })
        const next = sides[i + 1]
        if (next !== undefined) segments.push({ kind: 'relax', seconds: SWITCH_SECONDS, next })
      })
    }
    if (set < dose.sets && dose.restSeconds > 0)
      segments.push({ kind: 'rest', seconds: dose.restSeconds, afterSet: set })
  }
  return segments
}

export function scriptSeconds(script: readonly Segment[]): number {
  return script.reduce((sum, s) => sum + s.seconds, 0)
}

/** The repetition a rep-count segment is on after `elapsedMs`, 1-based and never past the last. */
export function currentRep(segment: Extract<Segment, { kind: 'reps' }>, elapsedMs: number): number {
  if (segment.repSeconds <= 0) return segment.reps
  return Math.min(segment.reps, Math.floor(elapsedMs / 1000 / segment.repSeconds) + 1)
}

const SIDE_WORD: Record<Side, string> = { left: 'Left side', right: 'Right side' }

/** A short caption for a segment, for the timer and for screen readers. */
export function segmentLabel(segment: Segment, sets: number): string {
  const setPart = (set: number) => (sets > 1 ? ` (set ${set} of ${sets})` : '')
  switch (segment.kind) {
    case 'hold':
      return `${segment.side ? `${SIDE_WORD[segment.side]}: hold` : 'Hold'}${setPart(segment.set)}`
    case 'reps':
      return `${segment.side ? `${SIDE_WORD[segment.side]}: ` : ''}${segment.reps} slow repetitions${setPart(segment.set)}`
    case 'timed':
      return `Keep going${setPart(segment.set)}`
    case 'relax':
      return segment.next ? `Relax, then ${segment.next} side` : 'Relax'
    case 'rest':
      return `Rest before set ${segment.afterSet + 1}`
  }
}
