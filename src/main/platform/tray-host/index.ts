// Picks the tray-host check for this OS: Windows and macOS always show a tray; Linux asks D-Bus.
import { statusNotifierHostAvailable } from './linux'
import type { TrayHostAnswer } from './tray-host'

export type { TrayHostAnswer } from './tray-host'

/**
 * Windows has its notification area and macOS its menu bar on every desktop. Elsewhere Electron's
 * tray is a StatusNotifierItem, which shows only if the session runs a StatusNotifier host.
 */
export function trayHostAvailable(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): Promise<TrayHostAnswer> {
  if (platform === 'win32' || platform === 'darwin') return Promise.resolve('yes')
  return statusNotifierHostAvailable(env)
}
