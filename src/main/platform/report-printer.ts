// Prints the physiotherapist report: a hidden window loads report.html with the report in its address,
// prints it to PDF and is destroyed. The page needs no IPC (the sender check refuses it any channel).
import type { ReportPrinterPort } from '../app/ports'
import { createSecureWindow } from './security'
import { REPORT_PAGE, pageUrl, type RendererLocation } from './windows'

export class ReportPrinter implements ReportPrinterPort {
  constructor(
    private readonly renderer: RendererLocation,
    private readonly preloadPath: string
  ) {}

  async printReport(encodedReport: string): Promise<Uint8Array> {
    const window = createSecureWindow(
      { show: false, width: 794, height: 1123, title: 'Limber report' },
      this.preloadPath
    )
    try {
      // The page renders synchronously while its script runs, so it is complete once loading ends.
      await window.loadURL(pageUrl(this.renderer, REPORT_PAGE, encodedReport))
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
