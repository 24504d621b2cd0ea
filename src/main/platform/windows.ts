// Creates Limber's two windows on demand and destroys them on close: nothing hidden stays resident.
import { screen, type BrowserWindow, type WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { EventChannel, EventPayload } from '@shared/contract'
import type { WindowsPort } from '../app/ports'
import { BREAK_CARD_SIZE, cornerPosition } from '../app/window-placement'
import { createSecureWindow } from './security'
import { REPORT_PAGE } from './report-printer'

/** The only way main talks to a page: a push event of the contract, with its typed payload. */
function send<E extends EventChannel>(window: BrowserWindow, event: E, payload: EventPayload<E>): void {
  window.webContents.send(event, payload)
}

export type WindowKind = 'main' | 'break-card'

export interface RendererLocation {
  /** Folder holding index.html and break-card.html (the built renderer). */
  dir: string
  /** electron-vite's dev server, when running `npm run dev`. */
  devUrl?: string | undefined
}

const PAGES: Record<WindowKind, string> = {
  main: 'index.html',
  'break-card': 'break-card.html'
}

export class WindowManager implements WindowsPort {
  private readonly windows = new Map<WindowKind, BrowserWindow>()

  constructor(
    private readonly renderer: RendererLocation,
    private readonly preloadPath: string
  ) {}

  /** True when `url` is one of our own pages (used for navigation and IPC sender checks). */
  isAppUrl(url: string): boolean {
    if (this.renderer.devUrl && url.startsWith(this.renderer.devUrl)) return true
    const base = pathToFileURL(this.renderer.dir).href + '/'
    // The report page is ours too (printed in a hidden window), but no window kind: it gets no IPC.
    return [...Object.values(PAGES), REPORT_PAGE].some(
      (page) => url === base + page || url.startsWith(`${base}${page}#`)
    )
  }

  /** Which of our windows owns these webContents, if any. */
  kindOf(contents: WebContents): WindowKind | null {
    for (const [kind, window] of this.windows) {
      if (!window.isDestroyed() && window.webContents.id === contents.id) return kind
    }
    return null
  }

  openMain(route?: string): void {
    const existing = this.windows.get('main')
    if (existing && !existing.isDestroyed()) {
      if (route) send(existing, 'app:navigate', route)
      if (existing.isMinimized()) existing.restore()
      existing.show()
      existing.focus()
      return
    }
    const window = createSecureWindow(
      {
        width: 1040,
        height: 760,
        minWidth: 640,
        minHeight: 520,
        show: false,
        title: 'Limber',
        backgroundColor: '#00000000',
        autoHideMenuBar: true
      },
      this.preloadPath
    )
    this.track('main', window)
    window.once('ready-to-show', () => window.show())
    this.load(window, 'main', route)
  }

  showBreakCard(): void {
    const existing = this.windows.get('break-card')
    if (existing && !existing.isDestroyed()) {
      existing.showInactive()
      return
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
    const { x, y } = cornerPosition(display.workArea, BREAK_CARD_SIZE)
    const window = createSecureWindow(
      {
        ...BREAK_CARD_SIZE,
        x,
        y,
        show: false,
        frame: false,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        title: 'Limber: time to stand up'
      },
      this.preloadPath
    )
    window.setAlwaysOnTop(true, 'floating')
    this.track('break-card', window)
    // showInactive: the card appears without taking keyboard focus from what the user is typing in.
    window.once('ready-to-show', () => window.showInactive())
    this.load(window, 'break-card')
  }

  closeBreakCard(): void {
    this.closeWindow('break-card')
  }

  private closeWindow(kind: WindowKind): void {
    const window = this.windows.get(kind)
    if (window && !window.isDestroyed()) window.close()
  }

  broadcast<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const window of this.windows.values()) {
      if (!window.isDestroyed()) send(window, event, payload)
    }
  }

  private track(kind: WindowKind, window: BrowserWindow): void {
    this.windows.set(kind, window)
    window.on('closed', () => {
      if (this.windows.get(kind) === window) this.windows.delete(kind)
    })
  }

  private load(window: BrowserWindow, kind: WindowKind, route?: string): void {
    const page = PAGES[kind]
    if (this.renderer.devUrl) {
      void window.loadURL(`${this.renderer.devUrl}/${page}${route ? `#${route}` : ''}`)
    } else {
      void window.loadFile(join(this.renderer.dir, page), route ? { hash: route } : {})
    }
  }
}
