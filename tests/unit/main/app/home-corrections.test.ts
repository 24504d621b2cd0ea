// Undo reaches the rules at once: correcting or withdrawing an accidental rating from Progress changes
// what home mode does in the same run (dial-back, the programme), not only after the next start.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { homeRigs } from './home-rig'

const { startedUser } = homeRigs()
afterEach(() => {
  vi.restoreAllMocks()
})

describe('corrections reach home mode at once', () => {
  it('a sharp rating corrected to fine stops dialling the stretch back, and a withdrawn one too', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const r = await startedUser()
    for (const change of [{ kind: 'feedback', feedback: 'fine' }, { kind: 'withdraw' }] as const) {
      await r.invoke('office:act', { type: 'break-now' })
      const exerciseId = r.app.currentSuggestion!.exerciseId
      await r.invoke('office:act', { type: 'finish-break' })
      await r.invoke('card:feedback', { exerciseId, rating: 'sharp' })
      expect((await r.invoke('home:get-state')).dialBackIds).toContain(exerciseId)

      const rating = r
        .logEvents()
        .filter((e) => e.type === 'exercise-completed' && e.feedback === 'sharp')
        .at(-1)!
      await r.invoke('progress:correct-entry', { id: rating.id, type: 'exercise-completed', change })
      expect((await r.invoke('home:get-state')).dialBackIds, change.kind).not.toContain(exerciseId)
      // The log keeps the original rating; the correction names it.
      expect(r.logEvents().some((e) => e.id === rating.id)).toBe(true)
    }
  })
})
