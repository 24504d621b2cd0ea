// The real clock and the one wake-up timer the engine asks for. No polling loop lives here.
import type { Clock } from '../app/ports'
import type { Clock as EngineClock } from '../engine/engine-runner'

/**
 * Wall time for what people see, and a monotonic time (never moves when the wall clock is set) so the
 * engine can tell a real clock change from time passing.
 */
export const systemClock: EngineClock = { now: () => Date.now(), monotonic: () => performance.now() }

/** setTimeout cannot wait longer than about 24.8 days; longer waits wake early and re-arm. */
const MAX_DELAY_MS = 2 ** 31 - 1

export class TimeoutScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly clock: Clock = systemClock) {}

  schedule(at: number, callback: () => void): void {
    this.cancel()
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, at - this.clock.now()))
    this.timer = setTimeout(() => {
      this.timer = null
      callback()
    }, delay)
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }
}
