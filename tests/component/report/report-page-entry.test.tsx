// The report page's entry: it waits for main's 'report:content', checks it, draws it at once and answers
// with its title, main's cue to print. It never asks main for anything.
import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REPORT_PAGE_TITLES } from '@shared/contract'
import { installFakeLimber, type FakeLimber } from '../../support/fake-limber-api'
import type { ProgressReport } from '@shared/progress-report'
import { reportFixture } from '../../support/report-fixture'

const REPORT = reportFixture({
  checkIns: 3,
  pain: {
    baseline: { day: '2026-02-02', back: 7, leg: 5 },
    firstInRange: { day: '2026-02-02', back: 7, leg: 5 },
    latest: { day: '2026-03-01', back: 3, leg: 2 },
    backChange: { delta: -4, meaningful: true, direction: 'better' },
    legChange: { delta: -3, meaningful: true, direction: 'better' },
    series: [],
    seriesUnit: 'check-in'
  }
})

let limber: FakeLimber

beforeEach(async () => {
  document.body.innerHTML = '<div id="root"></div>'
  document.title = 'Limber progress report (waiting for the report)'
  // No handlers: any request the page made would fail the test.
  limber = installFakeLimber({})
  vi.resetModules()
  await import('../../../src/renderer/src/report/main')
})

describe('the report page', () => {
  it('waits for the report, then draws it at once and titles itself drawn', () => {
    expect(screen.getByText('Waiting for the report…')).toBeInTheDocument()
    expect(document.title).not.toBe(REPORT_PAGE_TITLES.drawn)
    limber.emit('report:content', REPORT)
    // Synchronous: by the time main sees the title, the report is on the page.
    expect(screen.getByRole('heading', { name: 'Limber progress report', level: 1 })).toBeInTheDocument()
    expect(screen.getByText(/28 days, 3 check-ins/)).toBeInTheDocument()
    expect(document.title).toBe(REPORT_PAGE_TITLES.drawn)
    expect(limber.calls).toEqual([])
  })

  it('says the report could not be read, and answers so, when the message is not a report', () => {
    limber.emit('report:content', { ...REPORT, checkIns: 'three' } as unknown as ProgressReport)
    expect(
      screen.getByText('This report could not be read. Make it again from the Progress screen.')
    ).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Limber progress report' })).toBeNull()
    expect(document.title).toBe(REPORT_PAGE_TITLES.unreadable)
  })

  it('draws one report only: a second message changes nothing', () => {
    limber.emit('report:content', REPORT)
    limber.emit('report:content', { ...REPORT, checkIns: 99 })
    expect(screen.getByText(/28 days, 3 check-ins/)).toBeInTheDocument()
    expect(screen.queryByText(/99 check-ins/)).toBeNull()
  })
})
