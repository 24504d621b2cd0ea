// A dose in plain words: "Hold 30 seconds, 3 times on each side, switching sides each time".
import type { Dose } from '@shared/content/exercise-schema'

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

export function doseText(dose: Dose): string {
  const parts: string[] = []
  if (dose.durationSeconds !== undefined) {
    parts.push(
      dose.durationSeconds >= 120
        ? `${Math.round(dose.durationSeconds / 60)} minutes`
        : `${dose.durationSeconds} seconds`
    )
  } else if (dose.holdSeconds !== undefined) {
    parts.push(`Hold ${dose.holdSeconds} seconds, ${times(dose.reps)}${dose.sides === 2 ? ' on each side' : ''}`)
  } else {
    parts.push(`${dose.reps} slow repetitions${dose.sides === 2 ? ' on each side' : ''}`)
  }
  if (dose.sides === 2 && dose.alternate) parts.push('switching sides each time')
  if (dose.sets > 1) parts.push(`${dose.sets} sets, resting ${dose.restSeconds} seconds between`)
  if (dose.timesPerDay !== undefined && dose.timesPerDay > 1) parts.push(`${times(dose.timesPerDay)} a day`)
  return parts.join(', ') + '.'
}
