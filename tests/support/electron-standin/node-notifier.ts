// Stands in for node-notifier in integration tests: records what each notifier class was asked to
// show, and refuses what the real one refuses on the persona's OS (NotifySend off Linux or without
// notify-send; WindowsToaster off Windows), through the callback as node-notifier does.
import type { Notification } from 'node-notifier'
import { standin } from './index'

export interface SentNotification {
  via: 'NotifySend' | 'WindowsToaster' | 'default'
  options: Notification & Record<string, unknown>
  constructorOptions: Record<string, unknown>
}

export const sentNotifications: SentNotification[] = []
/** Whether notify-send is installed on the Linux persona (Debian: libnotify-bin). */
export const linuxTools = { notifySend: true }

type Callback = (error: Error | null, response: string) => void

function notifierClass(via: SentNotification['via'], accepts: () => string | null) {
  return class {
    constructor(readonly constructorOptions: Record<string, unknown> = {}) {}
    notify(options: Notification & Record<string, unknown>, callback?: Callback): this {
      const refusal = accepts()
      if (refusal) {
        callback?.(new Error(refusal), '')
        return this
      }
      sentNotifications.push({ via, options, constructorOptions: this.constructorOptions })
      callback?.(null, 'sent')
      return this
    }
  }
}

const NotifySend = notifierClass('NotifySend', () => {
  if (standin.persona.platform !== 'linux') return `NotifySend does not run on ${standin.persona.platform}`
  return linuxTools.notifySend ? null : 'notify-send must be installed on the system.'
})
const WindowsToaster = notifierClass('WindowsToaster', () =>
  standin.persona.platform === 'win32' ? null : `WindowsToaster does not run on ${standin.persona.platform}`
)
const Default = notifierClass('default', () => null)
const defaultNotifier = new Default()

export default {
  notify: (options: Notification & Record<string, unknown>, callback?: Callback) =>
    defaultNotifier.notify(options, callback),
  NotifySend,
  WindowsToaster
}
