// Test rig: the real EngineRunner on a virtual clock whose wall time can be changed by hand.
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../../../src/shared/office-settings'
import { EngineRunner } from '../../../../src/main/engine/engine-runner'
import { VirtualClock, VirtualScheduler } from '../../../../src/main/engine/simulation/virtual-time'
import type { EngineEvent } from '../../../../src/main/engine/types'

export interface Rig {
  clock: VirtualClock
  scheduler: VirtualScheduler
  runner: EngineRunner
  /** Every event with the wall time and the elapsed (real) time at which it was reported. */
  log: { event: EngineEvent; wall: number; elapsed: number }[]
  events: () => EngineEvent[]
  /** Lets real time pass; timers fire on the way. */
  pass: (ms: number) => void
  /** What the idle probe reads, as a function of wall time. */
  setIdle: (idle: (wall: number) => number) => void
}

export function rig(start: number, settings: Partial<OfficeSettings> = {}): Rig {
  const clock = new VirtualClock(start)
  const scheduler = new VirtualScheduler(clock)
  let idle: (wall: number) => number = () => 0
  const log: Rig['log'] = []
  const runner = new EngineRunner({
    clock,
    scheduler,
    idle: { idleSeconds: () => idle(clock.now()) },
    settings: { ...DEFAULT_OFFICE_SETTINGS, ...settings },
    onEvents: (events) => {
      for (const event of events) log.push({ event, wall: clock.now(), elapsed: clock.elapsed })
    }
  })
  return {
    clock,
    scheduler,
    runner,
    log,
    events: () => log.map((l) => l.event),
    pass: (ms) => scheduler.runUntil(clock.elapsed + ms),
    setIdle: (fn) => {
      idle = fn
    }
  }
}
