// macOS and Windows: Electron's powerMonitor reports lock, unlock, suspend and resume as events.
import { powerMonitor } from 'electron'
import type { PowerSource, PowerTarget } from './power'

export function subscribe(
  target: PowerTarget,
  events: readonly ('lock-screen' | 'unlock-screen' | 'suspend' | 'resume')[]
) {
  const actions = {
    'lock-screen': () => target.lock(),
    'unlock-screen': () => target.unlock(),
    suspend: () => target.suspend(),
    resume: () => target.resume()
  } as const
  for (const event of events) powerMonitor.on(event as 'suspend', actions[event])
  return () => {
    for (const event of events) powerMonitor.removeListener(event as 'suspend', actions[event])
  }
}

export function eventedPowerSource(): PowerSource {
  return {
    idleProbe: { idleSeconds: () => powerMonitor.getSystemIdleTime() },
    watch: (target) => subscribe(target, ['lock-screen', 'unlock-screen', 'suspend', 'resume'])
  }
}
