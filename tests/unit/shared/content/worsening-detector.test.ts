import { describe, expect, it } from 'vitest'
import { detectWorsening, WORSENING_MESSAGE, type WorseningCheckIn } from '@shared/content'

const base: WorseningCheckIn = {
  t: '2026-03-02T08:00:00.000Z',
  backPain: 4,
  legPain: 4,
  furthestPoint: 'thigh',
  psfs: []
}
const at = (day: string, over: Partial<WorseningCheckIn> = {}): WorseningCheckIn => ({
  ...base,
  t: `${day}T08:00:00.000Z`,
  ...over
})

describe('detectWorsening', () => {
  it('says nothing with one check-in or when nothing changed', () => {
    expect(detectWorsening([at('2026-03-02')], '2026-03-02')).toBeNull()
    expect(detectWorsening([at('2026-03-02'), at('2026-03-06')], '2026-03-06')).toBeNull()
  })

  it('spots pain rising by 2 points, and by 30 % of a low start', () => {
    const twoPoints = detectWorsening([at('2026-03-02'), at('2026-03-06', { legPain: 6 })], '2026-03-06')
    expect(twoPoints).toMatchObject({ reasons: ['leg-pain'], message: WORSENING_MESSAGE })
    expect(twoPoints?.details).toEqual(['Leg pain went from 4 to 6.'])
    // 3 -> 4 is one point but a third more: it matters.
    expect(
      detectWorsening([at('2026-03-02', { backPain: 3 }), at('2026-03-06', { backPain: 4 })], '2026-03-06')?.reasons
    ).toEqual(['back-pain'])
    // 8 -> 9 is one point and an eighth: it does not.
    expect(
      detectWorsening([at('2026-03-02', { backPain: 8 }), at('2026-03-06', { backPain: 9 })], '2026-03-06')
    ).toBeNull()
  })

  it('uses 2 points for an activity (PSFS), never 30 %', () => {
    const psfs = (score: number) => [{ activity: 'Sitting through a film', score }]
    expect(
      detectWorsening([at('2026-03-02', { psfs: psfs(3) }), at('2026-03-06', { psfs: psfs(2) })], '2026-03-06')
    ).toBeNull()
    expect(
      detectWorsening([at('2026-03-02', { psfs: psfs(5) }), at('2026-03-06', { psfs: psfs(3) })], '2026-03-06')?.reasons
    ).toEqual(['activity'])
  })

  it('spots symptoms reaching further down the leg', () => {
    const found = detectWorsening([at('2026-03-02'), at('2026-03-06', { furthestPoint: 'foot' })], '2026-03-06')
    expect(found?.reasons).toEqual(['spreading'])
    expect(found?.details).toEqual(['Your symptoms now reach further down the leg.'])
  })

  it('ignores check-ins older than 14 days', () => {
    const old = at('2026-02-01', { legPain: 1, furthestPoint: 'back' })
    expect(detectWorsening([old, at('2026-03-02', { legPain: 6 })], '2026-03-02')).toBeNull()
    expect(detectWorsening([at('2026-03-01'), at('2026-03-02', { legPain: 6 })], '2026-03-20')).toBeNull()
  })

  it('suggests flare mode and a professional in its message', () => {
    expect(WORSENING_MESSAGE).toMatch(/Flare-up mode/)
    expect(WORSENING_MESSAGE).toMatch(/doctor or physiotherapist/)
  })
})
