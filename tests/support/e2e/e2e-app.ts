/// <reference lib="dom" />
// The real main-process application (createLimberApp: settings, progress log, engine, handlers) on a
// temp data dir and a virtual clock, with windows that are Chromium pages bound through
// page.exposeFunction. Broadcasts from main reach every open page, as webContents.send would.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright'
import { REPORT_PAGE_TITLES, type EventChannel, type EventPayload } from '@shared/contract'
import type { ProgressReport } from '@shared/progress-report'
import { createLimberApp } from '../../../src/main/app/create-app'
import { BREAK_CARD_SIZE } from '../../../src/main/app/window-placement'
import { dispatch } from '../../../src/main/app/dispatch'
import type { LimberApp } from '../../../src/main/app/limber-app'
import type { DesktopNotification, DialogsPort, TrayPort, WindowsPort } from '../../../src/main/app/ports'
import type { TrayView } from '../../../src/main/app/tray-view'
import type { VirtualClock, VirtualScheduler } from '../../../src/main/engine/simulation/virtual-time'
import { ProgressLog, type TimeRange } from '../../../src/main/storage/progress-log'
import { deviceId } from '../../../src/main/storage/progress-log-port'
import type { ProgressEvent } from '@shared/progress-events'
import { FakeDesktopSignals } from '../fake-desktop-signals'
import { testPorts } from '../test-ports'

type Kind = 'main' | 'break-card'

/** Runs in the page before its scripts: window.limber over the exposed function, as the preload does. */
function installBridge(): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const w = window as unknown as {
    __limberInvoke(
      channel: string,
      payload: unknown
    ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
    __limberEmit(event: string, payload: unknown): void
    limber: unknown
  }
  w.__limberEmit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  w.limber = Object.freeze({
    async invoke(channel: string, request?: unknown) {
      const envelope = await w.__limberInvoke(channel, request)
      if (envelope.ok) return envelope.value
      throw new Error(envelope.error?.message ?? 'failed')
    },
    on(event: string, listener: (payload: unknown) => void) {
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener)
      return () => set.delete(listener)
    }
  })
}

/** A window's size in CSS pixels at a page zoom. */
export function zoomed(size: { width: number; height: number }, zoom: number): { width: number; height: number } {
  return { width: Math.floor(size.width / zoom), height: Math.floor(size.height / zoom) }
}

export const PAGE_FOR: Record<Kind, string> = { main: 'index.html', 'break-card': 'break-card.html' }

export class E2eApp implements WindowsPort {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-e2e-'))
  readonly clock: VirtualClock
  readonly scheduler: VirtualScheduler
  readonly notifications: DesktopNotification[] = []
  trayView: TrayView | null = null
  /** When the user last touched the computer; null while they are typing. */
  lastInputAt: number | null = null
  readonly pages = new Map<Kind, Page>()
  readonly opened: Kind[] = []
  readonly closed: Kind[] = []
  /** Every content height the card asked its window to fit ('card:fit'), oldest first. */
  readonly cardFits: number[] = []
  readonly app: LimberApp
  /** The desktop's calls, presentations and Do-Not-Disturb: the microphone and DND push, fullscreen is not available. */
  readonly signals = new FakeDesktopSignals({ pushed: ['microphone', 'dnd'], unavailable: ['fullscreen'] })
  // ----- Progress log: native dialogs answered by the test (null = cancel), reports printed by Chromium -----
  readonly saveAnswers: (string | null)[] = []
  readonly openAnswers: (string | null)[] = []
  /** The last report printed, to draw it again (axe). */
  lastReport: ProgressReport | null = null
  private readonly dialogs: DialogsPort = {
    saveFile: () => Promise.resolve(this.saveAnswers.shift() ?? null),
    chooseFolder: () => Promise.resolve(this.openAnswers.shift() ?? null),
    chooseFile: () => Promise.resolve(this.openAnswers.shift() ?? null)
  }

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    start = '2026-03-02T09:00:00+01:00'
  ) {
    const tray: TrayPort = { update: (view) => (this.trayView = view) }
    const ports = testPorts(this.dir, start, {
      version: '0.1.0-e2e',
      idleProbe: {
        idleSeconds: () => (this.lastInputAt === null ? 0 : Math.floor((this.clock.now() - this.lastInputAt) / 1000))
      },
      windows: this,
      notifier: { notify: (n) => this.notifications.push(n) },
      createTray: () => tray,
      dialogs: this.dialogs,
      reportPrinter: { printReport: (report) => this.printReport(report) },
      desktopSignals: this.signals
    })
    this.clock = ports.clock
    this.scheduler = ports.scheduler
    this.app = createLimberApp(ports)
  }

  /** What the app's hidden report window does, in Chromium: draw the report on report.html, print to PDF. */
  async printReport(report: ProgressReport): Promise<Uint8Array> {
    this.lastReport = report
    const context = await this.browser.newContext({
      colorScheme: 'light',
      timezoneId: process.env['TZ'] ?? 'Europe/Berlin',
      locale: 'en-GB'
    })
    try {
      const page = await this.showReport(context, report)
      return await page.pdf({ preferCSSPageSize: true, printBackground: true })
    } finally {
      await context.close()
    }
  }

  /**
   * report.html with the report sent on 'report:content', as ReportPrinter does, once the page has titled
   * itself drawn. The page gets window.limber with no invoke behind it: the report window has no channel.
   */
  async showReport(context: BrowserContext, report: ProgressReport): Promise<Page> {
    const page = await context.newPage()
    await page.addInitScript(installBridge)
    await page.goto(`${this.baseUrl}/report.html`)
    await page.evaluate(
      ([e, p]) => (window as unknown as { __limberEmit(e: string, p: unknown): void }).__limberEmit(e, p),
      ['report:content', report] as const
    )
    const answer = await page.waitForFunction((titles) => titles.includes(document.title) && document.title, [
      REPORT_PAGE_TITLES.drawn,
      REPORT_PAGE_TITLES.unreadable
    ] as string[])
    const title = await answer.jsonValue()
    if (title !== REPORT_PAGE_TITLES.drawn) throw new Error(`The report page answered "${String(title)}"`)
    return page
  }

  /** Every event in this app's progress log, as the app itself would read it. */
  logEvents(range: TimeRange = {}): ProgressEvent[] {
    return ProgressLog.open({ dataDir: join(this.dir, 'progress'), deviceId: deviceId(this.dir) }).readAll(range).events
  }

  /** Answers the first-run warning-sign questions as the main window would (none reported by default). */
  async answerSafetyQuestions(signs: string[] = []): Promise<void> {
    const reply = await dispatch(
      this.app.handlers(),
      'home:answer-safety',
      { signs, context: 'first-run' },
      { window: 'main' }
    )
    if (!reply.ok) throw new Error(reply.error.message)
  }

  start(): this {
    this.app.start()
    return this
  }

  /** Moves virtual time on, firing the engine's wake-ups on the way. */
  async advanceMinutes(minutes: number): Promise<void> {
    this.scheduler.runUntil(this.clock.elapsed + minutes * 60_000)
    await this.settle()
  }

  /** Lets pages process pushed events. */
  async settle(): Promise<void> {
    for (const page of this.pages.values()) await page.evaluate(() => new Promise((r) => setTimeout(r, 0)))
  }

  /** Opens one of our pages in Chromium with window.limber bound to the real handlers. */
  async openPage(
    kind: Kind,
    options: {
      colorScheme?: 'light' | 'dark'
      hash?: string
      /** fake the page's timers (page.clock) */ fakeClock?: boolean
      /** page zoom, as Ctrl+plus sets it: the same window shows 1/zoom as many CSS pixels */
      zoom?: number
      /** what the system asks for; reduced by default, so screenshots hold still */
      reducedMotion?: 'reduce' | 'no-preference'
      viewport?: { width: number; height: number }
    } = {}
  ): Promise<Page> {
    const context = await this.browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport:
        options.viewport ??
        (kind === 'main' ? { width: 1040, height: 760 } : zoomed(BREAK_CARD_SIZE, options.zoom ?? 1)),
      deviceScaleFactor: options.zoom ?? 1,
      reducedMotion: options.reducedMotion ?? 'reduce',
      timezoneId: process.env['TZ'] ?? 'Europe/Berlin',
      locale: 'en-GB'
    })
    const page = await context.newPage()
    page.on('pageerror', (error) => {
      throw error
    })
    await page.exposeFunction('__limberInvoke', (channel: unknown, payload: unknown) =>
      dispatch(this.app.handlers(), channel, payload, { window: kind })
    )
    await page.addInitScript(installBridge)
    this.pages.set(kind, page)
    if (options.fakeClock) await page.clock.install({ time: new Date(this.clock.now()) })
    await page.goto(`${this.baseUrl}/${PAGE_FOR[kind]}${options.hash ? `#${options.hash}` : ''}`)
    return page
  }

  // ----- WindowsPort: what main asks of windows -----
  openMain(route?: string): void {
    this.opened.push('main')
    const page = this.pages.get('main')
    if (page && route) void page.evaluate((r) => (window.location.hash = `#/${r}`), route)
  }
  showBreakCard(): void {
    this.opened.push('break-card')
  }
  closeBreakCard(): void {
    if (this.pages.has('break-card')) this.closed.push('break-card')
  }
  fitBreakCard(contentHeight: number): void {
    this.cardFits.push(contentHeight)
  }
  broadcast<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const page of this.pages.values()) {
      if (!page.isClosed()) {
        void page
          .evaluate(
            ([e, p]) => (window as unknown as { __limberEmit(e: string, p: unknown): void }).__limberEmit(e, p),
            [event, payload] as const
          )
          .catch(() => undefined)
      }
    }
  }

  async close(): Promise<void> {
    this.app.stop()
    for (const page of this.pages.values())
      await page
        .context()
        .close()
        .catch(() => undefined)
    rmSync(this.dir, { recursive: true, force: true })
  }
}
