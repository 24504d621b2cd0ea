// Picks the power source for this OS.
import { eventedPowerSource } from './evented'
import { linuxPowerSource } from './linux'
import type { PowerSource } from './power'

export type { PowerSource, PowerTarget } from './power'

export function powerSourceFor(platform: NodeJS.Platform, wayland: boolean): PowerSource {
  return platform === 'linux' ? linuxPowerSource(wayland) : eventedPowerSource()
}
