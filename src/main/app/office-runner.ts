// Adapts the engine's runner to the application's OfficeRunner port and status shape, and feeds it the desktop signals.
import { SOURCE_REASON, signalSourceSchema, type BusyReason, type SignalSource } from '@shared/desktop-signals'
import type { OfficeSettings } from '@shared/office-settings'
import type { OfficeStatus } from '@shared/office-status'
import { EngineRunner, type Clock, type IdleProbe, type WakeScheduler } from '../engine/engine-runner'
import type { EngineStatus } from '../engine/types'
import type { DesktopSignalsPort, OfficeEvent, OfficeRunner } from './ports'

export interface OfficeRunnerOptions {
  clock: Clock
  scheduler: WakeScheduler
  idleProbe: IdleProbe
  settings: OfficeSettings
  onEvents: (events: OfficeEvent[]) => void
  onStatus: () => void
  /** Calls, presentations and Do-Not-Disturb on this desktop; without it nothing is held automatically. */
  desktopSignals?: DesktopSignalsPort
}

/** The busy reasons behind the active sources of a reading; anything not a known source is ignored. */
export function busyReasonsOf(readings: Partial<Record<SignalSource, boolean>>): BusyReason[] {
  const reasons = new Set<BusyReason>()
  for (const [source, active] of Object.entries(readings)) {
    const known = signalSourceSchema.safeParse(source)
    if (known.success && active === true) reasons.add(SOURCE_REASON[known.data])
  }
  return [...reasons]
}

function enabledReasons(settings: OfficeSettings): Record<BusyReason, boolean> {
  const { call, presenting, dnd } = settings.desktopSignals
  return { call, presenting, dnd }
}

export function toOfficeStatus(status: EngineStatus, settings: OfficeSettings): OfficeStatus {
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
  const port = options.desktopSignals
  const runner: EngineRunner = new EngineRunner({
    clock: options.clock,
    scheduler: options.scheduler,
    idle: options.idleProbe,
    settings,
    onEvents: (events) => options.onEvents(events),
    onStatus: () => options.onStatus(),
    // The port promises never to reject; a rejection anyway is a poll that saw nothing.
    ...(port === undefined ? {} : { signals: { poll: () => void port.poll().catch(() => undefined) } })
  })
  // Whatever the desktop reports, whenever it may have changed (pushed, or answering a poll).
  const readSignals = (): void => {
    if (port === undefined) return
    let readings: Partial<Record<SignalSource, boolean>>
    try {
      readings = port.readings()
    } catch {
      return
    }
    runner.setDesktopBusy(busyReasonsOf(readings))
  }
  let started = false
  return {
    start: () => {
      runner.start()
      if (port !== undefined && !started) {
        started = true
        port.configure(enabledReasons(settings))
        port.start(readSignals)
        readSignals()
      }
    },
    stop: () => {
      if (port !== undefined && started) {
        started = false
        port.stop()
      }
      runner.stop()
    },
    lock: () => runner.lock(),
    unlock: () => runner.unlock(),
    suspend: () => runner.suspend(),
    resume: () => runner.resume(),
    act: (action) => runner.act(action),
    setSettings: (next) => {
      settings = next
      runner.setSettings(next)
      if (port !== undefined && started) port.configure(enabledReasons(next))
    },
    status: () => toOfficeStatus(runner.status(), settings)
  }
}
