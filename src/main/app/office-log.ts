// Turns the engine's office events into progress-log drafts: bouts, prompts and their answers,
// natural breaks and how each started break ended. Times carry the local UTC offset, as the log requires.
//
// Pressing Start is not taking a break: a prompt is answered "taken" only once the break proves real
// (the stretch finished, or the user away for its length), and a started break that was abandoned is
// written with how: 'abandoned', so Progress and the report never count it.
import type { BreakEnd, ProgressEventDraft } from '@shared/progress-events'
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
      case 'busy-started':
        // A call or presentation put the prompt off, as "In a meeting" does; it comes back as a new prompt.
        return event['deferredPrompt'] === true && this.pendingPromptId ? [this.answer(t, 'meeting', true)] : []
      case 'break-started':
        return []
      case 'break-completed': {
        const how: BreakEnd = event['how'] === 'away' ? 'away' : 'finished'
        const promptId = this.pendingPromptId
        const taken = promptId ? [this.answer(t, 'taken', true)] : []
        return [...taken, this.breakEnded(t, how, promptId, exerciseId)]
      }
      case 'break-abandoned':
        // The prompt stays open: a skip that follows answers it, a new prompt replaces it.
        return [this.breakEnded(t, 'abandoned', this.pendingPromptId, exerciseId)]
      case 'natural-break': {
        if (event['answeredPrompt'] === true) this.pendingPromptId = null
        return [{ type: 'natural-break', t, from: iso(event['from']), minutes: minutes(event['awayMinutes']) }]
      }
      default:
        return []
    }
  }

  private breakEnded(t: string, how: BreakEnd, promptId: string | null, exerciseId?: string): ProgressEventDraft {
    return { type: 'break-completed', t, how, ...(exerciseId ? { exerciseId } : {}), ...(promptId ? { promptId } : {}) }
  }

  private answer(t: string, answer: 'snoozed' | 'skipped' | 'meeting' | 'taken', closes: boolean): ProgressEventDraft {
    const promptId = this.pendingPromptId
    if (closes) this.pendingPromptId = null
    return { type: 'break-answer', t, answer, ...(promptId ? { promptId } : {}) }
  }
}
