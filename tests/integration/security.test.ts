// Electron's security checklist, checked on the built main process: navigation, new windows,
// permissions, and IPC only from our own top-level pages, with valid payloads.
import { afterEach, describe, expect, it } from 'vitest'
import { StandinBrowserWindow, standin } from '../support/electron-standin'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

function navigationAttempt(
  window: StandinBrowserWindow,
  event: 'will-navigate' | 'will-redirect',
  url: string
): boolean {
  let prevented = false
  window.webContents.emit(event, { preventDefault: () => (prevented = true) }, url)
  return prevented
}

describe.skipIf(missing !== null)(
  `security baseline of the built main process${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('blocks navigation and redirects away from the app, allows moving between our own pages', async () => {
      app = await startMain()
      const main = app.window('main')!
      expect(navigationAttempt(main, 'will-navigate', 'https://example.com/')).toBe(true)
      expect(navigationAttempt(main, 'will-redirect', 'file:///etc/passwd')).toBe(true)
      expect(navigationAttempt(main, 'will-navigate', main.webContents.getURL())).toBe(false)
    })

    it('denies every window.open', async () => {
      app = await startMain()
      const handler = app.window('main')!.webContents.windowOpenHandler
      expect(handler).not.toBeNull()
      expect(handler!({ url: 'https://example.com' } as never)).toEqual({ action: 'deny' })
    })

    it('denies webview attachment and every permission request or check', async () => {
      app = await startMain()
      let prevented = false
      app.window('main')!.webContents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
      expect(prevented).toBe(true)
      const session = standin.session.defaultSession
      const answers: boolean[] = []
      session.permissionRequestHandler!({} as never, 'media', (granted) => answers.push(granted), {} as never)
      session.permissionRequestHandler!({} as never, 'notifications', (granted) => answers.push(granted), {} as never)
      expect(answers).toEqual([false, false])
      expect(session.permissionCheckHandler!(null, 'geolocation', '', {} as never)).toBe(false)
    })

    it('refuses IPC from a window that is not ours', async () => {
      app = await startMain()
      const stranger = new StandinBrowserWindow({})
      await stranger.loadURL('https://example.com/')
      const reply = await app.invoke(stranger, 'settings:get')
      expect(reply).toEqual({
        ok: false,
        error: { code: 'invalid-request', message: 'Request from an unknown sender was refused.' }
      })
    })

    it('refuses IPC from our window once it shows a page that is not ours', async () => {
      app = await startMain()
      const main = app.window('main')!
      main.webContents.mainFrame.url = 'https://example.com/'
      const reply = await app.invoke(main, 'office:act', { type: 'pause', minutes: 30 })
      expect(reply.ok).toBe(false)
      expect(app.tray().tooltip).not.toContain('Paused')
    })

    it('refuses IPC from a sub-frame of our own window', async () => {
      app = await startMain()
      const main = app.window('main')!
      const handler = standin.ipcMain.handlers.get('settings:get')!
      const reply = await handler({
        sender: main.webContents,
        senderFrame: { url: main.webContents.getURL() }
      } as never)
      expect(reply).toMatchObject({ ok: false })
    })

    it('validates payloads: a wrong payload gets a clear message and changes nothing', async () => {
      app = await startMain()
      const main = app.window('main')!
      const reply = await app.invoke(main, 'office:act', { type: 'pause', minutes: 'forever' })
      expect(reply.ok).toBe(false)
      expect(reply.error?.message).toMatch(/^Invalid request for office:act/)
      expect(app.tray().tooltip).toBe('Limber: Sitting for 0 min')
    })

    it('registers exactly the contract channels', async () => {
      app = await startMain()
      const { INVOKE_CHANNEL_NAMES } = await import('@shared/contract')
      expect([...standin.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNEL_NAMES].sort())
    })
  }
)
