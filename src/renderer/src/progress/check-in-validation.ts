// Turns the Check-in form into a check-in, or into messages that say what to fix. Pure.
import type { CheckInAnswers } from '@shared/progress-channels'
import type { SymptomLocation } from '@shared/progress-events'

export interface ActivityDraft {
  name: string
  score: number | null
}

export interface CheckInDraft {
  back: number | null
  leg: number | null
  furthest: SymptomLocation | null
  numb: boolean
  numbWhere: string
  stiffness: string
  walking: string
  activities: ActivityDraft[]
}

/** field: which input the message belongs to ("back", "activity-1"...). */
export interface FieldError {
  field: string
  message: string
}

function minutes(text: string): number | null {
  const t = text.trim()
  if (t === '') return 0
  if (!/^\d+$/.test(t)) return null
  const n = Number(t)
  return n <= 1440 ? n : null
}

export function validateCheckIn(
  draft: CheckInDraft
): { ok: true; answers: CheckInAnswers } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  if (draft.back === null) errors.push({ field: 'back', message: 'Back pain: choose a number from 0 to 10.' })
  if (draft.leg === null) errors.push({ field: 'leg', message: 'Leg pain: choose a number from 0 to 10.' })
  if (draft.furthest === null) {
    errors.push({ field: 'furthest', message: 'How far symptoms reach: choose one, or "No symptoms".' })
  }
  const stiffness = minutes(draft.stiffness)
  if (stiffness === null)
    errors.push({ field: 'stiffness', message: 'Morning stiffness: enter whole minutes, from 0 to 1440.' })
  const walking = minutes(draft.walking)
  if (walking === null)
    errors.push({ field: 'walking', message: 'Walking today: enter whole minutes, from 0 to 1440.' })
  const psfs: { activity: string; score: number }[] = []
  draft.activities.forEach((a, i) => {
    const name = a.name.trim()
    if (name === '' && a.score === null) return
    if (name === '') errors.push({ field: `activity-${i + 1}`, message: `Activity ${i + 1}: name it, or remove it.` })
    else if (a.score === null) errors.push({ field: `activity-${i + 1}`, message: `Rate "${name}" from 0 to 10.` })
    else psfs.push({ activity: name, score: a.score })
  })
  if (errors.length > 0 || draft.back === null || draft.leg === null || draft.furthest === null) {
    return { ok: false, errors }
  }
  const where = draft.numbWhere.trim()
  return {
    ok: true,
    answers: {
      backPain: draft.back,
      legPain: draft.leg,
      furthestPoint: draft.furthest,
      numbness: { present: draft.numb, ...(draft.numb && where ? { where } : {}) },
      morningStiffnessMinutes: stiffness ?? 0,
      walkingMinutes: walking ?? 0,
      psfs
    }
  }
}
