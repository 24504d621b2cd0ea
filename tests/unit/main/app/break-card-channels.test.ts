// The break card's own channels on the whole main-process app: the one-tap rating lands in the log and
// dials the stretch back on the next card (and after a restart), "Another stretch" swaps the stretch,
// Done keeps the card open for the rating, and an emergency sign turns the card into urgent care.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getExercise } from '@shared/content/catalogue'
import { type HomeRig, homeRigs } from './home-rig'

const { rig, startedUser } = homeRigs()
afterEach(() => {
  vi.restoreAllMocks()
})

/** "Take a break now" until the card offers `id` (the pick never repeats the last 3, so it comes back). */
async function cardWith(r: HomeRig, id: string) {
  for (let i = 0; i < 12; i++) {
    await r.invoke('office:act', { type: 'break-now' })
    if (r.app.currentSuggestion?.exerciseId === id) return r.app.currentSuggestion
  }
  throw new Error(`the card never offered ${id}`)
}

describe('break card channels', () => {
  it('a sharp rating on the card is logged like home feedback and brings the gentler variant next time', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const r = await startedUser()
    const first = await cardWith(r, 'seated-piriformis')
    expect(first.gentler).toBe(false)
    await r.invoke('office:act', { type: 'finish-break' })
    const reply = await r.invoke('card:feedback', { exerciseId: 'seated-piriformis', rating: 'sharp' })
    expect(reply.message).toMatch(/Dial back now/)
    // One rating per card: a second one is refused and saves nothing.
    await expect(r.invoke('card:feedback', { exerciseId: 'seated-piriformis', rating: 'fine' })).rejects.toThrow(
      /already has its rating/
    )
    const logged = r.logEvents().filter((e) => e.type === 'exercise-completed')
    expect(logged).toMatchObject([{ exerciseId: 'seated-piriformis', feedback: 'sharp', dose: { holdSeconds: 45 } }])
    expect((await r.invoke('home:get-state')).dialBackIds).toContain('seated-piriformis')

    await r.invoke('office:act', { type: 'break-now' })
    const again = await cardWith(r, 'seated-piriformis')
    expect(again.gentler).toBe(true)
    expect(again.dose).toEqual(getExercise('seated-piriformis').gentlerVariant.dose)

    r.app.stop()
    const restarted = await startedUser(r.dir)
    expect((await cardWith(restarted, 'seated-piriformis')).gentler).toBe(true)
  })

  it('refuses a rating for a stretch that is not on the card, and saves nothing', async () => {
    const r = await startedUser()
    await r.invoke('office:act', { type: 'break-now' })
    const other = r.app.currentSuggestion?.exerciseId === 'seated-pigeon' ? 'cat-cow-seated' : 'seated-pigeon'
    await expect(r.invoke('card:feedback', { exerciseId: other, rating: 'fine' })).rejects.toThrow(
      /no longer on the card/
    )
    expect(r.logEvents().filter((e) => e.type === 'exercise-completed')).toEqual([])
  })

  it('"Another stretch" puts a different stretch on the card and tells the card', async () => {
    const r = await startedUser()
    await r.invoke('office:act', { type: 'break-now' })
    for (let i = 0; i < 10; i++) {
      const before = r.app.currentSuggestion!
      const next = await r.invoke('card:another-stretch')
      expect(next?.exerciseId).not.toBe(before.exerciseId)
      expect(r.app.currentSuggestion).toEqual(next)
      expect(r.broadcasts.filter((b) => b.event === 'office:break').at(-1)?.payload).toEqual(next)
      expect(next?.exerciseId).not.toBe('standing-hamstring')
    }
  })

  it('Done keeps the card open for the rating; Close closes it', async () => {
    const r = await startedUser()
    await r.invoke('office:act', { type: 'break-now' })
    await r.invoke('office:act', { type: 'finish-break' })
    expect(r.cardsClosed).toBe(0)
    expect(r.logEvents().filter((e) => e.type === 'break-completed')).toMatchObject([{ how: 'finished' }])
    await r.invoke('card:close')
    expect(r.cardsClosed).toBe(1)
  })

  it('with an emergency warning sign the card offers urgent care and no stretch to swap to', async () => {
    const r = rig()
    await r.invoke('home:answer-safety', { signs: ['bladder-bowel-control'], context: 'first-run' })
    await r.invoke('office:act', { type: 'break-now' })
    expect(r.app.currentSuggestion).toMatchObject({ urgentCare: true, canSwap: false })
    expect(await r.invoke('card:another-stretch')).toEqual(r.app.currentSuggestion)
    await expect(
      r.invoke('card:feedback', { exerciseId: r.app.currentSuggestion!.exerciseId, rating: 'fine' })
    ).rejects.toThrow()
  })
})
