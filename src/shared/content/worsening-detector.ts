// Spots a meaningful worsening across the recent check-ins (last 14 days), to offer flare mode, hold
// the programme where it is and suggest contacting a professional.
import { painChange, psfsChange, symptomTrend } from '../progress-stats'
import type { SymptomLocation } from '../progress-events'
import { freshCheckIns } from './extension-block'

export interface WorseningCheckIn {
  /** ISO timestamp */
  t: string
  backPain: number
  legPain: number
  furthestPoint: SymptomLocation
  psfs: readonly { activity: string; score: number }[]
}

export type WorseningReason = 'back-pain' | 'leg-pain' | 'activity' | 'spreading'

export interface WorseningSignal {
  reasons: WorseningReason[]
  /** what changed, in plain words, one line per reason */
  details: string[]
  /** what to do next */
  message: string
  /** the compared check-ins, 'YYYY-MM-DD' */
  from: string
  to: string
}

export const WORSENING_MESSAGE =
  'Your recent check-ins show things getting worse. Flare-up mode can help for a few days, the ' +
  'programme stays where it is for now, and it is worth contacting your doctor or physiotherapist ' +
  'if it does not settle.'

/**
 * Compares the earliest and the latest check-in of the last 14 days: pain up by 2 points or 30 %, an
 * activity (PSFS) down by 2 points, or symptoms reaching further down the leg. Null when nothing
 * worsened or fewer than two fresh check-ins exist.
 */
export function detectWorsening(checkIns: readonly WorseningCheckIn[], today: string): WorseningSignal | null {
  const fresh = freshCheckIns(checkIns, today)
  const first = fresh[0]
  const latest = fresh.at(-1)
  if (!first || !latest || first === latest) return null
  const reasons: WorseningReason[] = []
  const details: string[] = []
  const back = painChange(first.backPain, latest.backPain)
  if (back.meaningful && back.direction === 'worse') {
    reasons.push('back-pain')
    details.push(`Back pain went from ${first.backPain} to ${latest.backPain}.`)
  }
  const leg = painChange(first.legPain, latest.legPain)
  if (leg.meaningful && leg.direction === 'worse') {
    reasons.push('leg-pain')
    details.push(`Leg pain went from ${first.legPain} to ${latest.legPain}.`)
  }
  for (const item of latest.psfs) {
    const before = first.psfs.find((p) => p.activity.toLowerCase() === item.activity.toLowerCase())
    if (!before) continue
    const change = psfsChange(before.score, item.score)
    if (change.meaningful && change.direction === 'worse') {
      if (!reasons.includes('activity')) reasons.push('activity')
      details.push(`"${item.activity}" got harder: from ${before.score} to ${item.score}.`)
    }
  }
  if (symptomTrend(first.furthestPoint, latest.furthestPoint) === 'peripheralizing') {
    reasons.push('spreading')
    details.push('Your symptoms now reach further down the leg.')
  }
  if (reasons.length === 0) return null
  return { reasons, details, message: WORSENING_MESSAGE, from: first.t.slice(0, 10), to: latest.t.slice(0, 10) }
}
