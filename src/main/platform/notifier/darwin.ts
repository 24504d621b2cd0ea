// macOS: Electron's Notification. node-notifier's bundled terminal-notifier is x86_64 only (it fails
// with spawn error -86 on Apple Silicon without Rosetta) and shows its notices as "terminal-notifier".
import type { NotifierPort } from '../../app/ports'
import { ElectronNotifier, UnavailableNotifier } from './electron-notification'
import type { ElectronNotificationApi } from './types'

export function createDarwinNotifier(electron: ElectronNotificationApi, iconPath?: string): NotifierPort {
  if (!electron.isSupported()) return new UnavailableNotifier('Electron notifications are not supported here')
  return new ElectronNotifier(electron, iconPath)
}
