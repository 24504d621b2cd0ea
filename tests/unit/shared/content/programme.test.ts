import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/progress-stats'
import {
  ENCOURAGEMENTS,
  phaseForWeek,
  programmeStatus,
  WEEK_THREE_MESSAGE,
  type ProgrammeOptions
} from '@shared/content'

const START = '2026-03-02'
const calm: ProgrammeOptions = { recentSharp: false }
const on = (day: number, options: ProgrammeOptions = calm) => programmeStatus(START, addDays(START, day), options)

describe('programmeStatus', () => {
  it('counts weeks from the start day and maps them to the four phases', () => {
    expect([0, 13, 14, 27, 28, 55, 56, 400].map((d) => [on(d).week, on(d).phase])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 3],
      [8, 3],
      [9, 4],
      [58, 4]
    ])
    expect(phaseForWeek(9)).toBe(4)
  })

  it('treats days before the start as week 1', () => {
    expect(on(-3)).toMatchObject({ week: 1, phase: 1 })
  })

  it('says what unlocks next and when', () => {
    expect(on(3).next).toEqual({
      phase: 2,
      focus: 'Longer holds',
      unlocks: [],
      startsOn: '2026-03-16',
      waitingFor: null
    })
    expect(on(20).next).toMatchObject({
      phase: 3,
      unlocks: ['bridging', 'bird-dog', 'partial-curl'],
      startsOn: '2026-03-30'
    })
    expect(on(60).next).toBeNull()
  })

  it('suggests the routine and the walk for the day: 5 minutes growing to 30', () => {
    expect(on(0).today).toEqual({ routineId: 'morning', walkMinutes: 5 })
    expect(on(7).today.walkMinutes).toBe(10)
    expect(on(14).today.walkMinutes).toBe(15)
    expect(on(28).today).toEqual({ routineId: 'stretch-and-strength', walkMinutes: 20 })
    expect(on(70).today).toEqual({ routineId: 'evening', walkMinutes: 30 })
  })

  it('asks the marker question of each phase', () => {
    expect([0, 14, 28, 56].map((d) => on(d).marker.id)).toEqual([
      'morning-stiffness',
      'walk-15',
      'pain-spikes',
      'hobbies'
    ])
    expect(on(0).marker.question).toMatch(/stiff/)
  })

  it('shows the week-3 message in week 3 only, and some encouragement every week', () => {
    expect(on(14).weekThreeMessage).toBe(WEEK_THREE_MESSAGE)
    expect(WEEK_THREE_MESSAGE).toMatch(/fortnight.*season/)
    // our own words, not the guide's
    expect(WEEK_THREE_MESSAGE).not.toMatch(/feel better in 2 weeks, others take 3 months/)
    expect(on(13).weekThreeMessage).toBeNull()
    expect(on(21).weekThreeMessage).toBeNull()
    for (const d of [0, 7, 14, 21, 28, 35, 100]) expect(ENCOURAGEMENTS).toContain(on(d).encouragement)
  })

  it('lets the user hold a phase: the calendar moves on, the phase does not', () => {
    const held = on(40, { ...calm, heldPhase: 2 })
    expect(held).toMatchObject({ week: 6, phase: 2, calendarPhase: 3, heldBack: 'hold' })
    expect(held.next).toMatchObject({ phase: 3, startsOn: null })
    expect(held.today.walkMinutes).toBe(15)
  })

  it('says the next phase waits on the user once a hold is set, even before the calendar moves on', () => {
    const holding = on(14, { ...calm, heldPhase: 2 })
    expect(holding).toMatchObject({ phase: 2, heldBack: null })
    expect(holding.next).toMatchObject({ phase: 3, startsOn: null, waitingFor: expect.stringMatching(/move on/) })
  })

  it('lets the user step back a phase, moving on again when the calendar is a phase further', () => {
    const back = on(40, { ...calm, stepBack: 1 })
    expect(back).toMatchObject({ phase: 2, calendarPhase: 3, heldBack: 'step-back' })
    expect(back.next).toMatchObject({ phase: 3, startsOn: '2026-04-27' })
    expect(on(56, { ...calm, stepBack: 1 }).phase).toBe(3)
    expect(on(3, { ...calm, stepBack: 2 }).phase).toBe(1)
  })

  it('does not move on to the next phase while recent feedback says sharp', () => {
    // Day 14 opens phase 2; yesterday was phase 1.
    const firstDay = on(14, { recentSharp: true })
    expect(firstDay).toMatchObject({ phase: 1, calendarPhase: 2, heldBack: 'sharp' })
    expect(firstDay.pausedMessage).toMatch(/sharp/)
    expect(firstDay.next).toMatchObject({ phase: 2, startsOn: null })
    // Weeks later, the stored phase keeps it where it was.
    expect(on(40, { recentSharp: true, lastPhase: 1 })).toMatchObject({ phase: 1, heldBack: 'sharp' })
    // Without sharp feedback it catches up.
    expect(on(40, { recentSharp: false, lastPhase: 1 }).phase).toBe(3)
  })

  it('never sends the user backwards because of sharp feedback alone', () => {
    expect(on(40, { recentSharp: true, lastPhase: 3 })).toMatchObject({ phase: 3, heldBack: null })
    expect(on(40, { recentSharp: true, lastPhase: 3 }).pausedMessage).not.toBeNull()
  })

  it('plans the flare-up routine and a shorter walk in flare mode', () => {
    expect(on(70, { ...calm, flare: true }).today).toEqual({ routineId: 'flare-up', walkMinutes: 15 })
    expect(on(0, { ...calm, flare: true }).today.walkMinutes).toBe(5)
  })
})

describe('programme shape (issue 13)', () => {
  it('weeks 5 to 8 add strength to a shortened stretch and hip routine, never replace it', async () => {
    const { findBuiltInRoutine } = await import('@shared/content')
    const daily = findBuiltInRoutine(on(28).today.routineId)!
    const ids = daily.items.map((i) => i.exerciseId)
    for (const id of ['knee-to-chest', 'figure-4', 'cat-cow', 'bridging', 'bird-dog', 'partial-curl']) {
      expect(ids).toContain(id)
    }
    expect(ids.length).toBeLessThan(findBuiltInRoutine('morning')!.items.length + 4)
  })

  it('after week 9 gives a maintenance plan: fewer sessions, a daily walk, a weekly check-in', () => {
    const late = on(70)
    expect(late.changes).toMatch(/maintenance/i)
    expect(late.changes).toMatch(/three days a week/)
    expect(late.changes).toMatch(/check-in once a week/)
    expect(late.rhythm).toMatch(/Three days a week/)
    expect(on(0).rhythm).toBe('Every day.')
  })
})

describe('holds from the body (issue 13)', () => {
  it('a worsening keeps the phase where it was and says why', () => {
    const held = on(28, { recentSharp: false, worsening: true, lastPhase: 2 })
    expect(held).toMatchObject({ phase: 2, heldBack: 'worsening' })
    expect(held.pausedMessage).toMatch(/getting worse/)
    expect(held.next?.waitingFor).toMatch(/settling/)
  })

  it('a "not yet" to the phase marker holds the phase and shows the reason', () => {
    const held = on(28, { recentSharp: false, markerNotMet: true, lastPhase: 2 })
    expect(held).toMatchObject({ phase: 2, heldBack: 'marker' })
    expect(held.pausedMessage).toMatch(/not comfortable yet/)
    expect(held.next?.waitingFor).toMatch(/walk for 15 minutes/)
    expect(on(28, { recentSharp: false, markerNotMet: false, lastPhase: 2 }).phase).toBe(3)
  })

  it('asks the marker once a week and holds only on the latest "no"', async () => {
    const { markerDue, markerNotMet, phaseMarkerQuestion } = await import('@shared/content')
    expect(phaseMarkerQuestion(1)).toBeNull()
    expect(phaseMarkerQuestion(2)?.id).toBe('walk-15')
    expect(markerDue(2, [], '2026-03-16')).toBe(true)
    const no = { date: '2026-03-16', id: 'walk-15' as const, met: false }
    expect(markerDue(2, [no], '2026-03-22')).toBe(false)
    expect(markerDue(2, [no], '2026-03-23')).toBe(true)
    expect(markerNotMet(2, [no])).toBe(true)
    expect(markerNotMet(2, [no, { ...no, date: '2026-03-23', met: true }])).toBe(false)
    expect(markerNotMet(3, [no])).toBe(false)
  })
})
