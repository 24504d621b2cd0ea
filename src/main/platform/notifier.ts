// Native desktop notifications through node-notifier (notify-send on Linux, toast on Windows,
// Notification Center on macOS).
import notifier from 'node-notifier'
import type { DesktopNotification, NotifierPort } from '../app/ports'

export class NodeNotifier implements NotifierPort {
  constructor(private readonly iconPath?: string) {}

  notify({ title, message }: DesktopNotification): void {
    notifier.notify(
      {
        title,
        message,
        appName: 'Limber',
        icon: this.iconPath,
        sound: false,
        wait: false,
        // notify-send: a normal-urgency note that goes away by itself after 20 s.
        urgency: 'normal',
        'app-name': 'Limber',
        'expire-time': 20_000
      } as notifier.Notification,
      (error) => {
        // A missing notification daemon must never stop the break card from appearing.
        if (error) console.warn(`Limber could not show a desktop notification: ${error.message}`)
      }
    )
  }
}
