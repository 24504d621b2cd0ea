import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getExercise } from '@shared/content/catalogue'
import { FLARE_EXERCISE_IDS, WALK_ID } from '@shared/content/gating'
import { type HomeRig, checkInEvent, homeRigs } from './home-rig'

const { rig, startedUser } = homeRigs()

async function session(r: HomeRig, routineId: string) {
  const result = await r.invoke('home:start-session', { routineId })
  if (!result.ok) throw new Error(`expected ${routineId} to start: ${result.message}`)
  return result.session
}

describe('home service: first run and safety', () => {
  it('asks the warning-sign questions before any routine can start', async () => {
    const r = rig()
    const state = await r.invoke('home:get-state')
    expect(state.firstRunDone).toBe(false)
    expect(state.programme).toBeNull()
    const refused = await r.invoke('home:start-session', { routineId: 'morning' })
    expect(refused).toMatchObject({ ok: false, reason: 'first-run' })
    expect(r.logEvents().filter((e) => e.type === 'routine-started')).toEqual([])
  })

  it('asks the questions again in the check-in a week after they were answered, not before', async () => {
    const r = await startedUser()
    r.clock.advanceTo(r.clock.elapsed + 6 * 24 * 3600_000)
    expect((await r.invoke('home:get-state')).safety.weeklyReviewDue).toBe(false)
    r.clock.advanceTo(r.clock.elapsed + 24 * 3600_000)
    expect((await r.invoke('home:get-state')).safety.weeklyReviewDue).toBe(true)
    const answered = await r.invoke('home:answer-safety', { signs: ['both-legs'], context: 'weekly-check-in' })
    expect(answered.safety.weeklyReviewDue).toBe(false)
    expect(
      r
        .logEvents()
        .filter((e) => e.type === 'safety-answers')
        .at(-1)
    ).toMatchObject({ signs: ['both-legs'], context: 'weekly-check-in' })
  })

  it('starts the programme on the day the questions are answered, logs the answers and keeps them across a restart', async () => {
    const r = await startedUser()
    const state = await r.invoke('home:get-state')
    expect(state.firstRunDone).toBe(true)
    expect(state.choices.startDate).toBe('2026-03-02')
    expect(state.programme).toMatchObject({ week: 1, phase: 1, today: { routineId: 'morning' } })
    expect(r.logEvents().find((e) => e.type === 'safety-answers')).toMatchObject({ signs: [], context: 'first-run' })
    const again = rig(r.dir)
    expect((await again.invoke('home:get-state')).firstRunDone).toBe(true)
  })

  it('stops exercise advice after saddle numbness: emergency advice, no routine starts, the break card only offers a walk', async () => {
    const r = rig()
    const state = await r.invoke('home:answer-safety', { signs: ['saddle-numbness'], context: 'first-run' })
    expect(state.safety.verdict.level).toBe('emergency')
    expect(state.safety.verdict.messages.join(' ')).toMatch(/emergency care now/i)
    expect(state.gating.safetyStop).toBe(true)
    const refused = await r.invoke('home:start-session', { routineId: 'flare-up' })
    expect(refused).toMatchObject({ ok: false, reason: 'safety-stop' })
    for (let i = 0; i < 5; i++) {
      await r.invoke('office:act', { type: 'break-now' })
      expect(r.app.currentSuggestion?.exerciseId).toBe(WALK_ID)
    }
  })

  it('resumes exercise advice only once a professional has cleared it and the user confirms, and remembers that', async () => {
    const r = rig()
    await r.invoke('home:answer-safety', { signs: ['foot-drop'], context: 'first-run' })
    const notYet = await r.invoke('home:resume-exercise', { professionalCleared: false, userConfirmed: true })
    expect(notYet.resumed).toBe(false)
    expect(notYet.message).toMatch(/doctor or physiotherapist has cleared you/)
    expect(notYet.state.gating.safetyStop).toBe(true)
    const resumed = await r.invoke('home:resume-exercise', { professionalCleared: true, userConfirmed: true })
    expect(resumed.resumed).toBe(true)
    expect((await r.invoke('home:start-session', { routineId: 'morning' })).ok).toBe(true)
    const restarted = rig(r.dir)
    expect((await restarted.invoke('home:get-state')).gating.safetyStop).toBe(false)
    // The sign goes away, then comes back: that is new, so exercise advice stops again.
    await restarted.invoke('home:answer-safety', { signs: [], context: 'on-demand' })
    const back = await restarted.invoke('home:answer-safety', { signs: ['foot-drop'], context: 'on-demand' })
    expect(back.gating.safetyStop).toBe(true)
  })
})

describe('home service: flare mode and the break card', () => {
  it('turns flare mode on from the tray, shows it on Today and keeps it after a restart', async () => {
    const r = await startedUser()
    r.app.onTrayAction('toggle-flare')
    const state = await r.invoke('home:get-state')
    expect(state.flare).toBe(true)
    expect(state.programme?.today.routineId).toBe('flare-up')
    expect(JSON.stringify(r.trayView)).toContain('Turn flare-up mode off')
    expect(r.logEvents().find((e) => e.type === 'settings-changed')).toMatchObject({ changes: { flareMode: true } })
    const restarted = rig(r.dir)
    expect((await restarted.invoke('home:get-state')).flare).toBe(true)
    expect(JSON.stringify(restarted.trayView)).toContain('Turn flare-up mode off')
  })

  it('in flare mode offers only the flare-up routine at half dose, and break stretches from the flare set or a walk', async () => {
    const r = await startedUser()
    await r.invoke('home:set-flare', { on: true })
    expect(await r.invoke('home:start-session', { routineId: 'morning' })).toMatchObject({
      ok: false,
      reason: 'not-offered'
    })
    const flare = await session(r, 'flare-up')
    expect(flare.flareDoses).toBe(true)
    const kneeToChest = flare.items.find((i) => i.exerciseId === 'knee-to-chest')
    expect(kneeToChest?.dose.holdSeconds).toBe(15)
    for (let i = 0; i < 8; i++) {
      await r.invoke('office:act', { type: 'break-now' })
      expect(FLARE_EXERCISE_IDS.has(r.app.currentSuggestion?.exerciseId ?? '')).toBe(true)
    }
  })
})

describe('home service: programme', () => {
  it('counts weeks from the start date: week 3 is phase 2 with the week-3 message', async () => {
    const r = await startedUser()
    r.advanceDays(15)
    const state = await r.invoke('home:get-state')
    expect(state.programme).toMatchObject({ week: 3, phase: 2, focus: 'Longer holds' })
    expect(state.programme?.weekThreeMessage).toMatch(/Week 3/)
  })

  it('does not move on to the next phase while a recent rating was sharp, and the user can hold or step back', async () => {
    const r = await startedUser()
    r.advanceDays(12)
    const s = await session(r, 'morning')
    await r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: 0, rating: 'sharp' })
    r.advanceDays(3)
    const held = await r.invoke('home:get-state')
    expect(held.programme).toMatchObject({ week: 3, phase: 1, heldBack: 'sharp' })
    expect(held.programme?.pausedMessage).toMatch(/sharp/)
    r.advanceDays(8)
    expect((await r.invoke('home:get-state')).programme?.phase).toBe(2)
    const back = await r.invoke('home:programme', { action: 'step-back' })
    expect(back.programme).toMatchObject({ phase: 1, heldBack: 'step-back' })
    const forward = await r.invoke('home:programme', { action: 'step-forward' })
    expect(forward.programme?.phase).toBe(2)
  })
})

describe('home service: feedback consequences', () => {
  it('after a sharp rating says to dial back now, and next time plays the gentler variant', async () => {
    const r = await startedUser()
    const first = await session(r, 'morning')
    expect(first.items[0]?.exerciseId).toBe('knee-to-chest')
    const result = await r.invoke('home:exercise-done', { sessionId: first.sessionId, itemIndex: 0, rating: 'sharp' })
    expect(result).toMatchObject({ dialBack: true, endSession: false })
    expect(result.message).toMatch(/Dial back now/)
    const logged = r.logEvents().find((e) => e.type === 'exercise-completed')
    expect(logged).toMatchObject({ exerciseId: 'knee-to-chest', routineId: 'morning', feedback: 'sharp' })
    const next = await session(rig(r.dir), 'morning')
    const again = next.items.find((i) => i.exerciseId === 'knee-to-chest')
    expect(again).toMatchObject({ gentler: true, dose: getExercise('knee-to-chest').gentlerVariant.dose })
  })

  it('ends the session kindly after the second sharp rating and links to Safety', async () => {
    const r = await startedUser()
    const s = await session(r, 'morning')
    await r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: 0, rating: 'sharp' })
    await r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: 1, rating: 'fine' })
    const ended = await r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: 2, rating: 'sharp' })
    expect(ended).toMatchObject({ endSession: true, linkToSafety: true })
    expect(ended.message).toMatch(/rests until tomorrow/)
    await expect(
      r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: 2, rating: 'fine' })
    ).rejects.toThrow(/already ended/)
    expect(
      r
        .logEvents()
        .filter((e) => e.type === 'exercise-completed')
        .map((e) => e.type === 'exercise-completed' && e.feedback)
    ).toEqual(['sharp', 'fine', 'sharp'])
    expect(r.logEvents().some((e) => e.type === 'routine-completed')).toBe(false)
  })

  it('logs a finished routine', async () => {
    const r = await startedUser()
    const s = await session(r, 'desk-tilt-walk')
    for (let i = 0; i < s.items.length; i++)
      await r.invoke('home:exercise-done', { sessionId: s.sessionId, itemIndex: i, rating: 'fine' })
    await r.invoke('home:finish-session', { sessionId: s.sessionId })
    expect(r.logEvents().map((e) => e.type)).toEqual(
      expect.arrayContaining(['routine-started', 'exercise-completed', 'routine-completed'])
    )
  })
})

describe('home service: check-ins from the log', () => {
  it('offers extension exercises only while the two latest check-ins show the pain centralizing', async () => {
    const r = await startedUser()
    expect((await session(r, 'morning')).items.map((i) => i.exerciseId)).not.toContain('prone-press-up')
    r.appendToLog(checkInEvent('2026-03-01T08:00:00+01:00', 'foot'))
    r.appendToLog(checkInEvent('2026-03-02T08:00:00+01:00', 'buttock'))
    const centralizing = rig(r.dir)
    expect((await centralizing.invoke('home:get-state')).trend).toBe('centralizing')
    expect((await session(centralizing, 'morning')).items[0]?.exerciseId).toBe('prone-press-up')
    r.appendToLog(checkInEvent('2026-03-02T08:30:00+01:00', 'calf'))
    const worse = rig(r.dir)
    expect((await worse.invoke('home:get-state')).trend).toBe('peripheralizing')
    expect((await session(worse, 'morning')).skipped.map((s) => s.exerciseId)).toContain('prone-press-up')
  })

  it('suggests a physiotherapist after 4 weeks of regular exercise without improvement', async () => {
    const r = await startedUser()
    const day = (n: number) => new Date(Date.UTC(2026, 1, 1 + n, 8)).toISOString().slice(0, 10)
    for (let n = 0; n <= 30; n++) {
      if (n % 2 === 0) {
        r.appendToLog({
          type: 'exercise-completed',
          t: `${day(n)}T08:00:00+01:00`,
          exerciseId: 'cat-cow',
          dose: { reps: 10 },
          feedback: 'fine'
        })
      }
      if (n % 7 === 0 || n === 30) {
        r.appendToLog({
          type: 'check-in',
          t: `${day(n)}T09:00:00+01:00`,
          backPain: 5,
          legPain: 6,
          furthestPoint: 'thigh',
          numbness: { present: false },
          morningStiffnessMinutes: 20,
          walkingMinutes: 10,
          psfs: []
        })
      }
    }
    const later = rig(r.dir)
    expect((await later.invoke('home:get-state')).noImprovement?.message).toMatch(/physiotherapist/)
    // Once the latest check-in is over 14 days old, it says nothing about today (issue 13).
    const stale = rig(r.dir, '2026-03-20T09:00:00+01:00')
    expect((await stale.invoke('home:get-state')).noImprovement).toBeNull()
  })
})

describe('home service: custom routines', () => {
  it('refuses a routine with no name and an unknown exercise, saying what to fix', async () => {
    const r = await startedUser()
    const result = await r.invoke('home:save-routine', { name: '  ', items: [{ exerciseId: 'toe-touch' }] })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toContain('Give your routine a name.')
      expect(result.errors.join(' ')).toMatch(/"toe-touch"\) is not one Limber knows/)
    }
    expect((await r.invoke('home:save-routine', 'nonsense')).ok).toBe(false)
  })

  it('creates, renames, reorders and deletes a routine, kept across restarts', async () => {
    const r = await startedUser()
    const created = await r.invoke('home:save-routine', {
      name: 'Lunch break',
      items: [{ exerciseId: 'seated-piriformis' }, { exerciseId: 'stand-and-walk' }]
    })
    if (!created.ok) throw new Error(created.errors.join(' '))
    const id = created.routines[0]!.id
    const renamed = await r.invoke('home:save-routine', {
      id,
      name: 'Long lunch',
      items: [{ exerciseId: 'stand-and-walk' }, { exerciseId: 'seated-piriformis' }]
    })
    expect(renamed.ok).toBe(true)
    const restarted = rig(r.dir)
    const [routine] = (await restarted.invoke('home:get-state')).customRoutines
    expect(routine).toMatchObject({ id, name: 'Long lunch', kind: 'custom' })
    expect(routine?.items.map((i) => i.exerciseId)).toEqual(['stand-and-walk', 'seated-piriformis'])
    expect((await session(restarted, id)).items).toHaveLength(2)
    const afterDelete = await restarted.invoke('home:delete-routine', { id })
    expect(afterDelete.customRoutines).toEqual([])
  })
})

describe('home profile on disk', () => {
  it('sets an unreadable profile aside, tells the user, and starts afresh', async () => {
    const first = rig()
    first.app.stop()
    writeFileSync(join(first.dir, 'profile.json'), '{ this is not json')
    const r = rig(first.dir)
    expect((await r.invoke('home:get-state')).firstRunDone).toBe(false)
    const notices = await r.invoke('app:get-notices')
    expect(notices.map((n) => n.message).join(' ')).toMatch(/home profile could not be read.*kept at/)
    const aside = readdirSync(r.dir).find((f) => f.startsWith('profile.json.unreadable-'))
    expect(aside).toBeDefined()
    expect(existsSync(join(r.dir, 'profile.json'))).toBe(true)
  })
})
