import { describe, expect, it } from 'vitest'
import {
  progressEventDraftSchema,
  progressEventSchema,
  type ProgressEvent,
  type ProgressEventDraft
} from '@shared/progress-events'
import { computeProgressFigures } from '@shared/progress-stats'
import { OfficeLogMapper } from '../../../../src/main/app/office-log'
import { runSimulation } from '../../../../src/main/engine/simulation/simulate'
import { parseTrace } from '../../../../src/main/engine/simulation/trace'

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
      ...mapper.drafts({ type: 'break-completed', at: at('09:32:40'), how: 'finished' }, newId, 'seated-piriformis')
    ]
    // Pressing Start answers nothing yet: the prompt is "taken" when the break is.
    expect(drafts.map((d) => d.type)).toEqual(['break-prompt', 'break-answer', 'break-answer', 'break-completed'])
    expect(drafts[2]).toMatchObject({ answer: 'taken', t: expect.stringMatching(/T09:32:40/) })
    const promptId = drafts[0]!.id
    expect(drafts.slice(1).every((d) => 'promptId' in d && d.promptId === promptId)).toBe(true)
    expect(drafts[3]).toMatchObject({ exerciseId: 'seated-piriformis', how: 'finished' })
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

  it('a call that puts off a prompt on screen answers it as a meeting; one without a prompt writes nothing', () => {
    const mapper = new OfficeLogMapper()
    const [prompt] = mapper.drafts({ type: 'break-due', at: at('09:25:00'), sittingMinutes: 25 }, newId)
    const [answer] = mapper.drafts(
      { type: 'busy-started', at: at('09:27:00'), reasons: ['call'], deferredPrompt: true },
      newId
    )
    expect(answer).toMatchObject({ type: 'break-answer', answer: 'meeting', promptId: prompt?.id })
    expect(progressEventDraftSchema.safeParse(answer).success).toBe(true)
    expect(
      mapper.drafts({ type: 'busy-started', at: at('10:00:00'), reasons: ['dnd'], deferredPrompt: false }, newId)
    ).toEqual([])
    expect(mapper.drafts({ type: 'busy-ended', at: at('10:30:00'), reason: 'signal' }, newId)).toEqual([])
  })
})

/** Runs a trace through the real engine and writes what the app would write to the log. */
function logOf(traceLines: object[]): ProgressEvent[] {
  const run = runSimulation(parseTrace(traceLines.map((l) => JSON.stringify(l)).join('\n')))
  const mapper = new OfficeLogMapper()
  const drafts: ProgressEventDraft[] = run.events.flatMap((r) =>
    mapper.drafts(r.event as unknown as OfficeEvent, newId, 'standing-extension')
  )
  return drafts.map((d) => progressEventSchema.parse({ id: newId(), ...d, v: 2 }))
}
type OfficeEvent = Parameters<OfficeLogMapper['drafts']>[0]

const iso = (clock: string): string => `2026-03-02T${clock}:00+01:00`
const figuresOf = (events: ProgressEvent[]) =>
  computeProgressFigures(events, { now: '2026-03-02T18:00:00+01:00', range: 'week' })

describe('a started break in the log (issue 11)', () => {
  it('pressed Start and kept typing: logged as abandoned, the minutes stay sitting, nothing counted as taken', () => {
    const log = logOf([
      { from: iso('09:00'), to: iso('10:30'), state: 'active' },
      { at: iso('09:25'), action: 'start-break' }
    ])
    const ended = log.filter((e) => e.type === 'break-completed')
    expect(ended).toEqual([expect.objectContaining({ how: 'abandoned', promptId: log[0]!.id })])
    expect(log.some((e) => e.type === 'break-answer' && e.answer === 'taken')).toBe(false)
    expect(log.filter((e) => e.type === 'sitting-bout').map((e) => e.minutes)).toEqual([90])
    const f = figuresOf(log)
    expect(f.breaks.totals).toMatchObject({ prompted: 2, taken: 0, completed: 0, abandoned: 1 })
    expect(f.sitting.days.at(-1)).toMatchObject({ bouts: 1, minutes: 90 })
  })

  it('pressed Start and walked away for the break length: a break, answered taken, said how', () => {
    const log = logOf([
      { from: iso('09:00'), to: iso('09:26'), state: 'active' },
      { at: iso('09:25'), action: 'start-break' },
      { from: iso('09:26'), to: iso('09:30'), state: 'locked' },
      { from: iso('09:30'), to: iso('09:50'), state: 'active' }
    ])
    expect(log.filter((e) => e.type === 'break-completed')).toEqual([expect.objectContaining({ how: 'away' })])
    const f = figuresOf(log)
    expect(f.breaks.totals).toMatchObject({ prompted: 1, taken: 1, completed: 1, abandoned: 0 })
    expect(f.sitting.days.at(-1)).toMatchObject({ bouts: 2, minutes: 45 })
  })

  it('finished the stretch on the card: a break, answered taken, said how', () => {
    const log = logOf([
      { from: iso('09:00'), to: iso('09:45'), state: 'active' },
      { at: iso('09:25'), action: 'start-break' },
      { at: iso('09:27'), action: 'finish-break' }
    ])
    expect(log.map((e) => e.type)).toEqual([
      'break-prompt',
      'sitting-bout',
      'break-answer',
      'break-completed',
      'sitting-bout'
    ])
    expect(log[3]).toMatchObject({ how: 'finished', exerciseId: 'standing-extension' })
    expect(figuresOf(log).breaks.totals).toMatchObject({ taken: 1, completed: 1 })
  })
})
