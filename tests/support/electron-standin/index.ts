// A strict stand-in for the parts of Electron's main-process API that Limber uses. The built main
// bundle imports it in place of 'electron'; tests drive it (ready, idle time, lock, clicks, IPC) and
// inspect it (tray, windows, notifications). It enforces every rule in rules.ts, per OS persona, and
// throws on any API it does not model. Method types come from electron.d.ts where they matter.
import type * as Electron from 'electron'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { format as formatUrl } from 'node:url'
import { Emitter, type Listener } from './emitter'
import { RuleViolation, type RuleId } from './rules'

export type Platform = 'linux' | 'win32' | 'darwin'

export interface Persona {
  platform: Platform
  /** The OS's per-user application-data folder (~/.config, ~/Library/Application Support, %APPDATA%). */
  appData: string
  /** The app folder Electron was started with (resources/app.asar when packaged). */
  appPath: string
  packageJson: { name: string; productName?: string; version: string }
  isPackaged?: boolean
  /** Another copy already holds the single-instance lock. */
  secondInstance?: boolean
  /** macOS: started by the system as a login item (getLoginItemSettings().wasOpenedAtLogin). */
  openedAtLogin?: boolean
  /** Linux on a native Wayland session: idle time stays 0, window positions and always-on-top are ignored. */
  wayland?: boolean
}

// ---------- strictness ----------
/** Names that JavaScript itself, vitest or pretty-format probe on any object: not Electron API. */
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '_isMockFunction',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'inspect',
  'toString',
  'valueOf'
])

/** Wraps an API object so that reading anything it does not model throws (rule unknown-api). */
function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t || INTROSPECTION.has(prop)) return Reflect.get(t, prop, receiver)
      throw new RuleViolation('unknown-api', `${name}.${prop} is not modelled by the Electron stand-in`)
    }
  })
}

let state = freshState(defaultPersona())

function freshState(persona: Persona) {
  return {
    persona,
    ready: false,
    privilegedSchemes: null as Electron.CustomScheme[] | null,
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    appUserModelId: null as string | null,
    applicationMenu: undefined as StandinMenu | null | undefined,
    idle: { lastInputAt: null as number | null, locked: false },
    errors: [] as unknown[]
  }
}

function defaultPersona(): Persona {
  return {
    platform: 'linux',
    appData: '/nonexistent/appData',
    appPath: '/opt/Limber/resources/app.asar',
    packageJson: { name: 'limber', version: '0.0.0' }
  }
}

function requireReady(rule: RuleId, message: string): void {
  if (!state.ready) throw new RuleViolation(rule, message)
}

function requirePlatform(rule: RuleId, what: string, platforms: Platform[]): void {
  if (!platforms.includes(state.persona.platform)) {
    throw new RuleViolation(
      rule,
      `${what} is not available on ${state.persona.platform} (only ${platforms.join(', ')})`
    )
  }
}

function destroyedError(): RuleViolation {
  return new RuleViolation('destroyed-object', 'Object has been destroyed')
}

/** A later turn of the event loop, as Electron's native callbacks are. */
function later(fn: () => void): void {
  // A macrotask that fake timers leave alone: tests move the clock, the event loop delivers events.
  setImmediate(fn)
}

// ---------- app ----------
class StandinApp extends Emitter {
  quitRequested = false
  quitted = false
  loginItem: Electron.Settings | null = null
  private readyPromise: Promise<void>
  private resolveReady: () => void = () => undefined
  private quitting = false

  constructor() {
    super()
    this.readyPromise = new Promise((resolveReady) => (this.resolveReady = resolveReady))
  }

  get isPackaged(): boolean {
    return state.persona.isPackaged ?? false
  }

  get dock(): Electron.Dock | undefined {
    // rule dock-macos-only
    if (state.persona.platform !== 'darwin') return undefined
    return strict(
      { show: () => Promise.resolve(), hide: () => undefined, setMenu: () => undefined },
      'app.dock'
    ) as unknown as Electron.Dock
  }

  isReady = (): boolean => state.ready
  whenReady = (): Promise<void> => this.readyPromise

  /** Called by the controller only: Electron's browser process is up. */
  markReady(launchInfo: Record<string, unknown> = {}): void {
    if (state.ready) throw new Error('electron stand-in: ready was already emitted')
    state.ready = true
    this.emit('ready', {}, launchInfo)
    this.resolveReady()
  }

  getName = (): string => state.persona.packageJson.productName ?? state.persona.packageJson.name
  getVersion = (): string => state.persona.packageJson.version
  getAppPath = (): string => state.persona.appPath
  getPath = (name: Parameters<Electron.App['getPath']>[0]): string => {
    const { appData } = state.persona
    const paths: Record<string, string> = {
      appData,
      userData: join(appData, this.getName()),
      sessionData: join(appData, this.getName()),
      home: resolve(appData, '..'),
      temp: join(appData, '..', 'tmp'),
      documents: join(appData, '..', 'Documents'),
      logs: join(appData, this.getName(), 'logs'),
      exe: join(state.persona.appPath, '..', '..', 'limber')
    }
    const path = paths[name]
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  }

  requestSingleInstanceLock = (): boolean => !(state.persona.secondInstance ?? false)

  enableSandbox = (): void => {
    if (state.ready)
      throw new RuleViolation(
        'enable-sandbox-before-ready',
        'app.enableSandbox() can only be called before app is ready'
      )
  }

  setAppUserModelId = (id: string): void => {
    requirePlatform('app-user-model-id-windows', 'app.setAppUserModelId', ['win32'])
    state.appUserModelId = id
  }

  setLoginItemSettings = (settings: Electron.Settings): void => {
    requirePlatform('login-items-per-os', 'app.setLoginItemSettings', ['darwin', 'win32'])
    // args reach the program on Windows only.
    const { args, ...rest } = settings
    this.loginItem = state.persona.platform === 'win32' ? settings : rest
    void args
  }

  getLoginItemSettings = (): Electron.LoginItemSettings => {
    requirePlatform('login-items-per-os', 'app.getLoginItemSettings', ['darwin', 'win32'])
    return {
      openAtLogin: this.loginItem?.openAtLogin ?? false,
      openAsHidden: false,
      wasOpenedAtLogin: state.persona.platform === 'darwin' ? (state.persona.openedAtLogin ?? false) : false,
      wasOpenedAsHidden: false,
      restoreState: false,
      status: 'not-registered',
      executableWillLaunchAtLogin: false,
      launchItems: []
    } as Electron.LoginItemSettings
  }

  focus = (): void => undefined

  quit = (): void => {
    if (this.quitting) return
    let prevented = false
    this.emit('before-quit', { preventDefault: () => (prevented = true) })
    if (prevented) return
    this.quitting = true
    this.quitRequested = true
    later(() => {
      // Each window is asked first; one that prevents its 'close' cancels the quit.
      for (const window of StandinBrowserWindow.alive()) {
        let closePrevented = false
        window.emit('close', { preventDefault: () => (closePrevented = true) })
        if (closePrevented) {
          this.quitting = false
          this.quitRequested = false
          return
        }
        window.destroy()
      }
      let willQuitPrevented = false
      this.emit('will-quit', { preventDefault: () => (willQuitPrevented = true) })
      if (willQuitPrevented) {
        this.quitting = false
        return
      }
      this.emit('quit', {}, 0)
      this.quitted = true
    })
  }

  exit = (): void => {
    this.quitRequested = true
    this.quitted = true
  }

  get isQuitting(): boolean {
    return this.quitting
  }

  /** After a window is gone: with no listener for window-all-closed, Electron quits (docs/api/app.md). */
  lastWindowClosed(): void {
    if (this.quitting) return
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
    else this.quit()
  }
}

// ---------- frames, webContents, windows ----------
let nextId = 1

export interface SentMessage {
  channel: string
  payload: unknown
}

export class StandinFrame {
  detached = false
  constructor(
    public url: string,
    readonly parent: StandinFrame | null = null
  ) {}
  get top(): StandinFrame {
    return this.parent ? this.parent.top : this
  }
}

export class StandinWebContents extends Emitter {
  readonly id = nextId++
  readonly sent: SentMessage[] = []
  mainFrame = new StandinFrame('')
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  destroyed = false
  /** Pages printed to PDF: the options and the page's address at the time. */
  readonly printed: { options: Electron.PrintToPDFOptions; url: string }[] = []

  constructor() {
    super()
    return strict(this, 'webContents')
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError()
  }

  isDestroyed = (): boolean => this.destroyed
  send = (channel: string, ...args: unknown[]): void => {
    this.alive()
    this.sent.push({ channel, payload: args[0] })
  }
  setWindowOpenHandler = (handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void => {
    this.alive()
    this.windowOpenHandler = handler
  }
  getURL = (): string => {
    this.alive()
    return this.mainFrame.url
  }
  /** Page zoom (Ctrl+plus, per origin): a test sets it to play a user who zoomed in. */
  zoomFactor = 1
  getZoomFactor = (): number => {
    this.alive()
    return this.zoomFactor
  }
  printToPDF = (options: Electron.PrintToPDFOptions): Promise<Buffer> => {
    this.alive()
    this.printed.push({ options, url: this.mainFrame.url })
    return Promise.resolve(Buffer.from(`%PDF-1.7 stand-in print of ${this.mainFrame.url}\n`))
  }

  /** Messages sent on one channel, oldest first. */
  messages(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.payload)
  }
}

type LoadOptions = { hash?: string; query?: Record<string, string>; search?: string }

export class StandinBrowserWindow extends Emitter {
  static all: StandinBrowserWindow[] = []
  readonly webContents: StandinWebContents
  readonly options: Electron.BrowserWindowConstructorOptions
  visible = false
  /** True when the last show was showInactive (no keyboard focus taken). */
  shownInactive = false
  focused = false
  destroyed = false
  minimized = false
  alwaysOnTop: { flag: boolean; level: string } = { flag: false, level: 'normal' }
  visibleOverFullScreen = false
  bounds: Electron.Rectangle
  resizable: boolean
  /** Every URL a load was started for, and the one that last finished. */
  readonly loadsStarted: string[] = []
  loadedUrl: string | null = null
  private loadGeneration = 0
  private closeRequested = false

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    requireReady('browser-window-after-ready', 'Cannot create BrowserWindow before app is ready')
    this.options = options
    this.resizable = options.resizable ?? true
    this.webContents = new StandinWebContents()
    const width = options.width ?? 800
    const height = options.height ?? 600
    // Wayland compositors place windows themselves (centred here); x and y are ignored.
    const placed = options.x !== undefined && options.y !== undefined && !state.persona.wayland
    this.bounds = {
      x: placed ? options.x! : Math.round((1920 - width) / 2),
      y: placed ? options.y! : Math.round((1080 - height) / 2),
      width,
      height
    }
    if (options.alwaysOnTop) this.alwaysOnTop = { flag: true, level: 'floating' }
    const self = strict(this, 'BrowserWindow')
    StandinBrowserWindow.all.push(self)
    standinApp().emit('web-contents-created', {}, this.webContents)
    return self
  }

  static alive(): StandinBrowserWindow[] {
    return StandinBrowserWindow.all.filter((w) => !w.destroyed)
  }
  static getFocusedWindow(): StandinBrowserWindow | null {
    return StandinBrowserWindow.alive().find((w) => w.focused) ?? null
  }
  static getAllWindows(): StandinBrowserWindow[] {
    return StandinBrowserWindow.alive()
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError()
  }

  loadURL = (url: string): Promise<void> => {
    this.alive()
    return this.startLoad(url)
  }

  loadFile = (filePath: string, options: LoadOptions = {}): Promise<void> => {
    this.alive()
    // Exactly how lib/browser/api/web-contents.ts builds it, then canonicalised as Chromium does.
    const formatted = formatUrl({
      protocol: 'file',
      slashes: true,
      pathname: resolve(standinApp().getAppPath(), filePath),
      search: options.search,
      query: options.query,
      hash: options.hash
    })
    return this.startLoad(new URL(formatted).href, filePath)
  }

  private startLoad(url: string, filePath?: string): Promise<void> {
    const generation = ++this.loadGeneration
    this.loadsStarted.push(url)
    const aborted = () => new Error(`ERR_ABORTED (-3) loading '${url}'`)
    return new Promise<void>((resolveLoad, rejectLoad) => {
      const finish = (error: Error | null) => {
        later(() => {
          if (this.destroyed || generation !== this.loadGeneration) return rejectLoad(aborted())
          if (error) return rejectLoad(error)
          this.webContents.mainFrame = new StandinFrame(new URL(url).href)
          this.loadedUrl = this.webContents.mainFrame.url
          this.webContents.emit('did-finish-load')
          this.emit('ready-to-show')
          resolveLoad()
        })
      }
      const scheme = new URL(url).protocol.slice(0, -1)
      if (scheme === 'file') {
        finish(
          filePath === undefined || existsSync(resolve(standinApp().getAppPath(), filePath)) ? null : notFound(url)
        )
      } else if (scheme === 'http' || scheme === 'https' || scheme === 'about') {
        finish(null)
      } else {
        serveCustomScheme(scheme, url).then(
          () => finish(null),
          (error: Error) => finish(error)
        )
      }
    })
  }

  show = (): void => {
    this.alive()
    this.visible = true
    this.shownInactive = false
    this.focused = true
    this.minimized = false
  }
  showInactive = (): void => {
    this.alive()
    this.visible = true
    this.shownInactive = true
  }
  hide = (): void => {
    this.alive()
    this.visible = false
    this.focused = false
  }
  focus = (): void => {
    this.alive()
    this.focused = true
  }
  isVisible = (): boolean => {
    this.alive()
    return this.visible
  }
  isFocused = (): boolean => {
    this.alive()
    return this.focused
  }
  isMinimized = (): boolean => {
    this.alive()
    return this.minimized
  }
  restore = (): void => {
    this.alive()
    this.minimized = false
  }
  isDestroyed = (): boolean => this.destroyed
  getBounds = (): Electron.Rectangle => {
    this.alive()
    return { ...this.bounds }
  }
  setBounds = (bounds: Partial<Electron.Rectangle>): void => {
    this.alive()
    // Wayland compositors place windows themselves: a client may resize itself, never move.
    const move = !state.persona.wayland
    // rule no-shrink-when-not-resizable: on Linux a non-resizable window only ever grows.
    const floor = state.persona.platform === 'linux' && !this.resizable ? this.bounds : { width: 1, height: 1 }
    this.bounds = {
      x: move && bounds.x !== undefined ? Math.round(bounds.x) : this.bounds.x,
      y: move && bounds.y !== undefined ? Math.round(bounds.y) : this.bounds.y,
      width: bounds.width !== undefined ? Math.max(floor.width, Math.round(bounds.width)) : this.bounds.width,
      height: bounds.height !== undefined ? Math.max(floor.height, Math.round(bounds.height)) : this.bounds.height
    }
  }
  setResizable = (resizable: boolean): void => {
    this.alive()
    this.resizable = resizable
  }
  isResizable = (): boolean => {
    this.alive()
    return this.resizable
  }
  setAlwaysOnTop = (flag: boolean, level: string = 'floating'): void => {
    this.alive()
    // Wayland has no always-on-top for clients (GNOME ignores it).
    this.alwaysOnTop = { flag: flag && !state.persona.wayland, level }
  }
  isAlwaysOnTop = (): boolean => {
    this.alive()
    return this.alwaysOnTop.flag
  }
  setVisibleOnAllWorkspaces = (visible: boolean, options: Electron.VisibleOnAllWorkspacesOptions = {}): void => {
    this.alive()
    // visibleOnFullScreen is a macOS option; Windows has no workspaces API here at all.
    this.visibleOverFullScreen = state.persona.platform === 'darwin' && visible && options.visibleOnFullScreen === true
  }

  close = (): void => {
    this.alive()
    if (this.closeRequested) return
    this.closeRequested = true
    // rule close-is-async: the window stays alive until a later turn.
    later(() => {
      if (this.destroyed) return
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      this.closeRequested = false
      if (prevented) return
      this.destroy()
    })
  }

  /** The user clicks the window's close button: 'close' now, the window gone on a later turn. */
  userClose(): void {
    this.alive()
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) later(() => this.destroy())
  }

  destroy = (): void => {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.focused = false
    this.loadGeneration += 1
    this.webContents.mainFrame.detached = true
    this.webContents.destroyed = true
    this.emit('closed')
    this.webContents.emit('destroyed')
    if (StandinBrowserWindow.alive().length === 0) standinApp().lastWindowClosed()
  }
}

function notFound(url: string): Error {
  return new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`)
}

async function serveCustomScheme(scheme: string, url: string): Promise<void> {
  const privileged = state.privilegedSchemes?.find((s) => s.scheme === scheme)
  if (!privileged?.privileges?.standard) {
    throw new RuleViolation(
      'custom-scheme-served',
      `ERR_UNKNOWN_URL_SCHEME: '${scheme}' is not registered as a standard scheme`
    )
  }
  const handler = state.protocolHandlers.get(scheme)
  if (!handler)
    throw new RuleViolation('custom-scheme-served', `ERR_UNKNOWN_URL_SCHEME: no protocol.handle for '${scheme}'`)
  const response = await handler(new Request(url))
  // Reading the body proves the handler produced one Electron can stream.
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}' (status ${response.status})`)
}

// ---------- tray, menu, images ----------
export class StandinNativeImage {
  constructor(
    readonly bitmap: Buffer,
    readonly width: number,
    readonly height: number
  ) {
    return strict(this, 'NativeImage')
  }
  isEmpty = (): boolean => this.width === 0
  getSize = (): Electron.Size => ({ width: this.width, height: this.height })
}

const nativeImage = strict(
  {
    createFromBitmap: (buffer: Buffer, options: Electron.CreateFromBitmapOptions) =>
      new StandinNativeImage(buffer, options.width, options.height),
    createEmpty: () => new StandinNativeImage(Buffer.alloc(0), 0, 0),
    createFromPath: (path: string) =>
      existsSync(path) ? new StandinNativeImage(Buffer.alloc(4), 1, 1) : new StandinNativeImage(Buffer.alloc(0), 0, 0)
  },
  'nativeImage'
)

export class StandinMenu {
  constructor(readonly items: Electron.MenuItemConstructorOptions[]) {
    return strict(this, 'Menu')
  }

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

const Menu = strict(
  {
    buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new StandinMenu(template),
    setApplicationMenu: (menu: StandinMenu | null) => {
      state.applicationMenu = menu
    },
    getApplicationMenu: () => state.applicationMenu ?? null
  },
  'Menu'
)

export class StandinTray extends Emitter {
  static all: StandinTray[] = []
  tooltip = ''
  image: StandinNativeImage
  menu: StandinMenu | null = null
  /** How often each setter was called: an idle main process should not repaint the tray. */
  readonly calls = { setToolTip: 0, setImage: 0, setContextMenu: 0 }
  destroyed = false

  constructor(image: StandinNativeImage) {
    super()
    requireReady('tray-after-ready', 'Cannot create Tray before app is ready')
    this.image = image
    const self = strict(this, 'Tray')
    StandinTray.all.push(self)
    return self
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError()
  }

  setToolTip = (toolTip: string): void => {
    this.alive()
    this.calls.setToolTip += 1
    this.tooltip = toolTip
  }
  setImage = (image: StandinNativeImage): void => {
    this.alive()
    this.calls.setImage += 1
    this.image = image
  }
  setContextMenu = (menu: StandinMenu | null): void => {
    this.alive()
    this.calls.setContextMenu += 1
    this.menu = menu
  }
  isDestroyed = (): boolean => this.destroyed
  destroy = (): void => {
    this.destroyed = true
  }

  /** Clicks a menu item by its id, as the user would. */
  clickItem(id: string): void {
    const item = this.menu?.flat().find((i) => i.id === id)
    if (!item) throw new Error(`stand-in tray: no menu item ${id}`)
    if (item.enabled === false) throw new Error(`stand-in tray: menu item ${id} is disabled`)
    const click = item.click as (() => void) | undefined
    click?.()
  }
}

// ---------- ipcMain ----------
type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown
export type SenderFrameKind = 'main' | 'sub-frame' | 'detached' | 'null'

class StandinIpcMain extends Emitter {
  readonly handlers = new Map<string, InvokeHandler>()

  handle = (channel: string, handler: InvokeHandler): void => {
    if (this.handlers.has(channel)) {
      throw new RuleViolation('ipc-handle-once', `Attempted to register a second handler for '${channel}'`)
    }
    this.handlers.set(channel, handler)
  }
  removeHandler = (channel: string): void => {
    this.handlers.delete(channel)
  }

  /** What ipcRenderer.invoke from `window` would get back; `frame` picks the sender frame Electron reports. */
  async invoke(
    window: StandinBrowserWindow,
    channel: string,
    payload?: unknown,
    frame: SenderFrameKind = 'main'
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const main = window.webContents.mainFrame
    const senderFrame =
      frame === 'main'
        ? main
        : frame === 'sub-frame'
          ? new StandinFrame(main.url, main)
          : frame === 'detached'
            ? Object.assign(new StandinFrame(''), { detached: true })
            : null
    const event = { sender: window.webContents, senderFrame, frameId: 1, processId: 1 }
    return handler(event as unknown as Electron.IpcMainInvokeEvent, payload)
  }
}

// ---------- powerMonitor ----------
const POWER_EVENTS: Record<string, Platform[]> = {
  suspend: ['linux', 'win32', 'darwin'],
  resume: ['linux', 'win32', 'darwin'],
  'lock-screen': ['win32', 'darwin'],
  'unlock-screen': ['win32', 'darwin'],
  'on-ac': ['win32', 'darwin'],
  'on-battery': ['win32', 'darwin'],
  shutdown: ['linux', 'darwin'],
  'user-did-become-active': ['darwin'],
  'user-did-resign-active': ['darwin']
}

class StandinPowerMonitor extends Emitter {
  constructor() {
    super()
    return strict(this, 'powerMonitor')
  }

  private ready(): void {
    requireReady('power-monitor-after-ready', "The 'powerMonitor' module can't be used before the app 'ready' event")
  }

  override on(event: string, listener: Listener): this {
    this.ready()
    return super.on(event, listener)
  }

  override once(event: string, listener: Listener): this {
    this.ready()
    return super.once(event, listener)
  }

  getSystemIdleTime = (): number => {
    this.ready()
    if (state.persona.wayland || state.idle.lastInputAt === null) return 0
    return Math.max(0, Math.floor((Date.now() - state.idle.lastInputAt) / 1000))
  }

  getSystemIdleState = (idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' => {
    this.ready()
    if (!Number.isInteger(idleThreshold) || idleThreshold <= 0) {
      throw new TypeError('Invalid idle threshold, must be greater than 0')
    }
    if (state.idle.locked) return 'locked'
    return this.getSystemIdleTime() >= idleThreshold ? 'idle' : 'active'
  }

  isOnBatteryPower = (): boolean => {
    this.ready()
    return false
  }

  /** Controller: the OS reports a power event; throws if this OS never emits it. */
  fire(event: string): void {
    const platforms = POWER_EVENTS[event]
    if (!platforms) throw new Error(`stand-in powerMonitor: unknown event ${event}`)
    if (!platforms.includes(state.persona.platform)) {
      throw new RuleViolation('lock-events-per-os', `powerMonitor never emits '${event}' on ${state.persona.platform}`)
    }
    this.emit(event)
  }
}

// ---------- screen, session, protocol, notifications, dialogs, shell ----------
const primaryDisplay = {
  id: 1,
  scaleFactor: 1,
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  bounds: { x: 0, y: 0, width: 1920, height: 1080 }
}
const secondDisplay = {
  id: 2,
  scaleFactor: 1,
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 }
}

class StandinScreen {
  cursor = { x: 100, y: 100 }
  constructor() {
    return strict(this, 'screen')
  }
  private ready(): void {
    requireReady('screen-after-ready', "The 'screen' module can't be used before the app 'ready' event")
  }
  getCursorScreenPoint = (): Electron.Point => {
    this.ready()
    return { ...this.cursor }
  }
  getDisplayNearestPoint = (point: Electron.Point): Electron.Display => {
    this.ready()
    return (point.x >= secondDisplay.bounds.x ? secondDisplay : primaryDisplay) as unknown as Electron.Display
  }
  getDisplayMatching = (rect: Electron.Rectangle): Electron.Display => {
    this.ready()
    return (rect.x + rect.width / 2 >= secondDisplay.bounds.x
      ? secondDisplay
      : primaryDisplay) as unknown as Electron.Display
  }
  getPrimaryDisplay = (): Electron.Display => {
    this.ready()
    return primaryDisplay as unknown as Electron.Display
  }
}

class StandinSession {
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null
  constructor() {
    return strict(this, 'Session')
  }
  setPermissionRequestHandler = (handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]): void => {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler = (handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void => {
    this.permissionCheckHandler = handler
  }
}

class StandinSessionModule {
  private session: StandinSession | null = null
  constructor() {
    return strict(this, 'session')
  }
  get defaultSession(): StandinSession {
    requireReady('session-after-ready', 'Session can only be received when app is ready')
    return (this.session ??= new StandinSession())
  }
}

class StandinProtocol {
  constructor() {
    return strict(this, 'protocol')
  }
  registerSchemesAsPrivileged = (schemes: Electron.CustomScheme[]): void => {
    if (state.ready) {
      throw new RuleViolation(
        'privileged-schemes-before-ready',
        'protocol.registerSchemesAsPrivileged should be called before app is ready'
      )
    }
    if (state.privilegedSchemes !== null) {
      throw new RuleViolation(
        'privileged-schemes-before-ready',
        'protocol.registerSchemesAsPrivileged can be called only once'
      )
    }
    state.privilegedSchemes = schemes
  }
  handle = (scheme: string, handler: (request: Request) => Response | Promise<Response>): void => {
    requireReady('protocol-handle-after-ready', 'protocol.handle can only be used after the app is ready')
    if (state.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    state.protocolHandlers.set(scheme, handler)
  }
  unhandle = (scheme: string): void => {
    requireReady('protocol-handle-after-ready', 'protocol.unhandle can only be used after the app is ready')
    state.protocolHandlers.delete(scheme)
  }
  isProtocolHandled = (scheme: string): boolean => {
    requireReady('protocol-handle-after-ready', 'protocol.isProtocolHandled can only be used after the app is ready')
    return state.protocolHandlers.has(scheme)
  }
}

export interface ShownNotification {
  options: Electron.NotificationConstructorOptions
  /** False when the OS would drop it (a Windows toast without an AppUserModelID). */
  visible: boolean
}

export class StandinNotification extends Emitter {
  static shown: ShownNotification[] = []
  static isSupported = (): boolean => true

  constructor(readonly options: Electron.NotificationConstructorOptions = {}) {
    super()
    requireReady('notification-after-ready', 'Cannot create Notification before app is ready')
    return strict(this, 'Notification')
  }

  show = (): void => {
    const visible = state.persona.platform !== 'win32' || state.appUserModelId !== null
    StandinNotification.shown.push({ options: this.options, visible })
    later(() => (visible ? this.emit('show') : this.emit('failed', {}, 'no AppUserModelID')))
  }
  close = (): void => {
    later(() => this.emit('close'))
  }
}

/** Native dialogs answered by the test: queue answers (null = the user cancels), then inspect what was asked. */
export class StandinDialog {
  readonly saveAnswers: (string | null)[] = []
  readonly openAnswers: (string | null)[] = []
  readonly asked: { kind: 'save' | 'open'; options: Electron.SaveDialogOptions | Electron.OpenDialogOptions }[] = []

  constructor() {
    return strict(this, 'dialog')
  }

  private static options<T>(a: unknown, b: T | undefined): T {
    return (b ?? a) as T
  }

  private ready(name: string): void {
    requireReady('dialog-after-ready', `dialog.${name} cannot be called before the app is ready`)
  }

  showSaveDialog = (a: unknown, b?: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue> => {
    this.ready('showSaveDialog')
    const options = StandinDialog.options<Electron.SaveDialogOptions>(a, b)
    this.asked.push({ kind: 'save', options })
    const answer = this.saveAnswers.shift() ?? null
    return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer })
  }

  showOpenDialog = (a: unknown, b?: Electron.OpenDialogOptions): Promise<Electron.OpenDialogReturnValue> => {
    this.ready('showOpenDialog')
    const options = StandinDialog.options<Electron.OpenDialogOptions>(a, b)
    this.asked.push({ kind: 'open', options })
    const answer = this.openAnswers.shift() ?? null
    return Promise.resolve(
      answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] }
    )
  }

  showMessageBox = (): Promise<Electron.MessageBoxReturnValue> => {
    this.ready('showMessageBox')
    return Promise.resolve({ response: 0, checkboxChecked: false })
  }

  showErrorBox = (title: string, content: string): void => {
    state.errors.push(new Error(`${title}: ${content}`))
  }
}

const shell = strict(
  {
    opened: [] as string[],
    openExternal: (url: string) => {
      shell.opened.push(url)
      return Promise.resolve()
    },
    openPath: (path: string) => {
      shell.opened.push(path)
      return Promise.resolve('')
    },
    showItemInFolder: (path: string) => {
      shell.opened.push(path)
    }
  },
  'shell'
)

// ---------- the controller tests use ----------
function standinApp(): StandinApp {
  return standin.app
}

export const standin = {
  app: strict(new StandinApp(), 'app'),
  ipcMain: strict(new StandinIpcMain(), 'ipcMain'),
  powerMonitor: new StandinPowerMonitor(),
  screen: new StandinScreen(),
  session: new StandinSessionModule(),
  protocol: new StandinProtocol(),
  dialog: new StandinDialog(),
  shell,
  get persona(): Persona {
    return state.persona
  },
  get appUserModelId(): string | null {
    return state.appUserModelId
  },
  get applicationMenu(): StandinMenu | null | undefined {
    return state.applicationMenu
  },
  get privilegedSchemes(): Electron.CustomScheme[] | null {
    return state.privilegedSchemes
  },
  /** Errors shown with dialog.showErrorBox (what Electron shows for an uncaught exception in main). */
  get errorBoxes(): unknown[] {
    return state.errors
  },
  reset(persona: Persona): void {
    state = freshState(persona)
    standin.app = strict(new StandinApp(), 'app')
    standin.ipcMain = strict(new StandinIpcMain(), 'ipcMain')
    standin.powerMonitor = new StandinPowerMonitor()
    standin.screen = new StandinScreen()
    standin.session = new StandinSessionModule()
    standin.protocol = new StandinProtocol()
    standin.dialog = new StandinDialog()
    shell.opened.length = 0
    StandinBrowserWindow.all = []
    StandinTray.all = []
    StandinNotification.shown = []
    refreshExports()
  },
  /** Electron finished starting: 'ready' is emitted and whenReady() resolves. */
  emitReady(): void {
    standin.app.markReady()
  },
  // ----- what the user and the OS do -----
  /** The user types and moves the mouse continuously from now on. */
  userActive(): void {
    state.idle.lastInputAt = null
  },
  /** The user stops touching the computer now (idle time starts growing). */
  userIdle(): void {
    state.idle.lastInputAt = Date.now()
  },
  /** The screen locks: an event on macOS and Windows; on Linux only getSystemIdleState sees it. */
  lockScreen(): void {
    state.idle.locked = true
    if (state.idle.lastInputAt === null) state.idle.lastInputAt = Date.now()
    if (state.persona.platform !== 'linux') standin.powerMonitor.fire('lock-screen')
  },
  unlockScreen(): void {
    state.idle.locked = false
    state.idle.lastInputAt = null
    if (state.persona.platform !== 'linux') standin.powerMonitor.fire('unlock-screen')
  },
  /** macOS: the Dock icon is clicked (or the app is opened again from Finder). */
  activate(): void {
    if (state.persona.platform !== 'darwin') {
      throw new RuleViolation('activate-macos-only', `app never emits 'activate' on ${state.persona.platform}`)
    }
    standin.app.emit('activate', {}, StandinBrowserWindow.alive().length > 0)
  },
  /** Another launch of Limber hands over to this one. */
  secondInstance(argv: string[] = []): void {
    standin.app.emit('second-instance', {}, argv, '/')
  }
}

// The bundle imports these bindings; `reset` swaps the objects behind them between tests.
export let app = standin.app
export let ipcMain = standin.ipcMain
export let powerMonitor = standin.powerMonitor
export let screen = standin.screen
export let session = standin.session
export let protocol = standin.protocol
export let dialog = standin.dialog
/** The classes as the bundle sees them: a static the stand-in does not model throws, naming it. */
function strictClass<T extends object>(cls: T, name: string): T {
  return new Proxy(cls, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t || INTROSPECTION.has(prop)) return Reflect.get(t, prop, receiver)
      throw new RuleViolation('unknown-api', `${name}.${prop} is not modelled by the Electron stand-in`)
    }
  })
}
const BrowserWindow = strictClass(StandinBrowserWindow, 'BrowserWindow')
const Notification = strictClass(StandinNotification, 'Notification')
const Tray = strictClass(StandinTray, 'Tray')
export { BrowserWindow, Notification, Tray, Menu, nativeImage, shell }

function refreshExports(): void {
  app = standin.app
  ipcMain = standin.ipcMain
  powerMonitor = standin.powerMonitor
  screen = standin.screen
  session = standin.session
  protocol = standin.protocol
  dialog = standin.dialog
  Object.assign(defaultTarget, { app, ipcMain, powerMonitor, screen, session, protocol, dialog })
}

const defaultTarget = {
  app,
  ipcMain,
  powerMonitor,
  screen,
  session,
  protocol,
  dialog,
  shell,
  BrowserWindow,
  Notification,
  Tray,
  Menu,
  nativeImage
}
export default strict(defaultTarget, 'electron')

export type { Listener }
