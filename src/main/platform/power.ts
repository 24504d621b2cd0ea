// System idle time and lock/suspend events from powerMonitor, handed to the engine's runner.
import { powerMonitor } from 'electron'
import type { OfficeRunner } from '../app/ports'

/** Cumulative seconds since the last keyboard or mouse input. */
export const systemIdleProbe = { idleSeconds: (): number => powerMonitor.getSystemIdleTime() }

export function watchPower(target: Pick<OfficeRunner, 'lock' | 'unlock' | 'suspend' | 'resume'>): () => void {
  const listeners = {
    'lock-screen': () => target.lock(),
    'unlock-screen': () => target.unlock(),
    suspend: () => target.suspend(),
    resume: () => target.resume()
  } as const
  for (const [event, listener] of Object.entries(listeners)) powerMonitor.on(event as 'suspend', listener)
  return () => {
    for (const [event, listener] of Object.entries(listeners)) powerMonitor.removeListener(event as 'suspend', listener)
  }
}
