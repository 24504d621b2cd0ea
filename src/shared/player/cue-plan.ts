// What the player announces when the timer moves: the start and end of each hold, a side switch, a
// rest, the "go" after the lead-in and the end of an exercise. One cue per move, as words for a voice
// and a kind for the sound played when no voice is available. Pure.
import type { Segment, Side } from './exercise-script'
import type { TimerState } from './guided-timer'

export type CueKind = 'ready' | 'go' | 'start' | 'end' | 'switch' | 'rest' | 'done'

export interface Cue {
  kind: CueKind
  /** what a voice says, short and calm */
  words: string
}

const SIDE: Record<Side, string> = { left: 'left', right: 'right' }

const isEffort = (s: Segment | undefined): boolean => s?.kind === 'hold' || s?.kind === 'reps' || s?.kind === 'timed'

/** The words that start a segment of effort: "Left side. Hold." */
export function startWords(segment: Segment): string {
  switch (segment.kind) {
    case 'hold':
      return segment.side ? `${capital(SIDE[segment.side])} side. Hold.` : 'Hold.'
    case 'reps':
      return `${segment.side ? `${capital(SIDE[segment.side])} side. ` : ''}${segment.reps} slow repetitions. Begin.`
    case 'timed':
      return 'Begin.'
    case 'relax':
      return segment.next ? `Relax. Change to the ${SIDE[segment.next]} side.` : 'Relax.'
    case 'rest':
      return `Rest for ${segment.seconds} seconds.`
  }
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The side a segment works or prepares, for telling a switch from a plain release. */
function sideOf(segment: Segment | undefined): Side | null {
  if (!segment) return null
  if (segment.kind === 'hold' || segment.kind === 'reps') return segment.side
  if (segment.kind === 'relax') return segment.next
  return null
}

/**
 * The cue for a move of the timer from `before` to `after`, or null when nothing worth saying
 * happened (a tick within a step, a pause, a step back).
 */
export function cueBetween(script: readonly Segment[], before: TimerState, after: TimerState): Cue | null {
  if (before.done) return null
  if (after.done) return { kind: 'done', words: 'Relax. That exercise is done.' }
  if (after.index <= before.index) return null
  const now = script[after.index]
  if (!now) return null
  if (isEffort(now)) return { kind: 'start', words: startWords(now) }
  if (now.kind === 'rest') return { kind: 'rest', words: `Relax. ${startWords(now)}` }
  const previous = script[after.index - 1]
  if (now.kind === 'relax' && now.next !== null && now.next !== sideOf(previous))
    return { kind: 'switch', words: startWords(now) }
  return { kind: 'end', words: 'Relax.' }
}

/** The cue when the lead-in ends and the first step begins. */
export function goCue(script: readonly Segment[]): Cue {
  const first = script[0]
  return { kind: 'go', words: first ? `Go. ${startWords(first)}` : 'Go.' }
}

/** The words as the lead-in begins. */
export function leadInWords(exerciseName: string, seconds: number): string {
  return `Get into position for ${exerciseName.toLowerCase()}. Starting in ${seconds} seconds.`
}
