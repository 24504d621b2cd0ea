// The power and idle port: system idle time for the engine, and lock/suspend handed to the runner.
import type { IdleProbe } from '../../engine/engine-runner'
import type { OfficeRunner } from '../../app/ports'

export type PowerTarget = Pick<OfficeRunner, 'lock' | 'unlock' | 'suspend' | 'resume'>

export interface PowerSource {
  idleProbe: IdleProbe
  /** Subscribes to the OS's power events; returns the unsubscribe. */
  watch(target: PowerTarget): () => void
}
