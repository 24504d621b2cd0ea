// Prints the physiotherapist report: a hidden window loads report.html, main sends it the report on
// 'report:content', waits until the page titles itself drawn, prints it to PDF and destroys the window.
// The page never speaks to main over IPC (the sender check refuses it every channel); its title is its answer.
import type { BrowserWindow } from 'electron'
import { REPORT_PAGE_TITLES } from '@shared/contract'
import type { ProgressReport } from '@shared/progress-report'
import type { ReportPrinterPort } from '../app/ports'
import { createSecureWindow } from './security'
import { REPORT_PAGE, pageUrl, send, type RendererLocation } from './windows'

/** How long the page may take to draw a report; far above what a 5 MiB report needs. */
export const REPORT_DRAW_TIMEOUT_MS = 60_000

const NOTHING_SAVED = 'Nothing was saved.'

export class ReportPrinter implements ReportPrinterPort {
  constructor(
    private readonly renderer: RendererLocation,
    private readonly preloadPath: string
  ) {}

  async printReport(report: ProgressReport): Promise<Uint8Array> {
    const window = createSecureWindow(
      { show: false, width: 794, height: 1123, title: 'Limber report' },
      this.preloadPath
    )
    try {
      // Once loading ends the page's script has run and listens for the report.
      await window.loadURL(pageUrl(this.renderer, REPORT_PAGE))
      const drawn = untilDrawn(window)
      send(window, 'report:content', report)
      await drawn
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        // The page sets its own margins with @page, as page.pdf in the browser e2e does.
        preferCSSPageSize: true
      })
      return new Uint8Array(pdf)
    } finally {
      window.destroy()
    }
  }
}

/** Resolves when the page titles itself drawn; rejects, in words, when it cannot read the report or stops. */
function untilDrawn(window: BrowserWindow): Promise<void> {
  const contents = window.webContents
  return new Promise<void>((resolve, reject) => {
    const finish = (error: Error | null): void => {
      clearTimeout(timer)
      contents.off('page-title-updated', onTitle)
      contents.off('render-process-gone', onGone)
      if (error) reject(error)
      else resolve()
    }
    const onTitle = (_event: unknown, title: string): void => {
      if (title === REPORT_PAGE_TITLES.drawn) finish(null)
      else if (title === REPORT_PAGE_TITLES.unreadable)
        finish(new Error(`The report page could not read the report. ${NOTHING_SAVED} Please try again.`))
    }
    const onGone = (): void =>
      finish(new Error(`The report page stopped before the report was drawn. ${NOTHING_SAVED} Please try again.`))
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `The report page did not finish drawing the report within ${REPORT_DRAW_TIMEOUT_MS / 1000} s. ${NOTHING_SAVED} Try a shorter period, or try again.`
          )
        ),
      REPORT_DRAW_TIMEOUT_MS
    )
    contents.on('page-title-updated', onTitle)
    contents.on('render-process-gone', onGone)
  })
}
