// What the tray says and offers for a given office status: pure, so tests read it without a tray.
import type { OfficeStatus } from '@shared/office-status'
import { menuStatusLine, statusLine } from '@shared/office-text'
import { quantizeProgress } from './tray-icon-bitmap'

export type TrayMenuItem =
  | { kind: 'label'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; id: TrayActionId; label: string; enabled: boolean }
  | { kind: 'submenu'; label: string; enabled: boolean; items: { id: TrayActionId; label: string }[] }

export type TrayActionId =
  | 'break-now'
  | 'meeting'
  | 'end-meeting'
  | 'pause-30'
  | 'pause-60'
  | 'pause-120'
  | 'pause-tomorrow'
  | 'resume'
  | 'toggle-flare'
  | 'open'
  | 'quit'

export interface TrayView {
  tooltip: string
  statusLine: string
  icon: { progress: number; state: TrayIconState }
  menu: TrayMenuItem[]
}

export type TrayIconState = 'sitting' | 'due' | 'break' | 'paused' | 'meeting'

function iconState(status: OfficeStatus): TrayIconState {
  switch (status.phase) {
    case 'due':
      return 'due'
    case 'on-break':
    case 'away':
      return 'break'
    case 'paused':
    case 'outside-hours':
      return 'paused'
    case 'meeting':
    case 'busy':
      return 'meeting'
    case 'sitting':
      return 'sitting'
  }
}

/** Which parts of the tray must be set again for a new view. */
export interface TrayChanges {
  tooltip: boolean
  icon: boolean
  menu: boolean
}

/**
 * Remembers what the tray shows and says what a new view changes: the app publishes its status at
 * every wake-up, and an unchanged tray must cost nothing (rebuilding the menu closes an open one on
 * Linux). The icon counts as changed only when its drawing does (state, or a progress step).
 */
export class TrayChangeTracker {
  private tooltip: string | null = null
  private iconKey: string | null = null
  private menuKey: string | null = null

  next(view: TrayView): TrayChanges {
    const iconKey = `${view.icon.state}:${quantizeProgress(view.icon.progress)}`
    const menuKey = JSON.stringify(view.menu)
    const changes = {
      tooltip: view.tooltip !== this.tooltip,
      icon: iconKey !== this.iconKey,
      menu: menuKey !== this.menuKey
    }
    this.tooltip = view.tooltip
    this.iconKey = iconKey
    this.menuKey = menuKey
    return changes
  }
}

export function trayView(status: OfficeStatus, flareMode: boolean): TrayView {
  const line = statusLine(status)
  const paused = status.phase === 'paused'
  const meeting = status.phase === 'meeting'
  return {
    tooltip: `Limber: ${line}`,
    statusLine: line,
    icon: { progress: status.progress, state: iconState(status) },
    menu: [
      { kind: 'label', label: menuStatusLine(status) },
      { kind: 'separator' },
      { kind: 'action', id: 'break-now', label: 'Take a break now', enabled: !paused },
      meeting
        ? { kind: 'action', id: 'end-meeting', label: 'Meeting is over', enabled: true }
        : { kind: 'action', id: 'meeting', label: 'In a meeting', enabled: !paused },
      {
        kind: 'submenu',
        label: 'Pause',
        enabled: !paused,
        items: [
          { id: 'pause-30', label: 'For 30 minutes' },
          { id: 'pause-60', label: 'For 1 hour' },
          { id: 'pause-120', label: 'For 2 hours' },
          { id: 'pause-tomorrow', label: 'Until tomorrow' }
        ]
      },
      { kind: 'action', id: 'resume', label: 'Resume', enabled: paused },
      { kind: 'separator' },
      {
        kind: 'action',
        id: 'toggle-flare',
        label: flareMode ? 'Turn flare-up mode off' : 'Turn flare-up mode on',
        enabled: true
      },
      { kind: 'action', id: 'open', label: 'Open Limber', enabled: true },
      { kind: 'action', id: 'quit', label: 'Quit Limber', enabled: true }
    ]
  }
}
