// Entry of the report page (printed to PDF in a hidden window): main sends the report on 'report:content';
// the page checks it against its schema, draws it synchronously, then titles itself, which is main's cue
// to print. The report never travels in the address, so its size is not bounded by a URL's.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { REPORT_PAGE_TITLES } from '@shared/contract'
import { progressReportSchema } from '@shared/progress-report'
import { ReportPage } from './ReportPage'
import '../styles.css'
import './report.css'

const root = createRoot(document.getElementById('root')!)
flushSync(() => root.render(<p>Waiting for the report…</p>))

let drawn = false
window.limber.on('report:content', (payload) => {
  // One report per page: the window is destroyed once it is printed.
  if (drawn) return
  drawn = true
  const report = progressReportSchema.safeParse(payload)
  flushSync(() => {
    root.render(
      report.success ? (
        <ReportPage report={report.data} />
      ) : (
        <p>This report could not be read. Make it again from the Progress screen.</p>
      )
    )
  })
  document.title = report.success ? REPORT_PAGE_TITLES.drawn : REPORT_PAGE_TITLES.unreadable
})
