// Electron's own Notification: Notification Center on macOS, libnotify on Linux when notify-send is
// missing. Silent, because Limber's sounds are its own setting; each shown notification is kept
// referenced until it closes or fails, so garbage collection cannot take it (and its events) early.
import type { DesktopNotification, NotifierPort } from '../../app/ports'
import { warnNotShown, type ElectronNotificationApi, type ShownNotification } from './types'

/** 'close' is not guaranteed on every platform, so at most this many are kept; the oldest go first. */
export const MAX_RETAINED_NOTIFICATIONS = 20

export class ElectronNotifier implements NotifierPort {
  private readonly retained = new Set<ShownNotification>()

  constructor(
    private readonly electron: ElectronNotificationApi,
    private readonly iconPath?: string
  ) {}

  /** How many shown notifications are still referenced (waiting for 'close' or 'failed'). */
  get retainedCount(): number {
    return this.retained.size
  }

  notify({ title, message }: DesktopNotification): void {
    let notification: ShownNotification | undefined
    try {
      notification = this.electron.create({
        title,
        body: message,
        silent: true,
        ...(this.iconPath ? { icon: this.iconPath } : {})
      })
      const shown = notification
      const release = (): void => {
        this.retained.delete(shown)
      }
      shown.on('close', release)
      shown.on('failed', (_event, error) => {
        release()
        warnNotShown(error)
      })
      this.retain(shown)
      shown.show()
    } catch (error) {
      if (notification) this.retained.delete(notification)
      warnNotShown(error)
    }
  }

  private retain(notification: ShownNotification): void {
    this.retained.add(notification)
    for (const oldest of this.retained) {
      if (this.retained.size <= MAX_RETAINED_NOTIFICATIONS) break
      this.retained.delete(oldest)
    }
  }
}

/** Where no notifier works: says so once, then stays quiet (the break card still appears). */
export class UnavailableNotifier implements NotifierPort {
  private warned = false

  constructor(readonly reason: string) {}

  notify(): void {
    if (this.warned) return
    this.warned = true
    warnNotShown(this.reason)
  }
}
