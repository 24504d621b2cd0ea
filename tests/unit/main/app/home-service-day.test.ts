// Today's "your day" in home mode's state: what the real app counts from what it saves, across a
// restart and into the next day.
import { describe, expect, it } from 'vitest'
import { type HomeRig, homeRigs } from './home-rig'

const { rig } = homeRigs()

async function playToEnd(r: HomeRig, routineId: string): Promise<void> {
  const started = await r.invoke('home:start-session', { routineId })
  if (!started.ok) throw new Error(started.message)
  for (let i = 0; i < started.session.items.length; i++) {
    await r.invoke('home:exercise-done', { sessionId: started.session.sessionId, itemIndex: i, rating: 'fine' })
  }
  await r.invoke('home:finish-session', { sessionId: started.session.sessionId })
}

describe("home mode's day", () => {
  it('starts empty, then counts a finished routine, a walk and a check-in, and pushes each to the windows', async () => {
    const r = rig()
    await r.invoke('home:answer-safety', { signs: [], context: 'first-run' })
    expect((await r.invoke('home:get-state')).day).toEqual({
      date: '2026-03-02',
      routinesDone: [],
      breaksPrompted: 0,
      breaksTaken: 0,
      naturalBreaks: 0,
      walkingMinutes: 0,
      checkInAt: null
    })
    await playToEnd(r, 'desk-tilt-walk')
    await r.invoke('progress:log-walk', { minutes: 12 })
    await r.invoke('progress:save-check-in', {
      backPain: 3,
      legPain: 1,
      furthestPoint: 'back',
      numbness: { present: false },
      morningStiffnessMinutes: 0,
      walkingMinutes: 5,
      psfs: []
    })
    const day = (await r.invoke('home:get-state')).day
    expect(day).toMatchObject({ routinesDone: ['desk-tilt-walk'], walkingMinutes: 12 })
    expect(day.checkInAt).not.toBeNull()
    const pushed = r.broadcasts.filter((b) => b.event === 'home:state').at(-1)?.payload as { day: typeof day }
    expect(pushed.day).toEqual(day)
  })

  it('is read back from the log after a restart, and starts again the next day', async () => {
    const first = rig()
    await first.invoke('home:answer-safety', { signs: [], context: 'first-run' })
    await playToEnd(first, 'desk-tilt-walk')
    await first.invoke('progress:log-walk', { minutes: 20 })
    first.app.stop()
    const again = rig(first.dir, '2026-03-02T18:00:00+01:00')
    expect((await again.invoke('home:get-state')).day).toMatchObject({
      routinesDone: ['desk-tilt-walk'],
      walkingMinutes: 20
    })
    again.advanceDays(1)
    expect((await again.invoke('home:get-state')).day).toMatchObject({
      date: '2026-03-03',
      routinesDone: [],
      walkingMinutes: 0
    })
  })
})
