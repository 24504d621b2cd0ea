// A plausible office status for tests that need one; override what the test is about.
import type { OfficeStatus } from '@shared/office-status'

export function officeStatus(overrides: Partial<OfficeStatus> = {}): OfficeStatus {
  return {
    phase: 'sitting',
    sittingMinutes: 3,
    progress: 0.12,
    dueAt: null,
    snoozesInRow: 0,
    snoozeAllowed: true,
    promptSticky: false,
    withinWorkHours: true,
    pausedUntil: null,
    meetingUntil: null,
    busyReasons: [],
    idleSourceReliable: true,
    idleSourceVerified: true,
    sitLimitMinutes: 25,
    ...overrides
  }
}
