// Adapts the engine's runner to the application's OfficeRunner port and status shape.
import type { OfficeSettings } from '@shared/office-settings'
import type { OfficeStatus } from '@shared/office-status'
import { EngineRunner, type Clock, type IdleProbe, type WakeScheduler } from '../engine/engine-runner'
import type { EngineStatus } from '../engine/types'
import type { OfficeEvent, OfficeRunner } from './ports'

export interface OfficeRunnerOptions {
  clock: Clock
  scheduler: WakeScheduler
  idleProbe: IdleProbe
  settings: OfficeSettings
  onEvents: (events: OfficeEvent[]) => void
  onStatus: () => void
}

function toOfficeStatus(status: EngineStatus, settings: OfficeSettings): OfficeStatus {
  return {
    phase: status.phase,
    sittingMinutes: status.sittingMinutes,
    progress: status.progress,
    dueAt: status.dueAt,
    snoozesInRow: status.snoozesInRow,
    snoozeAllowed: status.snoozeAllowed,
    promptSticky: status.promptSticky,
    withinWorkHours: status.withinWorkHours,
    pausedUntil: status.pausedUntil,
    meetingUntil: status.meetingUntil,
    busyReasons: status.busyReasons,
    idleSourceReliable: status.idleSourceReliable,
    idleSourceVerified: status.idleSourceVerified,
    sitLimitMinutes: settings.sitLimitMinutes
  }
}

export function officeRunner(options: OfficeRunnerOptions): OfficeRunner {
  let settings = options.settings
  const runner = new EngineRunner({
    clock: options.clock,
    scheduler: options.scheduler,
    idle: options.idleProbe,
    settings,
    onEvents: (events) => options.onEvents(events),
    onStatus: () => options.onStatus()
  })
  return {
    start: () => runner.start(),
    stop: () => runner.stop(),
    lock: () => runner.lock(),
    unlock: () => runner.unlock(),
    suspend: () => runner.suspend(),
    resume: () => runner.resume(),
    act: (action) => runner.act(action),
    setSettings: (next) => {
      settings = next
      runner.setSettings(next)
    },
    status: () => toOfficeStatus(runner.status(), settings)
  }
}
