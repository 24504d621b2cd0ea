// Only real breaks count: a started break abandoned to keep working is neither taken nor completed,
// on the Progress screen or in the physiotherapist's report (issue 11).
import { describe, expect, it } from 'vitest'
import { progressEventSchema, type ProgressEvent, type ProgressEventDraft } from '@shared/progress-events'
import { buildProgressReport } from '@shared/progress-report'
import { computeProgressFigures } from '@shared/progress-stats'

const NOW = '2026-03-20T18:00:00+01:00'
const at = (time: string): string => `2026-03-20T${time}:00+01:00`
let counter = 0
function ev(draft: ProgressEventDraft & { t: string }): ProgressEvent {
  counter++
  return progressEventSchema.parse({
    ...draft,
    v: 2,
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  })
}

const prompt = (id: string, time: string): ProgressEvent =>
  ev({ type: 'break-prompt', id, t: at(time), at: at(time), sittingMinutes: 25 })

/** A day with one break finished, one spent away, one abandoned (then prompted again and skipped). */
const day: ProgressEvent[] = [
  prompt('p1', '09:25'),
  ev({ type: 'sitting-bout', t: at('09:28'), start: at('09:00'), end: at('09:25'), minutes: 25 }),
  ev({ type: 'break-answer', t: at('09:28'), answer: 'taken', promptId: 'p1' }),
  ev({ type: 'break-completed', t: at('09:28'), how: 'finished', promptId: 'p1', exerciseId: 'standing-extension' }),
  prompt('p2', '09:53'),
  ev({ type: 'sitting-bout', t: at('09:56'), start: at('09:28'), end: at('09:53'), minutes: 25 }),
  ev({ type: 'break-answer', t: at('09:56'), answer: 'taken', promptId: 'p2' }),
  ev({ type: 'break-completed', t: at('09:56'), how: 'away', promptId: 'p2' }),
  prompt('p3', '10:23'),
  ev({ type: 'break-completed', t: at('10:36'), how: 'abandoned', promptId: 'p3' }),
  prompt('p4', '10:36'),
  ev({ type: 'break-answer', t: at('10:40'), answer: 'skipped', promptId: 'p4' })
]

describe('breaks on the Progress screen and in the report', () => {
  const f = computeProgressFigures(day, { now: NOW, range: 'week' })

  it('counts a finished stretch and a break spent away as taken and completed, and not the abandoned one', () => {
    expect(f.breaks.totals).toMatchObject({ prompted: 4, taken: 2, completed: 2, abandoned: 1, skipped: 1 })
    expect(f.breaks.days.at(-1)).toMatchObject({ day: '2026-03-20', taken: 2, completed: 2, abandoned: 1 })
    expect(f.adherence).toMatchObject({ breaksPrompted: 4, breaksTaken: 2, breakShare: 0.5 })
  })

  it('tells the physiotherapist 2 breaks taken of 4 prompted', () => {
    const report = buildProgressReport(f, { generatedOn: '2026-03-20', exerciseName: (id) => id })
    expect(report.adherence).toMatchObject({ breaksTaken: 2, breaksPrompted: 4 })
  })

  it('still counts a completed break written before breaks said how they ended', () => {
    const old = [prompt('o1', '09:25'), ev({ type: 'break-completed', t: at('09:28'), promptId: 'o1' })]
    expect(computeProgressFigures(old, { now: NOW, range: 'week' }).breaks.totals).toMatchObject({
      completed: 1,
      abandoned: 0
    })
  })

  it('reads how a break ended from the log and refuses an unknown ending', () => {
    const base = { v: 2, id: 'x', t: at('09:28'), type: 'break-completed' }
    expect(progressEventSchema.parse({ ...base, how: 'abandoned' })).toMatchObject({ how: 'abandoned' })
    expect(progressEventSchema.safeParse({ ...base, how: 'timed-out' }).success).toBe(false)
  })
})
