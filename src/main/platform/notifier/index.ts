// The desktop notifier with the real Electron Notification and node-notifier (see create-notifier.ts
// for which one each OS gets). Create it after app 'ready'.
import { Notification } from 'electron'
import nodeNotifier from 'node-notifier'
import type { NotifierPort } from '../../app/ports'
import { createNotifier } from './create-notifier'
import { hasCommand } from './has-command'
import { nodeNotifierVendorDir } from './win32'

export { WINDOWS_APP_USER_MODEL_ID, windowsAppUserModelId } from './win32'

export interface DesktopNotifierOptions {
  /** Electron's app.isPackaged: decides the Windows AppUserModelID. */
  isPackaged: boolean
  /** An image file outside app.asar (notify-send and SnoreToast read it themselves). */
  iconPath?: string
}

export function createDesktopNotifier({ isPackaged, iconPath }: DesktopNotifierOptions): NotifierPort {
  return createNotifier({
    platform: process.platform,
    isPackaged,
    execPath: process.execPath,
    arch: process.arch,
    iconPath,
    hasCommand: (name) => hasCommand(name),
    nodeNotifier,
    electronNotification: {
      isSupported: () => Notification.isSupported(),
      create: (options) => new Notification(options)
    },
    vendorDir: process.platform === 'win32' ? nodeNotifierVendorDir() : undefined
  })
}
