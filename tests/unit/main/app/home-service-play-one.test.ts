import { describe, expect, it } from 'vitest'
import { getExercise } from '@shared/content/catalogue'
import { effectiveDose } from '@shared/content/dose'
import { FLARE_EXERCISE_IDS } from '@shared/content/gating'
import { homeRigs } from './home-rig'

const { rig, startedUser } = homeRigs()

describe('home service: one exercise played from its page', () => {
  it('plays it at the dose the page shows, and logs it as that exercise, not as a routine', async () => {
    const r = await startedUser()
    const started = await r.invoke('home:start-exercise', { exerciseId: 'cat-cow' })
    if (!started.ok) throw new Error(started.message)
    expect(started.session.routineName).toBe('Cat-cow')
    expect(started.session.items).toEqual([
      { exerciseId: 'cat-cow', dose: effectiveDose(getExercise('cat-cow'), 1).dose, gentler: false }
    ])
    await r.invoke('home:exercise-done', { sessionId: started.session.sessionId, itemIndex: 0, rating: 'fine' })
    await r.invoke('home:finish-session', { sessionId: started.session.sessionId })
    const events = r.logEvents()
    const done = events.filter((e) => e.type === 'exercise-completed')
    expect(done).toMatchObject([{ exerciseId: 'cat-cow', feedback: 'fine' }])
    expect(done[0]).not.toHaveProperty('routineId')
    expect(events.some((e) => e.type === 'routine-started' || e.type === 'routine-completed')).toBe(false)
  })

  it('takes "Stop: this hurts" as sharp: the next play of that exercise is its gentler version', async () => {
    const r = await startedUser()
    const first = await r.invoke('home:start-exercise', { exerciseId: 'knee-to-chest' })
    if (!first.ok) throw new Error(first.message)
    const result = await r.invoke('home:exercise-done', {
      sessionId: first.session.sessionId,
      itemIndex: 0,
      rating: 'sharp'
    })
    expect(result.dialBack).toBe(true)
    const again = await r.invoke('home:start-exercise', { exerciseId: 'knee-to-chest' })
    expect(again.ok && again.session.items[0]?.gentler).toBe(true)
  })

  it('refuses before the first-run questions, for an unknown id, and while the exercise is not allowed yet, saying why', async () => {
    const fresh = rig()
    expect(await fresh.invoke('home:start-exercise', { exerciseId: 'cat-cow' })).toMatchObject({
      ok: false,
      reason: 'first-run'
    })
    const r = await startedUser()
    expect(await r.invoke('home:start-exercise', { exerciseId: 'no-such-exercise' })).toMatchObject({
      ok: false,
      message: 'That exercise is not in Limber. Choose another from Routines.'
    })
    expect(await r.invoke('home:start-exercise', { exerciseId: 'prone-press-up' })).toMatchObject({
      ok: false,
      reason: 'nothing-to-play',
      message: 'Only once a check-in shows your pain moving up toward your back.'
    })
    expect(r.logEvents().some((e) => e.type === 'routine-started')).toBe(false)
  })

  it('in flare-up mode plays an exercise of the flare-up routine at flare doses, and refuses the others', async () => {
    const r = await startedUser()
    await r.invoke('home:set-flare', { on: true })
    const flareId = [...FLARE_EXERCISE_IDS].find((id) => id !== 'stand-and-walk')!
    const allowed = await r.invoke('home:start-exercise', { exerciseId: flareId })
    expect(allowed.ok && allowed.session.flareDoses).toBe(true)
    const other = ['bridging', 'bird-dog', 'cat-cow', 'figure-4'].find((id) => !FLARE_EXERCISE_IDS.has(id))!
    expect(await r.invoke('home:start-exercise', { exerciseId: other })).toMatchObject({ ok: false })
  })
})
