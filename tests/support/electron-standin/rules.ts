// The rules the Electron stand-in enforces, each with where real Electron says so. The stand-in must
// be harsher than Electron, never kinder: every rule here has a unit test that fails if the stand-in
// stops enforcing it (tests/unit/support/electron-standin.test.ts checks that each id has one).
//
// Sources are paths in the electron/electron repository (docs/, lib/, shell/) at v45, or Electron's
// own type definitions (node_modules/electron/electron.d.ts), whose per-platform tags come from the docs.

export interface StandinRule {
  id: string
  rule: string
  source: string
}

export const RULES = [
  {
    id: 'esm-main-before-ready',
    rule: "An ES-module main is evaluated completely before 'ready': app.isReady() is false and whenReady() stays pending while its top level runs; 'ready' comes only after.",
    source:
      'docs/tutorial/esm.md ("only side effects from the main process entry point\'s imports will execute before the ready event"); lib/browser/init.ts loads the main module before the browser is ready'
  },
  {
    id: 'session-after-ready',
    rule: "session.defaultSession throws 'Session can only be received when app is ready' before 'ready'.",
    source: 'shell/browser/api/electron_api_session.cc (Session::FromPartition / DefaultSession)'
  },
  {
    id: 'browser-window-after-ready',
    rule: "new BrowserWindow() throws 'Cannot create BrowserWindow before app is ready'.",
    source: 'shell/browser/api/electron_api_base_window.cc; docs/api/browser-window.md'
  },
  {
    id: 'tray-after-ready',
    rule: "new Tray() throws 'Cannot create Tray before app is ready'.",
    source: 'shell/browser/api/electron_api_tray.cc (Tray::New)'
  },
  {
    id: 'screen-after-ready',
    rule: "Any use of screen before 'ready' throws \"The 'screen' module can't be used before the app 'ready' event\".",
    source: 'docs/api/screen.md ("cannot be used until the ready event"); shell/browser/api/electron_api_screen.cc'
  },
  {
    id: 'power-monitor-after-ready',
    rule: "powerMonitor methods and listeners throw before 'ready'.",
    source: 'docs/api/power-monitor.md; electron/electron#21927 ("powerMonitor can\'t be used until the app is ready")'
  },
  {
    id: 'notification-after-ready',
    rule: "new Notification() throws before 'ready'.",
    source: 'shell/browser/api/electron_api_notification.cc (Notification::New checks the browser is ready)'
  },
  {
    id: 'dialog-after-ready',
    rule: "dialog.showOpenDialog / showSaveDialog / showMessageBox throw before 'ready' (only showErrorBox is safe earlier).",
    source: 'docs/api/dialog.md (showErrorBox: "can be called safely before the ready event")'
  },
  {
    id: 'protocol-handle-after-ready',
    rule: "protocol.handle / unhandle / isProtocolHandled throw before 'ready'.",
    source: 'docs/api/protocol.md ("All methods unless specified can only be used after the ready event")'
  },
  {
    id: 'privileged-schemes-before-ready',
    rule: "protocol.registerSchemesAsPrivileged throws after 'ready', and may be called only once.",
    source:
      'docs/api/protocol.md (registerSchemesAsPrivileged: "can only be used before the ready event ... and can be called only once")'
  },
  {
    id: 'enable-sandbox-before-ready',
    rule: "app.enableSandbox throws after 'ready'.",
    source: 'electron.d.ts, App.enableSandbox ("This method can only be called before app is ready.")'
  },
  {
    id: 'custom-scheme-served',
    rule: 'loadURL of a custom scheme needs that scheme registered as privileged (standard, so it has an origin) and a protocol.handle handler; a failing or missing handler rejects the load.',
    source:
      'docs/api/protocol.md (standard schemes, protocol.handle); docs/tutorial/security.md #18 (custom protocol instead of file://)'
  },
  {
    id: 'load-file-url',
    rule: "loadFile builds its URL with url.format({protocol: 'file', slashes: true, pathname}) and Chromium canonicalises it; the frame's URL is that string, not Node's pathToFileURL.",
    source: 'lib/browser/api/web-contents.ts (WebContents.prototype.loadFile)'
  },
  {
    id: 'load-aborted',
    rule: 'A load that has not finished when its window closes, or when another load starts, rejects with ERR_ABORTED (-3); an unhandled rejection is an uncaught error in main.',
    source: 'lib/browser/api/web-contents.ts (loadURL promise rejects on did-fail-load / navigation abort)'
  },
  {
    id: 'close-is-async',
    rule: "win.close() only asks: 'close' comes on a later turn (and can be prevented), 'closed' after it; until then the window is alive and not destroyed.",
    source:
      'docs/api/browser-window.md (win.close: "Try to close the window ... The web page may cancel the close"); shell/browser/native_window.cc'
  },
  {
    id: 'destroyed-object',
    rule: "Every method but isDestroyed() on a destroyed BrowserWindow, its webContents or a destroyed Tray throws 'Object has been destroyed'.",
    source:
      'shell/common/gin_helper/trackable_object.h / gin_helper::Destroyable (TypeError: Object has been destroyed)'
  },
  {
    id: 'lock-events-per-os',
    rule: "powerMonitor emits 'lock-screen' and 'unlock-screen' on macOS and Windows only; on Linux a locked screen shows only in getSystemIdleState() === 'locked'.",
    source: 'docs/api/power-monitor.md (Event: lock-screen / unlock-screen: macOS Windows)'
  },
  {
    id: 'activate-macos-only',
    rule: "app emits 'activate' (Dock icon clicked, app re-launched) on macOS only.",
    source: 'docs/api/app.md (Event: activate, macOS)'
  },
  {
    id: 'login-items-per-os',
    rule: 'app.setLoginItemSettings / getLoginItemSettings exist on macOS and Windows only; `args` is used on Windows only; wasOpenedAtLogin is reported on macOS only.',
    source: 'docs/api/app.md (setLoginItemSettings: macOS Windows; args: Windows; wasOpenedAtLogin: macOS)'
  },
  {
    id: 'app-user-model-id-windows',
    rule: 'app.setAppUserModelId exists on Windows only; a Windows toast is shown only when the app has an AppUserModelID.',
    source:
      'docs/api/app.md (setAppUserModelId: Windows); docs/tutorial/notifications.md (Windows: Application User Model ID)'
  },
  {
    id: 'dock-macos-only',
    rule: 'app.dock exists on macOS only (undefined elsewhere).',
    source: 'docs/api/app.md (app.dock: macOS)'
  },
  {
    id: 'app-name',
    rule: "app.getName() is package.json's productName, else its name; getPath('userData') is appData joined with that name.",
    source: 'docs/api/app.md (app.getName, app.getPath("userData"))'
  },
  {
    id: 'sender-frame',
    rule: "An IPC invoke event's senderFrame may be a sub-frame, a detached frame (url ''), or null after the frame navigated or was destroyed.",
    source: 'docs/api/structures/ipc-main-invoke-event.md (senderFrame: WebFrameMain | null)'
  },
  {
    id: 'ipc-handle-once',
    rule: 'ipcMain.handle throws when a handler for that channel already exists.',
    source: 'lib/browser/ipc-main-impl.ts ("Attempted to register a second handler for ...")'
  },
  {
    id: 'quit-sequence',
    rule: "app.quit() emits 'before-quit' (which can be prevented), then closes every window (each 'close' can be prevented, which cancels the quit), then 'will-quit' and 'quit', on later turns.",
    source: 'docs/api/app.md (app.quit, Event: before-quit / will-quit / quit)'
  },
  {
    id: 'no-shrink-when-not-resizable',
    rule: 'On Linux, setBounds/setSize on a window that is not resizable never makes it smaller (it can grow); making it resizable first works.',
    source:
      'electron/electron#42258 ("BrowserWindow.setSize() does not size down when resizable=false", open since Electron 30)'
  },
  {
    id: 'unknown-api',
    rule: 'Any property of the Electron API that the stand-in does not model throws at once, naming it, instead of returning a silent stub.',
    source: 'this project: a stand-in that swallows unknown calls proves nothing (issue 10)'
  }
] as const satisfies readonly StandinRule[]

export type RuleId = (typeof RULES)[number]['id']

/** The error a rule throws; the message leads with what real Electron says. */
export class RuleViolation extends Error {
  constructor(
    readonly rule: RuleId,
    message: string
  ) {
    super(`${message} [electron stand-in rule: ${rule}]`)
    this.name = 'TypeError'
  }
}
