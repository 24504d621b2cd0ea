// The words of the one quiet notification when an automatic hold (a call, a presentation) reaches its cap.
import { busyReasonSchema, type BusyReason } from '@shared/desktop-signals'
import type { DesktopNotification, OfficeEvent } from './ports'

const DOING: Record<BusyReason, string> = {
  call: 'in a call',
  presenting: 'presenting',
  dnd: 'in Do Not Disturb'
}

function firstReason(event: OfficeEvent): BusyReason {
  const reasons = Array.isArray(event['reasons']) ? (event['reasons'] as unknown[]) : []
  const parsed = busyReasonSchema.safeParse(reasons[0])
  return parsed.success ? parsed.data : 'call'
}

/**
 * `sittingMinutes`: a break is due and this notification is its prompt (no break card comes over the
 * screen); null: reminders are simply back on.
 */
export function busyNotification(
  capped: OfficeEvent,
  capMinutes: number,
  sittingMinutes: number | null
): DesktopNotification {
  const doing = DOING[firstReason(capped)]
  if (sittingMinutes === null) {
    return {
      title: 'Reminders are back on',
      message: `You have been ${doing} for ${capMinutes} minutes, so Limber stopped waiting. Reminders come as usual again.`
    }
  }
  return {
    title: 'Stand up when you can',
    message: `You have been ${doing} for ${capMinutes} minutes and sitting for ${Math.round(sittingMinutes)}. No break card will cover your screen: stand up and move a little when you get a moment.`
  }
}
