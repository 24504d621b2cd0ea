// A real desktop notification: Limber's Linux notifier (node-notifier → notify-send) delivers the
// stand-up prompt over a private D-Bus session to a real notification daemon (dunst), which expires
// it after the time Limber asks for.
import nodeNotifier from 'node-notifier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { promptNotification } from '../../src/main/app/prompt-wording'
import type { NotifierPort } from '../../src/main/app/ports'
import { createNotifier } from '../../src/main/platform/notifier/create-notifier'
import { hasCommand } from '../../src/main/platform/notifier/has-command'
import {
  CLOSED_REASON,
  closedNotifications,
  desktopToolsMissing,
  displayedCount,
  notificationHistory,
  startDesktopSession,
  waitFor,
  type DesktopSession
} from '../support/desktop-session'

const missing = desktopToolsMissing()
const savedEnv = { DISPLAY: process.env['DISPLAY'], DBUS: process.env['DBUS_SESSION_BUS_ADDRESS'] }

/** The notifier Limber builds on Linux; Electron's Notification must not be needed (notify-send is here). */
function linuxNotifier(linuxExpireSeconds?: number): NotifierPort {
  return createNotifier({
    platform: 'linux',
    isPackaged: true,
    execPath: process.execPath,
    arch: process.arch,
    hasCommand: (name) => hasCommand(name),
    nodeNotifier,
    electronNotification: {
      isSupported: () => true,
      create: () => {
        throw new Error('the Linux notifier fell back to Electron although notify-send is installed')
      }
    },
    linuxExpireSeconds
  })
}

describe.skipIf(missing !== null)(
  `desktop notification through dunst${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let session: DesktopSession

    beforeAll(async () => {
      session = await startDesktopSession()
      // node-notifier runs notify-send with this process's environment.
      process.env['DISPLAY'] = session.env['DISPLAY']
      process.env['DBUS_SESSION_BUS_ADDRESS'] = session.env['DBUS_SESSION_BUS_ADDRESS']
    })

    afterAll(() => {
      session?.stop()
      process.env['DISPLAY'] = savedEnv.DISPLAY
      process.env['DBUS_SESSION_BUS_ADDRESS'] = savedEnv.DBUS
    })

    it('shows the stand-up prompt, naming the suggested stretch, as a notification from Limber', async () => {
      const prompt = promptNotification(1, 25, 'Seated piriformis stretch')
      linuxNotifier().notify(prompt)
      await waitFor(() => displayedCount(session) === 1, 'the notification to be displayed')
      const [shown] = closedNotifications(session)
      expect(shown).toMatchObject({ appname: 'Limber', summary: prompt.title, body: prompt.message })
      expect(shown?.body).toContain('25 minutes')
      expect(shown?.body).toContain('Seated piriformis stretch')
      // 20 s, as asked: not 20 000 s (node-notifier multiplies a number by 1000).
      expect(shown?.timeoutMs).toBe(20_000)
    })

    it('words two prompts in a row differently, each reaching the daemon', async () => {
      const first = promptNotification(2, 25, 'Standing hamstring stretch')
      const second = promptNotification(3, 30, 'Stand up and walk')
      const notifier = linuxNotifier()
      notifier.notify(first)
      notifier.notify(second)
      await waitFor(() => displayedCount(session) === 2, 'both notifications to be displayed')
      const history = closedNotifications(session)
      const summaries = history.slice(0, 2).map((n) => n.summary)
      expect(summaries).toEqual(expect.arrayContaining([first.title, second.title]))
      expect(first.title).not.toEqual(second.title)
    })

    it('is expired by the daemon itself after the time asked for', async () => {
      const notice = { title: 'Limber expiry check', message: 'This one goes away by itself in 2 seconds.' }
      const sentAt = Date.now()
      linuxNotifier(2).notify(notice)
      // Nothing here closes it: it enters dunst's history only when dunst expires it.
      await waitFor(
        () => notificationHistory(session).some((n) => n.summary === notice.title),
        'dunst to expire the notification'
      )
      const expiredAfterMs = Date.now() - sentAt
      const expired = notificationHistory(session).find((n) => n.summary === notice.title)
      expect(expired).toMatchObject({ appname: 'Limber', body: notice.message, timeoutMs: 2_000 })
      await waitFor(() => session.closures().some((c) => c.id === expired?.id), 'the NotificationClosed signal for it')
      expect(session.closures().filter((c) => c.id === expired?.id)).toEqual([
        { id: expired?.id, reason: CLOSED_REASON.expired }
      ])
      expect(expiredAfterMs).toBeGreaterThanOrEqual(1_900)
      expect(displayedCount(session)).toBe(0)
    })
  }
)
