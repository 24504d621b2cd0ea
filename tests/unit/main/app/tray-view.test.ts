import { describe, expect, it } from 'vitest'
import type { OfficeStatus } from '@shared/office-status'
import { TrayChangeTracker, trayView } from '../../../../src/main/app/tray-view'
import { officeStatus } from '../../../support/office-status-fixture'

const base: OfficeStatus = officeStatus({ sittingMinutes: 12.7, progress: 0.5 })

const labels = (status: OfficeStatus) =>
  trayView(status, false).menu.flatMap((i) => (i.kind === 'separator' ? [] : [i.label]))

describe('tray view', () => {
  it('says how long the user has been sitting, in the tooltip and the first menu line', () => {
    const view = trayView(base, false)
    expect(view.tooltip).toBe('Limber: Sitting for 12 min')
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'Sitting' })
  })

  it('offers every office action, opening the window and quitting', () => {
    expect(labels(base)).toEqual([
      'Sitting',
      'Take a break now',
      'In a meeting',
      'Pause',
      'Resume',
      'Turn flare-up mode on',
      'Open Limber',
      'Quit Limber'
    ])
  })

  it('formats long sitting in hours and minutes', () => {
    expect(trayView({ ...base, sittingMinutes: 95 }, false).statusLine).toBe('Sitting for 1 h 35 min')
  })

  it('shows a full orange ring and says so when a stand-up is due', () => {
    const view = trayView({ ...base, phase: 'due', sittingMinutes: 25, progress: 1 }, false)
    expect(view.icon).toEqual({ progress: 1, state: 'due' })
    expect(view.tooltip).toContain('Time to stand up')
  })

  it('while paused, offers Resume and disables the actions that make no sense', () => {
    const until = new Date(2026, 2, 2, 11, 5).getTime()
    const view = trayView({ ...base, phase: 'paused', pausedUntil: until }, false)
    expect(view.statusLine).toBe('Paused until 11:05')
    const find = (label: string) => view.menu.find((i) => i.kind !== 'separator' && i.label === label)
    expect(find('Resume')).toMatchObject({ enabled: true })
    expect(find('Take a break now')).toMatchObject({ enabled: false })
    expect(find('Pause')).toMatchObject({ enabled: false })
    expect(view.icon.state).toBe('paused')
  })

  it('in a meeting, offers to end it instead of starting one', () => {
    const view = trayView({ ...base, phase: 'meeting', meetingUntil: new Date(2026, 2, 2, 10, 0).getTime() }, false)
    expect(view.statusLine).toBe('In a meeting until 10:00 (sitting 12 min)')
    expect(labels({ ...base, phase: 'meeting', meetingUntil: null })).toContain('Meeting is over')
  })

  it('keeps the same menu while only the minutes change (an open menu on Linux would close)', () => {
    expect(trayView({ ...base, sittingMinutes: 13 }, false).menu).toEqual(trayView(base, false).menu)
    expect(trayView({ ...base, sittingMinutes: 13 }, false).tooltip).not.toBe(trayView(base, false).tooltip)
  })

  it('names the flare-up toggle by what it will do', () => {
    expect(trayView(base, true).menu.some((i) => i.kind === 'action' && i.label === 'Turn flare-up mode off')).toBe(
      true
    )
  })

  it('during a call says why reminders wait, in the meeting colour, without the minutes in the menu', () => {
    const view = trayView(officeStatus({ phase: 'busy', busyReasons: ['call', 'dnd'], sittingMinutes: 40.2 }), false)
    expect(view.tooltip).toBe('Limber: In a call: reminders wait (sitting 40 min)')
    expect(view.menu[0]).toEqual({ kind: 'label', label: 'In a call: reminders wait' })
    expect(view.icon.state).toBe('meeting')
    expect(trayView(officeStatus({ phase: 'busy', busyReasons: ['presenting'] }), false).menu[0]).toEqual({
      kind: 'label',
      label: 'Presenting: reminders wait'
    })
  })

  it('reports only the parts of the tray that changed', () => {
    const tracker = new TrayChangeTracker()
    expect(tracker.next(trayView(base, false))).toEqual({ tooltip: true, icon: true, menu: true })
    expect(tracker.next(trayView(base, false))).toEqual({ tooltip: false, icon: false, menu: false })
    // A minute later: the tooltip says so; the ring has not moved a step; the menu stays.
    expect(tracker.next(trayView({ ...base, sittingMinutes: 13.7, progress: 0.501 }, false))).toEqual({
      tooltip: true,
      icon: false,
      menu: false
    })
    expect(tracker.next(trayView({ ...base, phase: 'due', progress: 1 }, false))).toEqual({
      tooltip: true,
      icon: true,
      menu: true
    })
  })
})
