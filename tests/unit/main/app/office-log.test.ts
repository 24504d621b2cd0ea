import { describe, expect, it } from 'vitest'
import { progressEventDraftSchema } from '@shared/progress-events'
import { OfficeLogMapper } from '../../../../src/main/app/office-log'

const at = (clock: string) => Date.parse(`2026-03-02T${clock}+01:00`)
let n = 0
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`

describe('office events in the progress log', () => {
  it('links a prompt and its answers by id, and every draft passes the log schema', () => {
    const mapper = new OfficeLogMapper()
    const drafts = [
      ...mapper.drafts({ type: 'break-due', at: at('09:25:00'), dueAt: at('09:25:00'), sittingMinutes: 25 }, newId),
      ...mapper.drafts({ type: 'break-snoozed', at: at('09:25:30') }, newId),
      ...mapper.drafts({ type: 'break-started', at: at('09:30:40') }, newId),
      ...mapper.drafts({ type: 'break-completed', at: at('09:32:40') }, newId, 'seated-piriformis')
    ]
    expect(drafts.map((d) => d.type)).toEqual(['break-prompt', 'break-answer', 'break-answer', 'break-completed'])
    const promptId = drafts[0]!.id
    expect(drafts.slice(1).every((d) => 'promptId' in d && d.promptId === promptId)).toBe(true)
    expect(drafts[3]).toMatchObject({ exerciseId: 'seated-piriformis' })
    for (const d of drafts) expect(progressEventDraftSchema.safeParse(d).success).toBe(true)
  })

  it('records a skip with its reason, and a bout with local-offset times', () => {
    const mapper = new OfficeLogMapper()
    mapper.drafts({ type: 'break-due', at: at('09:25:00'), sittingMinutes: 25 }, newId)
    const [skip] = mapper.drafts({ type: 'break-skipped', at: at('09:26:00'), reason: 'deadline' }, newId)
    expect(skip).toMatchObject({ type: 'break-answer', answer: 'skipped', reason: 'deadline' })
    const [bout] = mapper.drafts(
      { type: 'bout-ended', at: at('10:00:00'), start: at('09:00:00'), end: at('10:00:00'), minutes: 60 },
      newId
    )
    expect(bout).toMatchObject({
      type: 'sitting-bout',
      minutes: 60,
      start: expect.stringMatching(/^2026-03-02T09:00:00(\.000)?\+01:00$/)
    })
  })

  it('a meeting started without a pending prompt is not an answer', () => {
    expect(new OfficeLogMapper().drafts({ type: 'meeting-started', at: at('09:00:00') }, newId)).toEqual([])
  })
})
