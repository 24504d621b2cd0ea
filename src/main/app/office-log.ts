// Turns the engine's office events into progress-log drafts: bouts, prompts and their answers,
// natural breaks and completed breaks. Times carry the local UTC offset, as the log requires.
import type { ProgressEventDraft } from '@shared/progress-events'
import { formatLocalTimestamp } from '../storage/progress-log/local-time'
import type { OfficeEvent } from './ports'

const iso = (ms: unknown): string => formatLocalTimestamp(new Date(typeof ms === 'number' ? ms : 0))
const minutes = (value: unknown): number => (typeof value === 'number' && value > 0 ? Math.min(value, 24 * 60) : 0)

/** Tracks the pending prompt so that its answer can name it. */
export class OfficeLogMapper {
  private pendingPromptId: string | null = null

  /** Drafts for one engine event; `exerciseId` is the break card's current stretch, if any. */
  drafts(event: OfficeEvent, newId: () => string, exerciseId?: string): ProgressEventDraft[] {
    const t = iso(event.at)
    switch (event.type) {
      case 'bout-ended':
        return [
          {
            type: 'sitting-bout',
            t,
            start: iso(event['start']),
            end: iso(event['end']),
            minutes: minutes(event['minutes'])
          }
        ]
      case 'break-due': {
        const id = newId()
        this.pendingPromptId = id
        return [
          {
            type: 'break-prompt',
            id,
            t,
            at: iso(event['dueAt'] ?? event.at),
            sittingMinutes: minutes(event['sittingMinutes'])
          }
        ]
      }
      case 'break-snoozed':
        return [this.answer(t, 'snoozed', false)]
      case 'break-skipped': {
        const reason = typeof event['reason'] === 'string' && event['reason'] ? event['reason'] : undefined
        return [{ ...this.answer(t, 'skipped', true), ...(reason ? { reason } : {}) }]
      }
      case 'meeting-started':
        return this.pendingPromptId ? [this.answer(t, 'meeting', true)] : []
      case 'break-started':
        return this.pendingPromptId ? [this.answer(t, 'taken', false)] : []
      case 'break-completed': {
        const promptId = this.pendingPromptId
        this.pendingPromptId = null
        return [
          { type: 'break-completed', t, ...(exerciseId ? { exerciseId } : {}), ...(promptId ? { promptId } : {}) }
        ]
      }
      case 'natural-break': {
        if (event['answeredPrompt'] === true) this.pendingPromptId = null
        return [{ type: 'natural-break', t, from: iso(event['from']), minutes: minutes(event['awayMinutes']) }]
      }
      default:
        return []
    }
  }

  private answer(t: string, answer: 'snoozed' | 'skipped' | 'meeting' | 'taken', closes: boolean): ProgressEventDraft {
    const promptId = this.pendingPromptId
    if (closes) this.pendingPromptId = null
    return { type: 'break-answer', t, answer, ...(promptId ? { promptId } : {}) }
  }
}
