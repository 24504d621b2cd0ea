// Creates Limber's two windows on demand and destroys them on close: nothing hidden stays resident.
import { screen, type BrowserWindow, type WebContents } from 'electron'
import type { EventChannel, EventPayload } from '@shared/contract'
import type { WindowsPort } from '../app/ports'
import { BREAK_CARD_SIZE } from '../app/window-placement'
import { cardSize, type CardWindowTraits } from './card-window'
import { APP_ORIGIN, isAppPageUrl } from './renderer-files'
import { createSecureWindow } from './security'

/** The only way main talks to a page: a push event of the contract, with its typed payload. */
export function send<E extends EventChannel>(window: BrowserWindow, event: E, payload: EventPayload<E>): void {
  window.webContents.send(event, payload)
}

export type WindowKind = 'main' | 'break-card'

export const REPORT_PAGE = 'report.html'
const PAGES: Record<WindowKind, string> = {
  main: 'index.html',
  'break-card': 'break-card.html'
}
const ALL_PAGES = [...Object.values(PAGES), REPORT_PAGE]

export interface RendererLocation {
  /** electron-vite's dev server origin (`npm run dev`); null in a packaged app, which never trusts it. */
  devOrigin: string | null
}

/** The address of one of our pages: app://limber/<page>, or the dev server's in development. */
export function pageUrl(renderer: RendererLocation, page: string, hash?: string): string {
  return `${renderer.devOrigin ?? APP_ORIGIN}/${page}${hash ? `#${hash}` : ''}`
}

/** Loads a page; a load cut short (window closed first: ERR_ABORTED) is expected, anything else is reported. */
export function loadPage(window: BrowserWindow, url: string): void {
  window.loadURL(url).catch((error: unknown) => {
    if (window.isDestroyed()) return
    console.warn(
      `Limber could not load ${url.split('#')[0]}: ${error instanceof Error ? error.message : String(error)}`
    )
  })
}

export class WindowManager implements WindowsPort {
  private readonly windows = new Map<WindowKind, BrowserWindow>()

  constructor(
    private readonly renderer: RendererLocation,
    private readonly preloadPath: string,
    private readonly card: CardWindowTraits
  ) {}

  /** True when `url` is one of our own pages (used for navigation and IPC sender checks). */
  isAppUrl(url: string): boolean {
    // The report page is ours too (printed in a hidden window), but no window kind: it gets no IPC.
    return isAppPageUrl(url, ALL_PAGES, this.renderer.devOrigin)
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
    loadPage(window, pageUrl(this.renderer, PAGES.main, route))
  }

  showBreakCard(): void {
    const existing = this.windows.get('break-card')
    if (existing && !existing.isDestroyed()) {
      existing.showInactive()
      return
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
    const position = this.card.position(display.workArea, BREAK_CARD_SIZE)
    const window = createSecureWindow(
      {
        ...BREAK_CARD_SIZE,
        ...(position ?? {}),
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
    this.card.raise(window)
    this.track('break-card', window)
    // showInactive: the card appears without taking keyboard focus from what the user is typing in.
    window.once('ready-to-show', () => window.showInactive())
    loadPage(window, pageUrl(this.renderer, PAGES['break-card']))
  }

  /** Sizes the card to its content at its zoom, inside the work area of the display it is on. */
  fitBreakCard(contentHeight: number): void {
    const window = this.windows.get('break-card')
    if (!window || window.isDestroyed()) return
    const bounds = window.getBounds()
    const { workArea } = screen.getDisplayMatching(bounds)
    const size = cardSize(workArea, contentHeight, window.webContents.getZoomFactor())
    if (size.width === bounds.width && size.height === bounds.height) return
    // Keep the corner it was put in; where the compositor places windows (Wayland), only resize.
    const position = this.card.position(workArea, size) ?? { x: bounds.x, y: bounds.y }
    // A non-resizable window never shrinks from code on Linux (electron/electron#42258): unlock it briefly.
    window.setResizable(true)
    try {
      window.setBounds({ ...position, ...size })
    } finally {
      window.setResizable(false)
    }
  }

  closeBreakCard(): void {
    const window = this.windows.get('break-card')
    // close() finishes on a later turn: forget the card now, so a new prompt gets a new card.
    this.windows.delete('break-card')
    if (window && !window.isDestroyed()) window.close()
  }

  broadcast<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const window of this.windows.values()) {
      if (!window.isDestroyed()) send(window, event, payload)
    }
  }

  private track(kind: WindowKind, window: BrowserWindow): void {
    this.windows.set(kind, window)
    // close() is asynchronous: forget the window as soon as it starts closing, so the next
    // openMain or showBreakCard builds a new one instead of reusing a window on its way out.
    const forget = () => {
      if (this.windows.get(kind) === window) this.windows.delete(kind)
    }
    window.once('close', forget)
    window.once('closed', forget)
  }
}
