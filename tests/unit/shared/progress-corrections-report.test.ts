// Corrections (the latest one of an entry wins, the log stays append-only), the report's sitting
// figures and skip reasons, and "felt fine" / "rated sharp" lists that never name one exercise twice.
import { describe, expect, it } from 'vitest'
import { progressEventSchema, type ProgressEvent, type ProgressEventDraft } from '@shared/progress-events'
import { buildProgressReport } from '@shared/progress-report'
import { computeProgressFigures } from '@shared/progress-stats'

const NOW = '2026-03-20T18:00:00+01:00'
const at = (day: number, time: string): string => `2026-03-${String(day).padStart(2, '0')}T${time}:00+01:00`
let counter = 0
function ev(draft: ProgressEventDraft & { t: string }): ProgressEvent {
  counter++
  return progressEventSchema.parse({ id: `id-${counter}`, ...draft, v: 2 })
}
const checkIn = (id: string, t: string, backPain: number) =>
  ev({
    id,
    t,
    type: 'check-in',
    backPain,
    legPain: 3,
    furthestPoint: 'thigh',
    numbness: { present: false },
    morningStiffnessMinutes: 10,
    walkingMinutes: 0,
    psfs: []
  })
const rated = (id: string, day: number, exerciseId: string, feedback: 'fine' | 'sore' | 'sharp') =>
  ev({ id, t: at(day, '07:05'), type: 'exercise-completed', exerciseId, dose: { reps: 10 }, feedback })
const fix = (t: string, target: ProgressEvent, change: Record<string, unknown>) =>
  ev({
    t,
    type: 'correction',
    target: { id: target.id, type: target.type as 'check-in', t: target.t },
    change: change as { kind: 'withdraw' }
  })

describe('corrections', () => {
  const first = checkIn('c1', at(10, '21:00'), 8)
  const second = checkIn('c2', at(12, '21:00'), 6)
  const walk = ev({ id: 'w1', t: at(12, '18:00'), type: 'walk', minutes: 30 })
  const sharp = rated('e1', 12, 'cat-cow', 'sharp')

  it('use the corrected value everywhere: pain, walking and ratings', () => {
    const events = [
      first,
      second,
      walk,
      sharp,
      fix(at(13, '08:00'), first, {
        kind: 'check-in',
        answers: {
          backPain: 5,
          legPain: 3,
          furthestPoint: 'thigh',
          numbness: { present: false },
          morningStiffnessMinutes: 10,
          walkingMinutes: 0,
          psfs: []
        }
      }),
      fix(at(13, '08:01'), walk, { kind: 'walk', minutes: 45 }),
      fix(at(13, '08:02'), sharp, { kind: 'feedback', feedback: 'fine' })
    ]
    const f = computeProgressFigures(events, { now: NOW, range: 'month' })
    expect(f.pain.baseline).toMatchObject({ back: 5 })
    expect(f.pain.points.map((p) => p.back)).toEqual([5, 6])
    expect(f.walking.totalMinutes).toBe(45)
    expect(f.exercises.byExercise).toEqual([{ exerciseId: 'cat-cow', fine: 1, sore: 0, sharp: 0 }])
    expect(f.exercises.hurt).toEqual([])
  })

  it('let the latest correction win whatever order they are read in, and withdraw entries', () => {
    const later = fix(at(14, '09:00'), walk, { kind: 'walk', minutes: 10 })
    const earlier = fix(at(13, '09:00'), walk, { kind: 'walk', minutes: 60 })
    for (const order of [
      [walk, earlier, later],
      [later, walk, earlier]
    ])
      expect(computeProgressFigures(order, { now: NOW, range: 'month' }).walking.totalMinutes).toBe(10)
    const withdrawn = computeProgressFigures([first, second, fix(at(13, '08:00'), first, { kind: 'withdraw' })], {
      now: NOW,
      range: 'month'
    })
    expect(withdrawn.pain.baseline).toMatchObject({ back: 6 })
    expect(withdrawn.pain.points).toHaveLength(1)
  })

  it('change nothing when they name an entry of another type or month', () => {
    const wrongType = ev({
      t: at(13, '08:00'),
      type: 'correction',
      target: { id: walk.id, type: 'check-in', t: walk.t },
      change: { kind: 'withdraw' }
    })
    const wrongMonth = ev({
      t: at(13, '08:00'),
      type: 'correction',
      target: { id: walk.id, type: 'walk', t: '2026-02-12T18:00:00+01:00' },
      change: { kind: 'withdraw' }
    })
    expect(
      computeProgressFigures([walk, wrongType, wrongMonth], { now: NOW, range: 'month' }).walking.totalMinutes
    ).toBe(30)
  })
})

describe('the physiotherapist report', () => {
  const day = 18
  const events: ProgressEvent[] = [
    ev({ t: at(day, '09:30'), type: 'sitting-bout', start: at(day, '09:00'), end: at(day, '09:30'), minutes: 30 }),
    ev({ t: at(day, '11:20'), type: 'sitting-bout', start: at(day, '10:05'), end: at(day, '11:20'), minutes: 75 }),
    ev({ t: at(day, '09:30'), type: 'break-prompt', at: at(day, '09:30'), sittingMinutes: 30 }),
    ev({ t: at(day, '09:31'), type: 'break-answer', answer: 'taken' }),
    ev({ t: at(day, '11:20'), type: 'break-prompt', at: at(day, '11:20'), sittingMinutes: 75 }),
    ev({ t: at(day, '11:21'), type: 'break-answer', answer: 'skipped', reason: 'Phone call' }),
    ev({ t: at(day + 1, '11:21'), type: 'break-answer', answer: 'skipped', reason: 'phone  call ' }),
    ev({ t: at(day + 1, '11:22'), type: 'break-answer', answer: 'skipped', reason: 'deadline' }),
    rated('r1', day, 'pelvic-tilt', 'fine'),
    rated('r2', day, 'pelvic-tilt', 'fine'),
    rated('r3', day, 'prone-press-up', 'fine'),
    rated('r4', day + 1, 'prone-press-up', 'fine'),
    rated('r5', day + 1, 'prone-press-up', 'sharp')
  ]
  const report = buildProgressReport(computeProgressFigures(events, { now: NOW, range: 'week' }), {
    generatedOn: '2026-03-20',
    exerciseName: (id) => id
  })

  it('adds the sitting figures: bouts, the longest bout, breaks taken of prompted', () => {
    expect(report.sitting).toEqual({
      bouts: 2,
      daysSat: 1,
      averageMinutesPerDaySat: 105,
      longest: { day: '2026-03-18', minutes: 75, from: '10:05', to: '11:20' },
      breaksPrompted: 2,
      breaksTaken: 1,
      tookOwnBreaks: 0
    })
  })

  it('lists skip reasons, the same reason typed differently counted once', () => {
    expect(report.skipReasons).toEqual([
      { reason: 'phone  call', count: 2 },
      { reason: 'deadline', count: 1 }
    ])
  })

  it('never lists an exercise both as felt fine and as rated sharp', () => {
    expect(report.helped.map((x) => x.name)).toEqual(['pelvic-tilt'])
    expect(report.hurt.map((x) => x.name)).toEqual(['prone-press-up'])
  })
})
