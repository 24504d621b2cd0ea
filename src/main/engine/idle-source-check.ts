// Spots an idle-time source that never reports idle (some Wayland sessions read 0 forever).
//
// Two separate judgements. `reliable` is lost by evidence (two locks that read 0) and ignored from then
// on. `verified` is the other way round: where the runner is told the source may be blind (a Wayland
// session, see IdleProbe.needsVerification) it starts false and the status says so until one reading
// shows real idle time; it changes nothing in how the engine counts, only what the user is told.
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
/** A reading this long proves the source counts idle time (a broken one stays at 0). */
export const VERIFIED_IDLE_SECONDS = 60

/** Any idle reading (sample, lock or sleep) of a minute or more verifies the source for good. */
export function noteIdleReading(ctx: StepContext, idleSeconds: number): void {
  if (idleSeconds >= VERIFIED_IDLE_SECONDS) ctx.s.idleSource.verified = true
}

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
