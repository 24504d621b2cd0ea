// Picks the desktop notifier for this OS. Imports nothing from electron or node-notifier at run time:
// index.ts hands the real ones in, the unit tests hand in recording fakes or the real node-notifier.
import type { NotifierPort } from '../../app/ports'
import { createDarwinNotifier } from './darwin'
import { createLinuxNotifier } from './linux'
import type { ElectronNotificationApi, NodeNotifierClasses } from './types'
import { WindowsToastNotifier, windowsAppUserModelId } from './win32'

export interface NotifierDeps {
  platform: NodeJS.Platform
  isPackaged: boolean
  execPath: string
  arch: string
  iconPath?: string
  /** Whether a program of this name is on PATH (used for notify-send). */
  hasCommand(name: string): boolean
  nodeNotifier: NodeNotifierClasses
  electronNotification: ElectronNotificationApi
  /** node-notifier's `vendor` folder (where SnoreToast lives); needed on Windows only. */
  vendorDir?: string
  /** Seconds until notify-send's notice expires (default 20). */
  linuxExpireSeconds?: number
}

export function createNotifier(deps: NotifierDeps): NotifierPort {
  switch (deps.platform) {
    case 'win32':
      return new WindowsToastNotifier({
        nodeNotifier: deps.nodeNotifier,
        appId: windowsAppUserModelId(deps),
        vendorDir: deps.vendorDir,
        arch: deps.arch,
        iconPath: deps.iconPath
      })
    case 'darwin':
      return createDarwinNotifier(deps.electronNotification, deps.iconPath)
    default:
      return createLinuxNotifier({
        hasCommand: deps.hasCommand,
        nodeNotifier: deps.nodeNotifier,
        electronNotification: deps.electronNotification,
        iconPath: deps.iconPath,
        expireSeconds: deps.linuxExpireSeconds
      })
  }
}
