// The shapes the notifier adapters need from node-notifier and from Electron's Notification, so the
// adapters and the chooser can be built (and unit-tested) without importing either for real.

/** node-notifier's callback: an Error, or notify-send's stderr text (empty when all went well). */
export type NotifierCallback = (error: Error | string | null | undefined, response?: unknown) => void

/** What the Linux adapter hands node-notifier's NotifySend (its own option names). */
export interface NotifySendOptions {
  title: string
  message: string
  icon?: string
  urgency: 'low' | 'normal' | 'critical'
  'app-name': string
  /** Seconds: node-notifier multiplies a number by 1000 for notify-send's milliseconds. */
  'expire-time': number
  wait: false
}

/** What the Windows adapter hands node-notifier's WindowsToaster (SnoreToast). */
export interface WindowsToastOptions {
  title: string
  message: string
  icon?: string
  appID: string
  sound: false
  wait: false
}

/** The two node-notifier classes Limber uses (the default export's NotifySend and WindowsToaster). */
export interface NodeNotifierClasses {
  NotifySend: new (options?: { withFallback?: boolean }) => {
    notify(notification: NotifySendOptions, callback?: NotifierCallback): unknown
  }
  WindowsToaster: new (options?: { withFallback?: boolean; customPath?: string }) => {
    notify(notification: WindowsToastOptions, callback?: NotifierCallback): unknown
  }
}

export interface ElectronNotificationOptions {
  title: string
  body: string
  silent: boolean
  icon?: string
}

/** One Electron Notification, as far as Limber uses it. */
export interface ShownNotification {
  show(): void
  on(event: 'close', listener: () => void): unknown
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown
}

/** Electron's Notification class, as a factory (so a test can hand in a recording fake). */
export interface ElectronNotificationApi {
  isSupported(): boolean
  create(options: ElectronNotificationOptions): ShownNotification
}

export const APP_NAME = 'Limber'

/** A notification that could not be shown is a warning on the console, never an exception. */
export function warnNotShown(reason: unknown): void {
  const text = reason instanceof Error ? reason.message : String(reason)
  console.warn(`Limber could not show a desktop notification: ${text}`)
}
