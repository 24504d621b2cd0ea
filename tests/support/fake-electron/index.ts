// A typed fake of the parts of Electron's main-process API that Limber uses. The built main bundle
// imports it in place of 'electron' (vitest alias); tests drive it (idle time, power events, menu
// clicks, IPC calls) and inspect it (tray, windows, webPreferences). Method types come from
// electron.d.ts, so a change in Electron's API fails typecheck here.
import type * as Electron from 'electron'
import { pathToFileURL } from 'node:url'
import { FakeEmitter, type Listener } from './emitter'

type Fn<T extends (...args: never[]) => unknown> = (...args: Parameters<T>) => ReturnType<T>

// ---------- app ----------
class FakeApp extends FakeEmitter {
  paths: Record<string, string> = {}
  version = '0.1.0'
  singleInstance = true
  quitRequested = false
  loginItem: Electron.Settings = {}
  isPackaged = false

  requestSingleInstanceLock: Fn<Electron.App['requestSingleInstanceLock']> = () => this.singleInstance
  whenReady: Fn<Electron.App['whenReady']> = () => Promise.resolve()
  getVersion: Fn<Electron.App['getVersion']> = () => this.version
  getAppPath: Fn<Electron.App['getAppPath']> = () => '/opt/limber/resources/app.asar'
  getName: Fn<Electron.App['getName']> = () => 'Limber'
  getPath: Fn<Electron.App['getPath']> = (name) => {
    const path = this.paths[name]
    if (!path) throw new Error(`fake electron: no path set for ${name}`)
    return path
  }
  setLoginItemSettings: Fn<Electron.App['setLoginItemSettings']> = (settings) => {
    this.loginItem = settings
  }
  quit: Fn<Electron.App['quit']> = () => {
    this.quitRequested = true
    this.emit('before-quit', { preventDefault: () => undefined })
  }
}

// ---------- webContents, windows ----------
let nextId = 1

export interface SentMessage {
  channel: string
  payload: unknown
}

class FakeFrame {
  constructor(public url: string) {}
}

export class FakeWebContents extends FakeEmitter {
  readonly id = nextId++
  readonly sent: SentMessage[] = []
  mainFrame = new FakeFrame('about:blank')
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null

  send: Fn<Electron.WebContents['send']> = (channel, ...args) => {
    this.sent.push({ channel, payload: args[0] })
  }
  setWindowOpenHandler: Fn<Electron.WebContents['setWindowOpenHandler']> = (handler) => {
    this.windowOpenHandler = handler
  }
  getURL: Fn<Electron.WebContents['getURL']> = () => this.mainFrame.url
  /** Pages printed to PDF: the options and the page's address at the time. */
  readonly printed: { options: Electron.PrintToPDFOptions; url: string }[] = []
  /** Returns a stand-in PDF that names the page printed (its address carries the report). */
  printToPDF: Fn<Electron.WebContents['printToPDF']> = (options) => {
    this.printed.push({ options, url: this.mainFrame.url })
    return Promise.resolve(Buffer.from(`%PDF-1.7 fake print of ${this.mainFrame.url}\n`))
  }

  /** Messages sent on one channel, oldest first. */
  messages(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.payload)
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static all: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly options: Electron.BrowserWindowConstructorOptions
  visible = false
  /** True when the last show was showInactive (no keyboard focus taken). */
  shownInactive = false
  focused = false
  destroyed = false
  alwaysOnTopLevel: string | null = null
  loadedFile: string | null = null

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    this.options = options
    FakeBrowserWindow.all.push(this)
    fake.app.emit('web-contents-created', {}, this.webContents)
  }

  static alive(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed)
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.alive().find((w) => w.focused) ?? null
  }

  loadFile: Fn<Electron.BrowserWindow['loadFile']> = (filePath, options) => {
    this.loadedFile = filePath
    const hash = options?.hash ? `#${options.hash}` : ''
    this.webContents.mainFrame.url = pathToFileURL(filePath).href + hash
    // Electron emits ready-to-show once the page has painted; here, on the next turn.
    return Promise.resolve().then(() => {
      if (!this.destroyed) this.emit('ready-to-show')
    })
  }
  loadURL: Fn<Electron.BrowserWindow['loadURL']> = (url) => {
    this.webContents.mainFrame.url = url
    return Promise.resolve().then(() => {
      if (!this.destroyed) this.emit('ready-to-show')
    })
  }
  show: Fn<Electron.BrowserWindow['show']> = () => {
    this.visible = true
    this.shownInactive = false
    this.focused = true
  }
  showInactive: Fn<Electron.BrowserWindow['showInactive']> = () => {
    this.visible = true
    this.shownInactive = true
  }
  focus: Fn<Electron.BrowserWindow['focus']> = () => {
    this.focused = true
  }
  isMinimized: Fn<Electron.BrowserWindow['isMinimized']> = () => false
  restore: Fn<Electron.BrowserWindow['restore']> = () => undefined
  isDestroyed: Fn<Electron.BrowserWindow['isDestroyed']> = () => this.destroyed
  setAlwaysOnTop: Fn<Electron.BrowserWindow['setAlwaysOnTop']> = (flag, level) => {
    this.alwaysOnTopLevel = flag ? (level ?? 'floating') : null
  }
  close: Fn<Electron.BrowserWindow['close']> = () => {
    if (this.destroyed) return
    this.emit('close', { preventDefault: () => undefined })
    this.destroy()
  }
  destroy: Fn<Electron.BrowserWindow['destroy']> = () => {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.emit('closed')
    this.webContents.emit('destroyed')
  }
}

// ---------- tray, menu, images ----------
export class FakeNativeImage {
  constructor(
    readonly bitmap: Buffer,
    readonly width: number,
    readonly height: number
  ) {}
}

const nativeImage = {
  createFromBitmap: ((buffer: Buffer, options: Electron.CreateFromBitmapOptions) =>
    new FakeNativeImage(
      buffer,
      options.width,
      options.height
    )) as unknown as typeof Electron.nativeImage.createFromBitmap,
  createEmpty: (() => new FakeNativeImage(Buffer.alloc(0), 0, 0)) as unknown as typeof Electron.nativeImage.createEmpty
}

export class FakeMenu {
  constructor(readonly items: Electron.MenuItemConstructorOptions[]) {}

  /** Every item, depth first, submenus included. */
  flat(): Electron.MenuItemConstructorOptions[] {
    const out: Electron.MenuItemConstructorOptions[] = []
    const walk = (items: Electron.MenuItemConstructorOptions[]) => {
      for (const item of items) {
        out.push(item)
        if (Array.isArray(item.submenu)) walk(item.submenu as Electron.MenuItemConstructorOptions[])
      }
    }
    walk(this.items)
    return out
  }

  labels(): string[] {
    return this.items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '')
  }
}

const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new FakeMenu(template)
}

export class FakeTray extends FakeEmitter {
  static all: FakeTray[] = []
  tooltip = ''
  image: FakeNativeImage
  menu: FakeMenu | null = null
  imageChanges = 0
  destroyed = false

  constructor(image: FakeNativeImage) {
    super()
    this.image = image
    FakeTray.all.push(this)
  }

  setToolTip: Fn<Electron.Tray['setToolTip']> = (toolTip) => {
    this.tooltip = toolTip
  }
  setImage = (image: FakeNativeImage): void => {
    this.image = image
    this.imageChanges += 1
  }
  setContextMenu = (menu: FakeMenu | null): void => {
    this.menu = menu
  }
  destroy: Fn<Electron.Tray['destroy']> = () => {
    this.destroyed = true
  }

  /** Clicks a menu item by its id, as the user would. */
  clickItem(id: string): void {
    const item = this.menu?.flat().find((i) => i.id === id)
    if (!item) throw new Error(`fake tray: no menu item ${id}`)
    if (item.enabled === false) throw new Error(`fake tray: menu item ${id} is disabled`)
    const click = item.click as (() => void) | undefined
    click?.()
  }
}

// ---------- ipcMain ----------
type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown

class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, InvokeHandler>()

  handle = (channel: string, handler: InvokeHandler): void => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler: Fn<Electron.IpcMain['removeHandler']> = (channel) => {
    this.handlers.delete(channel)
  }

  /** What ipcRenderer.invoke from `window` would get back. */
  async invoke(window: FakeBrowserWindow, channel: string, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const event = {
      sender: window.webContents,
      senderFrame: window.webContents.mainFrame
    } as unknown as Electron.IpcMainInvokeEvent
    return handler(event, payload)
  }
}

// ---------- powerMonitor ----------
class FakePowerMonitor extends FakeEmitter {
  /** When the user last touched keyboard or mouse; null means "typing right now". */
  lastInputAt: number | null = null
  /** Some Wayland sessions always report 0: set to simulate that. */
  alwaysZero = false

  getSystemIdleTime: Fn<Electron.PowerMonitor['getSystemIdleTime']> = () => {
    if (this.alwaysZero || this.lastInputAt === null) return 0
    return Math.max(0, Math.floor((Date.now() - this.lastInputAt) / 1000))
  }
}

// ---------- screen, session, shell ----------
const primaryDisplay = {
  id: 1,
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  bounds: { x: 0, y: 0, width: 1920, height: 1080 }
}
const secondDisplay = {
  id: 2,
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 }
}

class FakeScreen {
  cursor = { x: 100, y: 100 }
  getCursorScreenPoint = () => this.cursor
  getDisplayNearestPoint = (point: Electron.Point) =>
    (point.x >= secondDisplay.bounds.x ? secondDisplay : primaryDisplay) as unknown as Electron.Display
}

class FakeSession {
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null
  setPermissionRequestHandler: Fn<Electron.Session['setPermissionRequestHandler']> = (handler) => {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler: Fn<Electron.Session['setPermissionCheckHandler']> = (handler) => {
    this.permissionCheckHandler = handler
  }
}

const shell = {
  opened: [] as string[],
  openExternal: (url: string) => {
    shell.opened.push(url)
    return Promise.resolve()
  },
  openPath: (path: string) => {
    shell.opened.push(path)
    return Promise.resolve('')
  }
}

// ---------- dialog ----------
/** Native dialogs answered by the test: queue answers (null = the user cancels), then inspect what was asked. */
export class FakeDialog {
  readonly saveAnswers: (string | null)[] = []
  readonly openAnswers: (string | null)[] = []
  readonly asked: { kind: 'save' | 'open'; options: Electron.SaveDialogOptions | Electron.OpenDialogOptions }[] = []

  private static options<T>(a: unknown, b: T | undefined): T {
    return (b ?? a) as T
  }

  showSaveDialog = ((a: unknown, b?: Electron.SaveDialogOptions) => {
    const options = FakeDialog.options<Electron.SaveDialogOptions>(a, b)
    this.asked.push({ kind: 'save', options })
    const answer = this.saveAnswers.shift() ?? null
    return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer })
  }) as unknown as Electron.Dialog['showSaveDialog']

  showOpenDialog = ((a: unknown, b?: Electron.OpenDialogOptions) => {
    const options = FakeDialog.options<Electron.OpenDialogOptions>(a, b)
    this.asked.push({ kind: 'open', options })
    const answer = this.openAnswers.shift() ?? null
    return Promise.resolve(
      answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] }
    )
  }) as unknown as Electron.Dialog['showOpenDialog']
}

// ---------- the controller tests use ----------
export const fake = {
  app: new FakeApp(),
  ipcMain: new FakeIpcMain(),
  powerMonitor: new FakePowerMonitor(),
  screen: new FakeScreen(),
  session: { defaultSession: new FakeSession() },
  shell,
  dialog: new FakeDialog(),
  reset(paths: Record<string, string>): void {
    fake.app = new FakeApp()
    fake.app.paths = paths
    fake.ipcMain = new FakeIpcMain()
    fake.powerMonitor = new FakePowerMonitor()
    fake.screen = new FakeScreen()
    fake.session = { defaultSession: new FakeSession() }
    shell.opened.length = 0
    fake.dialog = new FakeDialog()
    FakeBrowserWindow.all = []
    FakeTray.all = []
    refreshExports()
  }
}

// The bundle imports these bindings; `reset` swaps the objects behind them between tests.
export let app = fake.app
export let ipcMain = fake.ipcMain
export let powerMonitor = fake.powerMonitor
export let screen = fake.screen
export let session = fake.session
export let dialog = fake.dialog
export { FakeBrowserWindow as BrowserWindow, FakeTray as Tray, Menu, nativeImage, shell }

function refreshExports(): void {
  app = fake.app
  ipcMain = fake.ipcMain
  powerMonitor = fake.powerMonitor
  screen = fake.screen
  session = fake.session
  dialog = fake.dialog
  defaultExport.dialog = fake.dialog
  defaultExport.app = fake.app
  defaultExport.ipcMain = fake.ipcMain
  defaultExport.powerMonitor = fake.powerMonitor
  defaultExport.screen = fake.screen
  defaultExport.session = fake.session
}

const defaultExport = {
  app: fake.app,
  ipcMain: fake.ipcMain,
  powerMonitor: fake.powerMonitor,
  screen: fake.screen,
  session: fake.session,
  dialog: fake.dialog,
  shell,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu,
  nativeImage
}
export default defaultExport

export type { Listener }
