// Test rig: the real EngineRunner on a virtual clock whose wall time can be changed by hand.
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../../../src/shared/office-settings'
import { EngineRunner, type IdleProbe } from '../../../../src/main/engine/engine-runner'
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
  /** What lockedNow() reads (only with `pollLock`); a function may throw. */
  setLocked: (locked: boolean | (() => boolean)) => void
}

export interface RigProbe {
  /** The probe has lockedNow(), as on Linux where no lock events come. */
  pollLock?: boolean
  /** The probe asks to be verified, as on a Wayland session. */
  needsVerification?: boolean
}

export function rig(start: number, settings: Partial<OfficeSettings> = {}, probe: RigProbe = {}): Rig {
  const clock = new VirtualClock(start)
  const scheduler = new VirtualScheduler(clock)
  let idle: (wall: number) => number = () => 0
  let locked: () => boolean = () => false
  const log: Rig['log'] = []
  const idleProbe: IdleProbe = { idleSeconds: () => idle(clock.now()) }
  if (probe.pollLock === true) idleProbe.lockedNow = () => locked()
  if (probe.needsVerification !== undefined) idleProbe.needsVerification = probe.needsVerification
  const runner = new EngineRunner({
    clock,
    scheduler,
    idle: idleProbe,
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
    },
    setLocked: (value) => {
      locked = typeof value === 'function' ? value : () => value
    }
  }
}

/** The most wake-ups inside any one-hour window among `times`. */
export function peakPerHour(times: number[]): number {
  let peak = 0
  let first = 0
  for (let last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= 3_600_000) first++
    peak = Math.max(peak, last - first + 1)
  }
  return peak
}
