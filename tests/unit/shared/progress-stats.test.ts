// The Progress screen's figures, each checked on small hand-built logs.
import { describe, expect, it } from 'vitest'
import type { ProgressEvent, ProgressEventDraft, SymptomLocation } from '@shared/progress-events'
import {
  computeProgressFigures,
  painChange,
  psfsChange,
  routineStreak,
  symptomTrend,
  type ProgressFigures,
  type StatsRange
} from '@shared/progress-stats'

let counter = 0
/** A stored event from a draft with t; ids are predictable to read failures easily. */
function ev(draft: ProgressEventDraft & { t: string }): ProgressEvent {
  counter++
  return { ...draft, v: 2, id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}` } as ProgressEvent
}
const at = (day: string, time = '12:00'): string => `2026-03-${day}T${time}:00+01:00`

function checkIn(
  day: string,
  back: number,
  leg: number,
  furthestPoint: SymptomLocation = 'calf',
  psfs: { activity: string; score: number }[] = []
): ProgressEvent {
  return ev({
    type: 'check-in',
    t: at(day, '21:00'),
    backPain: back,
    legPain: leg,
    furthestPoint,
    numbness: { present: false },
    morningStiffnessMinutes: 10,
    walkingMinutes: 0,
    psfs
  })
}
const routine = (day: string): ProgressEvent =>
  ev({ type: 'routine-completed', t: at(day, '07:00'), routineId: 'morning' })
const NOW = '2026-03-20T18:00:00+01:00'
const figures = (events: ProgressEvent[], range: StatsRange = 'all', now = NOW): ProgressFigures =>
  computeProgressFigures(events, { now, range })

describe('the smallest change in pain that matters', () => {
  it('counts 2 points as meaningful whatever the baseline', () => {
    expect(painChange(8, 6)).toEqual({ delta: -2, meaningful: true, direction: 'better' })
    expect(painChange(3, 5)).toEqual({ delta: 2, meaningful: true, direction: 'worse' })
  })

  it('counts 30 % of the baseline as meaningful even below 2 points', () => {
    expect(painChange(3, 2).meaningful).toBe(true) // 33 %
    expect(painChange(10, 7).meaningful).toBe(true) // 30 % exactly, and 3 points
    expect(painChange(5, 4).meaningful).toBe(false) // 20 %, 1 point
    expect(painChange(0, 1).meaningful).toBe(false) // no percentage of zero; 1 point
    expect(painChange(4, 4)).toEqual({ delta: 0, meaningful: false, direction: 'same' })
  })

  it('marks each check-in against the first check-in ever, even one before the range', () => {
    const events = [checkIn('01', 6, 8), checkIn('16', 5, 5), checkIn('18', 4, 7), checkIn('20', 6, 8)]
    const pain = figures(events, 'week').pain
    expect(pain.baseline).toEqual({ t: at('01', '21:00'), back: 6, leg: 8 })
    expect(pain.points.map((p) => [p.day, p.back, p.backChange.meaningful, p.leg, p.legChange.meaningful])).toEqual([
      ['2026-03-16', 5, false, 5, true],
      ['2026-03-18', 4, true, 7, false],
      ['2026-03-20', 6, false, 8, false]
    ])
    expect(pain.points[1]?.backChange.direction).toBe('better')
  })
})

describe('sitting bouts', () => {
  it('counts bouts and minutes per day and finds the longest bout', () => {
    const bout = (day: string, from: string, to: string, minutes: number): ProgressEvent =>
      ev({ type: 'sitting-bout', t: at(day, to), start: at(day, from), end: at(day, to), minutes })
    const events = [
      bout('18', '09:00', '09:25', 25),
      bout('18', '09:30', '10:40', 70),
      bout('20', '09:00', '09:40', 40)
    ]
    const sitting = figures(events, 'week').sitting
    expect(sitting.days.map((d) => [d.day, d.bouts, d.minutes, d.longestMinutes])).toEqual([
      ['2026-03-14', 0, 0, 0],
      ['2026-03-15', 0, 0, 0],
      ['2026-03-16', 0, 0, 0],
      ['2026-03-17', 0, 0, 0],
      ['2026-03-18', 2, 95, 70],
      ['2026-03-19', 0, 0, 0],
      ['2026-03-20', 1, 40, 40]
    ])
    expect(sitting.longest).toEqual({ start: at('18', '09:30'), end: at('18', '10:40'), minutes: 70 })
    expect(sitting.totalBouts).toBe(3)
  })

  it('files a bout under the day it started, even when it ends after midnight', () => {
    const late = ev({
      type: 'sitting-bout',
      t: at('20', '00:20'),
      start: at('19', '23:50'),
      end: at('20', '00:20'),
      minutes: 30
    })
    const days = figures([late], 'week').sitting.days
    expect(days.find((d) => d.day === '2026-03-19')?.bouts).toBe(1)
    expect(days.find((d) => d.day === '2026-03-20')?.bouts).toBe(0)
  })
})

describe('breaks', () => {
  it('counts breaks prompted against breaks taken, per day and in total', () => {
    const prompt = (day: string, time: string): ProgressEvent =>
      ev({ type: 'break-prompt', t: at(day, time), at: at(day, time), sittingMinutes: 25 })
    const answer = (day: string, time: string, a: 'taken' | 'snoozed' | 'skipped' | 'meeting'): ProgressEvent =>
      ev({ type: 'break-answer', t: at(day, time), answer: a })
    const events = [
      prompt('19', '09:25'),
      answer('19', '09:25', 'taken'),
      ev({ type: 'break-completed', t: at('19', '09:27'), exerciseId: 'standing-extension' }),
      prompt('19', '10:00'),
      answer('19', '10:00', 'snoozed'),
      prompt('19', '10:05'),
      answer('19', '10:05', 'skipped'),
      prompt('20', '09:25'),
      answer('20', '09:25', 'meeting'),
      ev({ type: 'natural-break', t: at('20', '11:05'), from: at('20', '11:00'), minutes: 5 })
    ]
    const f = figures(events, 'week')
    expect(f.breaks.days.slice(-2)).toEqual([
      {
        day: '2026-03-19',
        prompted: 3,
        taken: 1,
        snoozed: 1,
        skipped: 1,
        meeting: 0,
        natural: 0,
        completed: 1,
        abandoned: 0
      },
      {
        day: '2026-03-20',
        prompted: 1,
        taken: 0,
        snoozed: 0,
        skipped: 0,
        meeting: 1,
        natural: 1,
        completed: 0,
        abandoned: 0
      }
    ])
    expect(f.breaks.totals).toEqual({
      prompted: 4,
      taken: 1,
      snoozed: 1,
      skipped: 1,
      meeting: 1,
      natural: 1,
      completed: 1,
      abandoned: 0
    })
    expect(f.adherence.breakShare).toBe(0.25)
  })
})

describe('the routine streak', () => {
  it('forgives one missed day between routines', () => {
    expect(routineStreak(['2026-03-16', '2026-03-18', '2026-03-19', '2026-03-20'], '2026-03-20')).toEqual({
      current: 4,
      best: 4,
      lastActiveDay: '2026-03-20'
    })
  })

  it('breaks after two missed days in a row, and keeps the best streak', () => {
    expect(routineStreak(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-15', '2026-03-16'], '2026-03-16')).toEqual(
      {
        current: 2,
        best: 3,
        lastActiveDay: '2026-03-16'
      }
    )
  })

  it('stays alive through a missed yesterday while today is still open, and ends after two missed days', () => {
    const days = ['2026-03-17', '2026-03-18']
    expect(routineStreak(days, '2026-03-19').current).toBe(2)
    expect(routineStreak(days, '2026-03-20').current).toBe(2)
    expect(routineStreak(days, '2026-03-21').current).toBe(0)
    expect(routineStreak(days, '2026-03-21').best).toBe(2)
  })

  it('counts several routines on one day once, and ignores days after today', () => {
    expect(routineStreak(['2026-03-19', '2026-03-19', '2026-03-20', '2026-03-22'], '2026-03-20').current).toBe(2)
  })

  it('is computed over the whole log whatever range is shown', () => {
    const events = ['08', '09', '11', '12', '13', '15', '17', '19', '20'].map(routine)
    expect(figures(events, 'week').streak).toEqual({ current: 9, best: 9, lastActiveDay: '2026-03-20' })
    expect(figures(events, 'week').adherence.routineDays).toBe(4) // the 14th to the 20th holds the 15th, 17th, 19th and 20th
  })
})

describe('walking', () => {
  it('sums walks per day, and trusts the check-in\u2019s "walking today" when it says more', () => {
    const events = [
      ev({ type: 'walk', t: at('19', '08:00'), minutes: 10 }),
      ev({ type: 'walk', t: at('19', '18:00'), minutes: 15 }),
      ev({ type: 'walk', t: at('20', '12:30'), minutes: 10 }),
      { ...checkIn('20', 3, 3), walkingMinutes: 30 } as ProgressEvent
    ]
    const walking = figures(events, 'week').walking
    expect(walking.days.slice(-2)).toEqual([
      { day: '2026-03-19', minutes: 25, walkingDays: 1 },
      { day: '2026-03-20', minutes: 30, walkingDays: 1 }
    ])
    expect(walking.totalMinutes).toBe(55)
  })
})

describe('where the symptoms reach', () => {
  it('orders locations from the spine outwards', () => {
    expect(symptomTrend('foot', 'calf')).toBe('centralizing')
    expect(symptomTrend('back', 'none')).toBe('centralizing')
    expect(symptomTrend('buttock', 'knee')).toBe('peripheralizing')
    expect(symptomTrend('thigh', 'thigh')).toBe('unchanged')
  })

  it('calls pain moving up from calf to buttock centralizing over the range', () => {
    const events = [checkIn('14', 6, 7, 'calf'), checkIn('17', 5, 6, 'knee'), checkIn('20', 4, 4, 'buttock')]
    const s = figures(events, 'week').symptomLocation
    expect(s.trend).toBe('centralizing')
    expect(s.sinceLastCheckIn).toBe('centralizing')
    expect(s.points.map((p) => p.location)).toEqual(['calf', 'knee', 'buttock'])
  })

  it('calls pain spreading further down the leg peripheralizing, even after an earlier improvement', () => {
    const events = [checkIn('14', 5, 5, 'thigh'), checkIn('17', 4, 4, 'buttock'), checkIn('20', 6, 7, 'foot')]
    const s = figures(events, 'week').symptomLocation
    expect(s.trend).toBe('peripheralizing')
    expect(s.sinceLastCheckIn).toBe('peripheralizing')
  })

  it('needs two check-ins to name a trend', () => {
    expect(figures([checkIn('20', 5, 5, 'calf')], 'week').symptomLocation.trend).toBe('not-enough-data')
    expect(figures([checkIn('14', 5, 5, 'calf'), checkIn('20', 5, 5, 'calf')], 'week').symptomLocation.trend).toBe(
      'unchanged'
    )
  })
})

describe('PSFS activities', () => {
  it('follows each activity over time and marks a change of 2 points, matching names loosely', () => {
    const events = [
      checkIn('02', 5, 5, 'calf', [
        { activity: 'Drive 30 min', score: 3 },
        { activity: 'sit through a meeting', score: 5 }
      ]),
      checkIn('16', 5, 5, 'calf', [
        { activity: 'drive  30 min', score: 4 },
        { activity: 'sit through a meeting', score: 6 }
      ]),
      checkIn('20', 5, 5, 'calf', [{ activity: 'drive 30 min', score: 5 }])
    ]
    const psfs = figures(events, 'week').psfs
    expect(psfs.map((a) => [a.activity, a.points.map((p) => p.score), a.change])).toEqual([
      ['drive 30 min', [4, 5], { delta: 2, meaningful: true, direction: 'better' }],
      ['sit through a meeting', [6], { delta: 1, meaningful: false, direction: 'better' }]
    ])
    expect(psfsChange(6, 4)).toEqual({ delta: -2, meaningful: true, direction: 'worse' })
  })
})

describe('exercise feedback', () => {
  it('counts fine, sore and sharp per exercise and lists what helped and what hurt', () => {
    const done = (exerciseId: string, feedback: 'fine' | 'sore' | 'sharp' | undefined): ProgressEvent =>
      ev({ type: 'exercise-completed', t: at('19'), exerciseId, dose: { reps: 10 }, ...(feedback ? { feedback } : {}) })
    const events = [
      done('pelvic-tilt', 'fine'),
      done('pelvic-tilt', 'fine'),
      done('pelvic-tilt', 'sore'),
      done('prone-press-up', 'sharp'),
      done('prone-press-up', 'sharp'),
      done('prone-press-up', 'fine'),
      done('bridging', 'fine'),
      done('bridging', 'sharp'),
      done('cat-cow', undefined)
    ]
    const x = figures(events, 'week').exercises
    expect(x.byExercise).toEqual([
      { exerciseId: 'bridging', fine: 1, sore: 0, sharp: 1 },
      { exerciseId: 'pelvic-tilt', fine: 2, sore: 1, sharp: 0 },
      { exerciseId: 'prone-press-up', fine: 1, sore: 0, sharp: 2 }
    ])
    expect(x.helped).toEqual(['pelvic-tilt'])
    expect(x.hurt).toEqual(['prone-press-up', 'bridging'])
    expect(x.totals).toEqual({ fine: 4, sore: 1, sharp: 3 })
  })
})

describe('warning signs', () => {
  it('lists the answers in range that reported a sign, and the latest answers overall', () => {
    const events = [
      ev({ type: 'safety-answers', t: at('02'), signs: ['foot-drop'] }),
      ev({ type: 'safety-answers', t: at('16'), signs: ['both-legs', 'worsening-pain'], context: 'weekly-check-in' }),
      ev({ type: 'safety-answers', t: at('19'), signs: [] })
    ]
    const w = figures(events, 'week').warningSigns
    expect(w.reports).toEqual([{ t: at('16'), day: '2026-03-16', signs: ['both-legs', 'worsening-pain'] }])
    expect(w.latest).toEqual({ t: at('19'), signs: [] })
  })
})

describe('ranges and adherence', () => {
  it('reads week as the last 7 days and month as the last 30, both including today', () => {
    expect(figures([], 'week').range).toEqual({ from: '2026-03-14', to: '2026-03-20', days: 7 })
    expect(figures([], 'month').range).toEqual({ from: '2026-02-19', to: '2026-03-20', days: 30 })
    expect(figures([], { from: '2026-03-01', to: '2026-03-03' }).range.days).toBe(3)
  })

  it('starts all-time at the first event, and takes today from the offset in now', () => {
    const events = [routine('01'), routine('05')]
    expect(figures(events, 'all').range).toEqual({ from: '2026-03-01', to: '2026-03-20', days: 20 })
    // 23:30 in New York on the 20th is already the 21st in Paris: "today" is the user's own day.
    expect(figures(events, 'all', '2026-03-20T23:30:00-05:00').range.to).toBe('2026-03-20')
  })

  it('gives the share of days with a routine', () => {
    const a = figures(['14', '16', '18', '20'].map(routine), 'week').adherence
    expect([a.routineDays, a.daysInRange]).toEqual([4, 7])
    expect(a.routineDayShare).toBeCloseTo(4 / 7)
  })

  it('leaves out events dated after now', () => {
    const f = figures([ev({ type: 'walk', t: at('21'), minutes: 30 })], 'week')
    expect(f.walking.totalMinutes).toBe(0)
  })

  it('gives the same figures whatever order the events come in', () => {
    const events = [
      checkIn('14', 6, 7, 'calf'),
      routine('15'),
      routine('16'),
      checkIn('18', 3, 4, 'thigh'),
      ev({ type: 'walk', t: at('19'), minutes: 20 })
    ]
    expect(figures([...events].reverse(), 'month')).toEqual(figures(events, 'month'))
  })

  it('handles an empty log', () => {
    const f = figures([], 'all')
    expect(f.pain).toEqual({ baseline: null, points: [] })
    expect(f.streak).toEqual({ current: 0, best: 0, lastActiveDay: null })
    expect(f.adherence.breakShare).toBeNull()
    expect(f.range.days).toBe(1)
  })
})
