// A year of realistic use written straight into a data folder's month files (as two computers would,
// one at the office and one at home): sitting and breaks on workdays, morning routines with feedback,
// walks, check-ins most evenings with pain easing and symptoms centralizing, weekly warning-sign
// answers with one report. Deterministic: the same seed gives the same log.
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ProgressEvent, SymptomLocation } from '@shared/progress-events'
import { addDays, dayNumber } from '@shared/progress-stats'
import { seededRandom } from '../../../src/main/engine/simulation/day-generator'

const pad = (n: number): string => String(n).padStart(2, '0')

/** Local time on `day` at `minute` after midnight, with this process's UTC offset (TZ Europe/Berlin in tests). */
function stamp(day: string, minute: number): string {
  const local = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
    Math.floor(minute / 60),
    minute % 60
  )
  const offset = -local.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return `${day}T${pad(local.getHours())}:${pad(local.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

const ROUTINE = ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'prone-press-up']
const LOCATIONS: SymptomLocation[] = ['foot', 'calf', 'thigh', 'buttock', 'back']

export interface SeededYear {
  readonly events: number
  readonly firstDay: string
  readonly lastDay: string
  /** The day a warning sign (pain in both legs) was reported. */
  readonly warningDay: string
}

/** Writes 365 days ending with `lastDay` into dataDir/devices/{office-pc,home-pc}/YYYY-MM.jsonl. */
export function seedProgressYear(dataDir: string, lastDay: string): SeededYear {
  const rand = seededRandom(7)
  const firstDay = addDays(lastDay, -364)
  const warningDay = addDays(lastDay, -45)
  const byFile = new Map<string, ProgressEvent[]>()
  const put = (device: string, event: ProgressEvent): void => {
    const key = `${device}/${event.t.slice(0, 7)}`
    const list = byFile.get(key) ?? []
    list.push(event)
    byFile.set(key, list)
  }
  const env = (day: string, minute: number) => ({ v: 2 as const, id: randomUUID(), t: stamp(day, minute) })
  let count = 0
  for (let i = 0; i < 365; i++) {
    const day = addDays(firstDay, i)
    const progress = i / 364
    const weekday = new Date(dayNumber(day) * 86_400_000).getUTCDay()
    if (weekday >= 1 && weekday <= 5 && rand() < 0.9) {
      let minute = 8 * 60 + 30
      for (let bout = 0; bout < 8; bout++) {
        const sat = 15 + Math.floor(rand() * 40)
        const start = stamp(day, minute)
        const end = stamp(day, minute + sat)
        put('office-pc', { ...env(day, minute + sat), type: 'sitting-bout', start, end, minutes: sat })
        count++
        if (sat >= 25) {
          const prompt: ProgressEvent = {
            ...env(day, minute + 25),
            type: 'break-prompt',
            at: stamp(day, minute + 25),
            sittingMinutes: 25
          }
          const r = rand()
          const answer = r < 0.55 + progress * 0.2 ? 'taken' : r < 0.85 ? 'snoozed' : r < 0.95 ? 'skipped' : 'meeting'
          put('office-pc', prompt)
          put('office-pc', {
            ...env(day, minute + 26),
            type: 'break-answer',
            promptId: prompt.id,
            answer,
            ...(answer === 'skipped' ? { reason: r < 0.9 ? 'In a call' : 'Deadline' } : {})
          })
          count += 2
          if (answer === 'taken') {
            put('office-pc', {
              ...env(day, minute + 28),
              type: 'break-completed',
              exerciseId: 'seated-piriformis',
              promptId: prompt.id
            })
            count++
          }
        } else {
          put('office-pc', {
            ...env(day, minute + sat + 6),
            type: 'natural-break',
            from: stamp(day, minute + sat),
            minutes: 6
          })
          count++
        }
        minute += sat + 8
      }
    }
    if (rand() < 0.6 + progress * 0.3) {
      put('home-pc', { ...env(day, 7 * 60), type: 'routine-started', routineId: 'morning' })
      ROUTINE.forEach((exerciseId, k) => {
        const r = rand()
        const feedback = exerciseId === 'prone-press-up' && r < 0.08 ? 'sharp' : r < 0.8 ? 'fine' : 'sore'
        put('home-pc', {
          ...env(day, 7 * 60 + 2 + k * 3),
          type: 'exercise-completed',
          exerciseId,
          routineId: 'morning',
          dose: { sets: 1, reps: 10 },
          feedback
        })
      })
      put('home-pc', { ...env(day, 7 * 60 + 15), type: 'routine-completed', routineId: 'morning' })
      count += 6
    }
    const walked = rand() < 0.7 ? 10 + Math.floor(rand() * 10 + progress * 20) : 0
    if (walked > 0) {
      put('home-pc', { ...env(day, 18 * 60), type: 'walk', minutes: walked })
      count++
    }
    if (rand() < 0.8) {
      const noise = Math.floor(rand() * 3) - 1
      const back = Math.max(0, Math.min(10, Math.round(7 - progress * 4) + noise))
      const leg = Math.max(0, Math.min(10, Math.round(6 - progress * 4) + noise))
      const location = LOCATIONS[Math.min(LOCATIONS.length - 1, Math.floor(progress * LOCATIONS.length))] ?? 'back'
      put('home-pc', {
        ...env(day, 20 * 60 + 30),
        type: 'check-in',
        backPain: back,
        legPain: leg,
        furthestPoint: location,
        numbness: progress < 0.4 ? { present: true, where: 'outer calf' } : { present: false },
        morningStiffnessMinutes: Math.round(30 - progress * 20),
        walkingMinutes: walked,
        psfs: [
          { activity: 'sit through a meeting', score: Math.min(10, Math.round(2 + progress * 6)) },
          { activity: 'drive 30 min', score: Math.min(10, Math.round(3 + progress * 5)) }
        ]
      })
      count++
    }
    if (i % 7 === 0 || day === warningDay) {
      put('home-pc', {
        ...env(day, 20 * 60 + 35),
        type: 'safety-answers',
        signs: day === warningDay ? ['both-legs'] : [],
        context: 'weekly-check-in'
      })
      count++
    }
  }
  for (const [key, events] of byFile) {
    const [device, month] = key.split('/') as [string, string]
    mkdirSync(join(dataDir, 'devices', device), { recursive: true })
    events.sort((a, b) => (a.t < b.t ? -1 : 1))
    writeFileSync(
      join(dataDir, 'devices', device, `${month}.jsonl`),
      events.map((e) => JSON.stringify(e)).join('\n') + '\n'
    )
  }
  return { events: count, firstDay, lastDay, warningDay }
}
