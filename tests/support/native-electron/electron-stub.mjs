// A minimal 'electron' for loading the built main bundle as a real ES module in plain Node: enough
// for the bundle's top level to run, with the single-instance lock refused so it quits at once.
const inert = new Proxy(function () {}, {
  get: (_t, p) => (p === 'then' ? undefined : inert),
  apply: () => inert,
  construct: () => inert
})

export const app = {
  requestSingleInstanceLock: () => false,
  quit: () => process.stdout.write('quit: the second instance stepped aside\n'),
  on: () => app,
  whenReady: () => new Promise(() => {})
}
export const ipcMain = inert
export const BrowserWindow = inert
export const Tray = inert
export const Menu = inert
export const nativeImage = inert
export const powerMonitor = inert
export const screen = inert
export const session = inert
export const shell = inert
export const dialog = inert
export default { app, ipcMain, BrowserWindow, Tray, Menu, nativeImage, powerMonitor, screen, session, shell, dialog }
