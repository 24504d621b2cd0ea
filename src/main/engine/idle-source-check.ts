// Spots an idle-time source that never reports idle (some Wayland sessions read 0 forever).
import { MINUTE, type StepContext } from './step-context'

/**
 * The heuristic. A real idle clock keeps counting while the screen is locked, because nobody types
 * into a locked session; one that reads exactly 0 a minute or more into a lock is suspect. A single
 * such reading can be a person nudging the mouse on the lock screen, so it takes two different locks
 * with nothing but zeros in between (every sample of the run exactly 0) to conclude the source is
 * broken. Any non-zero reading ends the run; a reading of a minute or more, which a broken source never
 * gives, restores trust after a (rare) false alarm.
 */
export const PROBE_AFTER_LOCK_MS = 1 * MINUTE
export const ZERO_LOCK_PROBES_NEEDED = 2
export const RECOVERY_IDLE_SECONDS = 60

export function checkIdleSource(ctx: StepContext, idleSeconds: number): void {
  const { s, at } = ctx
  const src = s.idleSource
  const p = s.presence
  if (p.suspended !== null) return
  if (idleSeconds > 0) {
    src.zeroLockProbes = 0
    if (!src.reliable && idleSeconds >= RECOVERY_IDLE_SECONDS) src.reliable = true
    return
  }
  const lock = p.locked
  if (lock === null || at - lock.since < PROBE_AFTER_LOCK_MS) return
  if (src.lastProbedLockSince === lock.since) return
  src.lastProbedLockSince = lock.since
  src.zeroLockProbes += 1
  if (src.reliable && src.zeroLockProbes >= ZERO_LOCK_PROBES_NEEDED) {
    src.reliable = false
    ctx.events.push({ type: 'idle-source-unreliable', at })
  }
}
