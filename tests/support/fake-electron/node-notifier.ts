// Stands in for node-notifier in integration tests: records every notification the app sends.
import type { Notification } from 'node-notifier'

export const sentNotifications: Notification[] = []

const notifier = {
  notify(options: Notification, callback?: (error: Error | null, response: string) => void): void {
    sentNotifications.push(options)
    callback?.(null, 'sent')
  }
}

export default notifier
