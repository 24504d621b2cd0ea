// Home mode reacting to what the body says (issue 13): the real app on a temp dir and a virtual clock.
import { describe, expect, it } from 'vitest'
import { SHARP_EXTENSION_MESSAGE } from '@shared/content/gating'
import { STOPPED_FOR_TODAY_MESSAGE } from '@shared/content/feedback'
import { EMERGENCY_STOP_MESSAGE } from '@shared/content/warning-signs'
import { type HomeRig, checkInEvent, homeRigs } from './home-rig'

const { rig, startedUser, restart } = homeRigs()

/** A user whose two latest check-ins show the pain centralizing, so extension is offered. */
async function centralizingUser(): Promise<HomeRig> {
  const first = await startedUser()
  first.appendToLog(checkInEvent('2026-03-01T08:00:00+01:00', 'foot'))
  first.appendToLog(checkInEvent('2026-03-02T08:00:00+01:00', 'thigh'))
  return rig(first.dir, '2026-03-02T09:00:00+01:00')
}

describe('home: the peripheralisation rule', () => {
  it('sharp on the prone press-up leaves every extension exercise out of the next routine, with the reason', async () => {
    const r = await centralizingUser()
    const first = await r.invoke('home:start-session', { routineId: 'morning' })
    if (!first.ok) throw new Error(first.message)
    expect(first.session.items[0]?.exerciseId).toBe('prone-press-up')
    await r.invoke('home:exercise-done', { sessionId: first.session.sessionId, itemIndex: 0, rating: 'sharp' })
    const next = await r.invoke('home:start-session', { routineId: 'morning' })
    if (!next.ok) throw new Error(next.message)
    expect(next.session.items.map((i) => i.exerciseId)).not.toContain('prone-press-up')
    expect(next.session.skipped).toContainEqual({ exerciseId: 'prone-press-up', message: SHARP_EXTENSION_MESSAGE })
    expect((await r.invoke('home:get-state')).gating.extensionBlocked).toBe(true)
    // A restart reads the rating back from the log and still blocks.
    const again = rig(r.dir, '2026-03-02T12:00:00+01:00')
    expect((await again.invoke('home:get-state')).gating.extensionBlocked).toBe(true)
    // A later check-in showing the pain moving up again lifts it.
    again.appendToLog(checkInEvent('2026-03-03T08:00:00+01:00', 'buttock'))
    const lifted = rig(r.dir, '2026-03-03T09:00:00+01:00')
    expect((await lifted.invoke('home:get-state')).gating.extensionBlocked).toBe(false)
  })

  it('ignores check-ins older than 14 days when deciding the trend', async () => {
    const first = await startedUser()
    first.appendToLog(checkInEvent('2026-03-01T08:00:00+01:00', 'foot'))
    first.appendToLog(checkInEvent('2026-03-02T08:00:00+01:00', 'thigh'))
    const fresh = rig(first.dir, '2026-03-10T09:00:00+01:00')
    expect((await fresh.invoke('home:get-state')).trend).toBe('centralizing')
    const stale = rig(first.dir, '2026-03-20T09:00:00+01:00')
    expect((await stale.invoke('home:get-state')).trend).toBe('unknown')
  })
})

describe('home: stops for the day', () => {
  it('after two sharp ratings no routine starts again that day; the next day it does', async () => {
    const r = await startedUser()
    const s = await r.invoke('home:start-session', { routineId: 'morning' })
    if (!s.ok) throw new Error(s.message)
    await r.invoke('home:exercise-done', { sessionId: s.session.sessionId, itemIndex: 0, rating: 'sharp' })
    await r.invoke('home:exercise-done', { sessionId: s.session.sessionId, itemIndex: 1, rating: 'sharp' })
    expect((await r.invoke('home:get-state')).stoppedForToday).toBe(STOPPED_FOR_TODAY_MESSAGE)
    const refused = await r.invoke('home:start-session', { routineId: 'flare-up' })
    expect(refused).toEqual({ ok: false, reason: 'stopped-today', message: STOPPED_FOR_TODAY_MESSAGE })
    expect(STOPPED_FOR_TODAY_MESSAGE).toMatch(/until tomorrow/)
    const restarted = restart(r)
    expect((await restarted.invoke('home:start-session', { routineId: 'flare-up' })).ok).toBe(false)
    restarted.advanceDays(1)
    expect((await restarted.invoke('home:start-session', { routineId: 'flare-up' })).ok).toBe(true)
  })
})

describe('home: the emergency level', () => {
  it('an emergency answer offers nothing, not even the walk, and says to get urgent care', async () => {
    const r = await startedUser()
    const state = await r.invoke('home:answer-safety', { signs: ['bladder-bowel-control'], context: 'on-demand' })
    expect(state.safety.verdict.emergency).toBe(true)
    expect(state.gating).toMatchObject({ emergency: true, safetyStop: true })
    expect(state.safety.verdict.messages).toContain(EMERGENCY_STOP_MESSAGE)
    expect(await r.invoke('home:start-session', { routineId: 'flare-up' })).toMatchObject({
      ok: false,
      message: EMERGENCY_STOP_MESSAGE
    })
  })

  it('worsening despite rest pauses exercise, as foot drop does', async () => {
    const r = await startedUser()
    const state = await r.invoke('home:answer-safety', { signs: ['worsening-pain'], context: 'on-demand' })
    expect(state.gating).toMatchObject({ safetyStop: true, emergency: false })
  })
})

describe('home: worsening and phase markers', () => {
  it('a meaningful rise in recent check-ins shows the worsening and holds the programme', async () => {
    const first = await startedUser()
    first.appendToLog(checkInEvent('2026-03-20T08:00:00+01:00', 'thigh', 3))
    first.appendToLog(checkInEvent('2026-03-24T08:00:00+01:00', 'thigh', 3))
    const before = rig(first.dir, '2026-03-24T09:00:00+01:00')
    const calm = await before.invoke('home:get-state')
    expect(calm.worsening).toBeNull()
    expect(calm.programme?.phase).toBe(2)
    first.appendToLog(checkInEvent('2026-03-30T08:00:00+01:00', 'calf', 6))
    const after = rig(first.dir, '2026-03-30T09:00:00+01:00')
    const state = await after.invoke('home:get-state')
    expect(state.worsening?.reasons).toEqual(['leg-pain', 'spreading'])
    // Week 5 would be phase 3; the worsening keeps phase 2.
    expect(state.programme).toMatchObject({ week: 5, phase: 2, heldBack: 'worsening' })
  })

  it('asks the phase marker in the weekly check-in, and a "not yet" holds the phase', async () => {
    const first = await startedUser()
    const week3 = rig(first.dir, '2026-03-16T09:00:00+01:00')
    const due = await week3.invoke('home:get-state')
    expect(due.markerQuestion?.id).toBe('walk-15')
    week3.appendToLog(
      checkInEvent('2026-03-27T08:00:00+01:00', 'thigh', 4, { phaseMarkers: [{ id: 'walk-15', met: false }] })
    )
    const week4 = rig(first.dir, '2026-03-27T09:00:00+01:00')
    expect((await week4.invoke('home:get-state')).markerQuestion).toBeNull()
    const week5 = rig(first.dir, '2026-03-30T09:00:00+01:00')
    const held = await week5.invoke('home:get-state')
    expect(held.programme).toMatchObject({ week: 5, phase: 2, heldBack: 'marker' })
    expect(held.programme?.pausedMessage).toMatch(/not comfortable yet/)
  })
})

describe('home: saddle numbness reported in a check-in', () => {
  it('is the emergency sign itself: everything stops at once and the answer is logged', async () => {
    const r = await startedUser()
    await r.invoke('progress:save-check-in', {
      backPain: 4,
      legPain: 4,
      furthestPoint: 'thigh',
      numbness: { present: true, where: 'inner thighs' },
      morningStiffnessMinutes: 10,
      walkingMinutes: 10,
      psfs: [],
      saddleNumbness: true
    })
    const state = await r.invoke('home:get-state')
    expect(state.safety.signs).toContain('saddle-numbness')
    expect(state.gating.emergency).toBe(true)
    expect(
      r
        .logEvents()
        .filter((e) => e.type === 'safety-answers')
        .at(-1)
    ).toMatchObject({
      signs: ['saddle-numbness'],
      context: 'weekly-check-in'
    })
    expect(r.logEvents().find((e) => e.type === 'check-in')).toMatchObject({ saddleNumbness: true })
  })

  it('a "no" changes nothing', async () => {
    const r = await startedUser()
    await r.invoke('progress:save-check-in', {
      backPain: 4,
      legPain: 4,
      furthestPoint: 'thigh',
      numbness: { present: true },
      morningStiffnessMinutes: 10,
      walkingMinutes: 10,
      psfs: [],
      saddleNumbness: false
    })
    expect((await r.invoke('home:get-state')).gating.emergency).toBe(false)
  })
})

describe('home: every warning sign can be answered yes at once', () => {
  it('accepts all the signs in one answer (the list grew with the general red flags)', async () => {
    const { WARNING_SIGNS } = await import('@shared/progress-events')
    const r = await startedUser()
    const state = await r.invoke('home:answer-safety', { signs: [...WARNING_SIGNS], context: 'on-demand' })
    expect(state.safety.signs).toHaveLength(WARNING_SIGNS.length)
    expect(state.safety.verdict.emergency).toBe(true)
  })
})

describe('home: a rating from the break card', () => {
  it('feeds the same rules as home: dial-back next time, logged with its feedback', async () => {
    const { getExercise } = await import('@shared/content/catalogue')
    const r = await startedUser()
    const piriformis = getExercise('seated-piriformis')
    const result = r.app.home.deskFeedback('seated-piriformis', 'sharp', piriformis.dose)
    expect(result.dialBack).toBe(true)
    expect((await r.invoke('home:get-state')).dialBackIds).toContain('seated-piriformis')
    expect(r.logEvents().find((e) => e.type === 'exercise-completed')).toMatchObject({
      exerciseId: 'seated-piriformis',
      feedback: 'sharp'
    })
    r.app.home.deskFeedback('seated-piriformis', 'sharp', piriformis.dose)
    expect((await r.invoke('home:get-state')).stoppedForToday).not.toBeNull()
  })
})
