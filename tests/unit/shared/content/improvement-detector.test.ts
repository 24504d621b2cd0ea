import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/progress-stats'
import { detectNoImprovement, type PainCheckIn } from '@shared/content'

const START = '2026-03-02'
const day = (n: number) => addDays(START, n)
/** Exercise on 4 days of every week from the start, through `weeks` weeks. */
const regularDays = (weeks: number) =>
  Array.from({ length: weeks * 7 }, (_, i) => i + 1)
    .filter((i) => i % 7 < 4)
    .map(day)
const weekly = (values: [number, number][]): PainCheckIn[] =>
  values.map(([backPain, legPain], i) => ({ date: day(i * 7), backPain, legPain }))

describe('detectNoImprovement', () => {
  it('suggests a physiotherapist after 4 weeks of regular exercise with no real change', () => {
    const suggestion = detectNoImprovement(
      weekly([
        [6, 7],
        [6, 7],
        [7, 6],
        [6, 7],
        [6, 6]
      ]),
      regularDays(4)
    )
    expect(suggestion).toMatchObject({ signId: 'no-improvement', from: START, to: day(28) })
    expect(suggestion?.message).toMatch(/physiotherapist/)
  })

  it('stays quiet before 4 weeks have passed', () => {
    expect(
      detectNoImprovement(
        weekly([
          [6, 7],
          [6, 7],
          [6, 7],
          [6, 7]
        ]),
        regularDays(4)
      )
    ).toBeNull()
    expect(detectNoImprovement([], [])).toBeNull()
  })

  it('stays quiet when pain fell by 2 points', () => {
    expect(
      detectNoImprovement(
        weekly([
          [6, 7],
          [6, 7],
          [5, 7],
          [5, 7],
          [4, 7]
        ]),
        regularDays(4)
      )
    ).toBeNull()
  })

  it('stays quiet when leg pain fell by 30 % even if that is under 2 points', () => {
    // 3 -> 2 is a 33 % drop
    expect(
      detectNoImprovement(
        weekly([
          [4, 3],
          [4, 3],
          [4, 3],
          [4, 3],
          [4, 2]
        ]),
        regularDays(4)
      )
    ).toBeNull()
  })

  it('does not count a 1-point drop from 7 as improvement', () => {
    expect(
      detectNoImprovement(
        weekly([
          [7, 7],
          [7, 7],
          [7, 7],
          [7, 7],
          [6, 6]
        ]),
        regularDays(4)
      )
    ).not.toBeNull()
  })

  it('stays quiet when exercise was not regular (fewer than 3 days a week)', () => {
    const twiceAWeek = regularDays(4).filter((_, i) => i % 2 === 0)
    expect(
      detectNoImprovement(
        weekly([
          [6, 7],
          [6, 7],
          [6, 7],
          [6, 7],
          [6, 7]
        ]),
        twiceAWeek
      )
    ).toBeNull()
  })

  it('stays quiet when there was little pain to begin with', () => {
    expect(
      detectNoImprovement(
        weekly([
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1]
        ]),
        regularDays(4)
      )
    ).toBeNull()
  })

  it('does not let one good day hide a month without change', () => {
    const checkIns: PainCheckIn[] = [
      ...weekly([
        [6, 6],
        [6, 6],
        [6, 6],
        [6, 6]
      ]),
      { date: day(26), backPain: 6, legPain: 6 },
      { date: day(27), backPain: 6, legPain: 6 },
      { date: day(28), backPain: 3, legPain: 3 }
    ]
    expect(detectNoImprovement(checkIns, regularDays(4))).not.toBeNull()
  })

  it('reads check-ins in any order', () => {
    const shuffled = weekly([
      [6, 7],
      [6, 7],
      [7, 6],
      [6, 7],
      [6, 6]
    ]).reverse()
    expect(detectNoImprovement(shuffled, regularDays(4))).not.toBeNull()
  })
})
