// Entry of the report page (printed to PDF in a hidden window): the report comes in the address, is
// checked against its schema, and is drawn synchronously so the page is complete when loading ends.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { decodeReport, type ProgressReport } from '@shared/progress-report'
import { ReportPage } from './ReportPage'
import '../styles.css'
import './report.css'

function readReport(): ProgressReport | null {
  try {
    return decodeReport(window.location.hash)
  } catch {
    return null
  }
}

const root = createRoot(document.getElementById('root')!)
const report = readReport()
flushSync(() => {
  root.render(
    report ? (
      <ReportPage report={report} />
    ) : (
      <p>This report could not be read. Make it again from the Progress screen.</p>
    )
  )
})
