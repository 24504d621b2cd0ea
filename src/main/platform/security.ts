// Electron's security checklist, applied once for every window and session Limber ever creates.
import { BrowserWindow, app, session, type BrowserWindowConstructorOptions } from 'electron'

/**
 * The only way Limber creates a window: every window gets the same locked-down webPreferences,
 * written out here as one literal so the security scan (electronegativity) can read them.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preloadPath: string
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true
    }
  })
}

/**
 * Denies what no Limber page needs: navigation away from the app, new windows and webviews, for
 * every webContents ever created. Safe before 'ready' (it only listens on app). `isAppUrl` says what is ours.
 */
export function guardWebContents(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/**
 * Refuses every permission a page may ask for (camera, notifications from pages, geolocation...).
 * Only after 'ready': session.defaultSession throws before it.
 */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}
