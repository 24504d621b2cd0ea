// Linux: powerMonitor has no lock-screen/unlock-screen events there (docs/api/power-monitor.md), so
// the engine's runner polls getSystemIdleState() === 'locked' at its own wake-ups. On native Wayland
// the idle time depends on the compositor and often stays 0: the source is unverified until it has
// reported a real idle period, and Settings says so.
import { powerMonitor } from 'electron'
import { subscribe } from './evented'
import type { PowerSource } from './power'

export function linuxPowerSource(wayland: boolean): PowerSource {
  return {
    idleProbe: {
      idleSeconds: () => powerMonitor.getSystemIdleTime(),
      // Any threshold works for 'locked'; 1 s is the smallest Electron accepts.
      lockedNow: () => powerMonitor.getSystemIdleState(1) === 'locked',
      needsVerification: wayland
    },
    watch: (target) => subscribe(target, ['suspend', 'resume'])
  }
}
