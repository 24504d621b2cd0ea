// Linux (and the BSDs): notify-send through node-notifier; Electron's Notification (libnotify) when
// notify-send is not installed (the deb may bring libnotify4 without libnotify-bin).
import type { DesktopNotification, NotifierPort } from '../../app/ports'
import { ElectronNotifier, UnavailableNotifier } from './electron-notification'
import { APP_NAME, warnNotShown, type ElectronNotificationApi, type NodeNotifierClasses } from './types'

/** A normal-urgency notice goes away by itself after this long. */
export const LINUX_EXPIRE_SECONDS = 20

export interface LinuxNotifierDeps {
  hasCommand(name: string): boolean
  nodeNotifier: Pick<NodeNotifierClasses, 'NotifySend'>
  electronNotification: ElectronNotificationApi
  iconPath?: string
  /** Seconds until the daemon expires the notice (default LINUX_EXPIRE_SECONDS). */
  expireSeconds?: number
}

export class NotifySendNotifier implements NotifierPort {
  private readonly notifySend: InstanceType<NodeNotifierClasses['NotifySend']>

  constructor(
    nodeNotifier: Pick<NodeNotifierClasses, 'NotifySend'>,
    private readonly expireSeconds: number,
    private readonly iconPath?: string
  ) {
    this.notifySend = new nodeNotifier.NotifySend({ withFallback: false })
  }

  notify({ title, message }: DesktopNotification): void {
    try {
      this.notifySend.notify(
        {
          title,
          message,
          ...(this.iconPath ? { icon: this.iconPath } : {}),
          urgency: 'normal',
          'app-name': APP_NAME,
          // Seconds: node-notifier multiplies a number by 1000 for notify-send's --expire-time (ms).
          'expire-time': this.expireSeconds,
          wait: false
        },
        (error) => {
          // A missing notification daemon must never stop the break card from appearing.
          if (error) warnNotShown(error)
        }
      )
    } catch (error) {
      warnNotShown(error)
    }
  }
}

export function createLinuxNotifier(deps: LinuxNotifierDeps): NotifierPort {
  if (deps.hasCommand('notify-send')) {
    return new NotifySendNotifier(deps.nodeNotifier, deps.expireSeconds ?? LINUX_EXPIRE_SECONDS, deps.iconPath)
  }
  if (deps.electronNotification.isSupported()) return new ElectronNotifier(deps.electronNotification, deps.iconPath)
  return new UnavailableNotifier('neither notify-send nor libnotify is available')
}
