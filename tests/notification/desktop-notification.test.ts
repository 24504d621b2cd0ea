// A real desktop notification: Limber's platform notifier (node-notifier → notify-send) delivers the
// stand-up prompt over a private D-Bus session to a real notification daemon (dunst).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NodeNotifier } from '../../src/main/platform/notifier'
import { promptNotification } from '../../src/main/app/prompt-wording'
import {
  closedNotifications,
  desktopToolsMissing,
  displayedCount,
  startDesktopSession,
  waitFor,
  type DesktopSession
} from '../support/desktop-session'

const missing = desktopToolsMissing()
const savedEnv = { DISPLAY: process.env['DISPLAY'], DBUS: process.env['DBUS_SESSION_BUS_ADDRESS'] }

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
      new NodeNotifier().notify(prompt)
      await waitFor(() => displayedCount(session) === 1, 'the notification to be displayed')
      const [shown] = closedNotifications(session)
      expect(shown).toMatchObject({ appname: 'Limber', summary: prompt.title, body: prompt.message })
      expect(shown?.body).toContain('25 minutes')
      expect(shown?.body).toContain('Seated piriformis stretch')
    })

    it('words two prompts in a row differently, each reaching the daemon', async () => {
      const first = promptNotification(2, 25, 'Standing hamstring stretch')
      const second = promptNotification(3, 30, 'Stand up and walk')
      const notifier = new NodeNotifier()
      notifier.notify(first)
      notifier.notify(second)
      await waitFor(() => displayedCount(session) === 2, 'both notifications to be displayed')
      const history = closedNotifications(session)
      const summaries = history.slice(0, 2).map((n) => n.summary)
      expect(summaries).toEqual(expect.arrayContaining([first.title, second.title]))
      expect(first.title).not.toEqual(second.title)
    })
  }
)
