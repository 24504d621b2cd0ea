// A virtual clock and one-timer scheduler, so whole days run in milliseconds through the real runner.
import type { Clock, WakeScheduler } from '../engine-runner'
import type { EpochMs } from '../types'

/**
 * Two notions of time, as on a real machine: `elapsed` runs on (timers count it) and the wall clock is
 * elapsed plus an offset that someone may change (`setWallClock`), which timers do not notice.
 */
export class VirtualClock implements Clock {
  private elapsedMs: number
  private wallOffset = 0

  constructor(start: EpochMs) {
    this.elapsedMs = start
  }

  now(): EpochMs {
    return this.elapsedMs + this.wallOffset
  }

  /** Monotonic time, the one timers run on. */
  get elapsed(): number {
    return this.elapsedMs
  }

  /** The Clock port's monotonic reading: elapsed time, which setWallClock does not touch. */
  monotonic(): number {
    return this.elapsedMs
  }

  advanceTo(elapsed: number): void {
    if (elapsed > this.elapsedMs) this.elapsedMs = elapsed
  }

  /** Sets the wall clock by hand (or an NTP step): real time does not move. */
  setWallClock(wall: EpochMs): void {
    this.wallOffset = wall - this.elapsedMs
  }
}

export interface FiredWake {
  /** Wall time when the timer fired. */
  at: EpochMs
  /** Elapsed (true) time when it fired. */
  elapsed: number
}

/** Holds at most one timer, like a single setTimeout, and fires it when virtual time reaches it. */
export class VirtualScheduler implements WakeScheduler {
  private pending: { dueElapsed: number; cb: () => void } | null = null
  readonly fired: FiredWake[] = []
  scheduledCount = 0

  constructor(private readonly clock: VirtualClock) {}

  schedule(at: EpochMs, cb: () => void): void {
    // Like setTimeout: the delay is fixed now, in elapsed time, whatever the wall clock does later.
    const delay = Math.max(0, at - this.clock.now())
    this.pending = { dueElapsed: this.clock.elapsed + delay, cb }
    this.scheduledCount += 1
  }

  cancel(): void {
    this.pending = null
  }

  /** When the pending timer would fire, in elapsed time; null when none is pending. */
  get nextDue(): number | null {
    return this.pending?.dueElapsed ?? null
  }

  /** Fires every timer due up to and including `elapsed`, then moves the clock there. */
  runUntil(elapsed: number): void {
    for (let p = this.pending; p !== null && p.dueElapsed <= elapsed; p = this.pending) {
      this.pending = null
      this.clock.advanceTo(p.dueElapsed)
      this.fired.push({ at: this.clock.now(), elapsed: this.clock.elapsed })
      p.cb()
    }
    this.clock.advanceTo(elapsed)
  }
}
