// A quiet main process (issue 14): the profile is not rewritten by prompts, the tray changes only when
// what it shows does, and a desk left unlocked overnight is barely polled. Real createLimberApp, temp dir.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLimberApp } from '../../../../src/main/app/create-app'
import type { LimberApp } from '../../../../src/main/app/limber-app'
import { TrayChangeTracker, type TrayView } from '../../../../src/main/app/tray-view'
import type { VirtualClock, VirtualScheduler } from '../../../../src/main/engine/simulation/virtual-time'
import { testPorts } from '../../../support/test-ports'

const t = (clock: string, day = '2026-03-02'): number => Date.parse(`${day}T${clock}:00+01:00`)

class Rig {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-quiet-'))
  readonly clock: VirtualClock
  readonly scheduler: VirtualScheduler
  readonly app: LimberApp
  /** When the user last touched the computer; null while they are typing. */
  lastInputAt: number | null = null
  readonly trayChanges: { at: number; menu: boolean }[] = []
  tray: TrayView | null = null
  cards = 0

  constructor() {
    const tracker = new TrayChangeTracker()
    const ports = testPorts(this.dir, '2026-03-02T09:00:00+01:00', {
      idleProbe: {
        idleSeconds: () => (this.lastInputAt === null ? 0 : Math.floor((this.clock.now() - this.lastInputAt) / 1000))
      },
      windows: {
        openMain: () => undefined,
        showBreakCard: () => (this.cards += 1),
        closeBreakCard: () => undefined,
        broadcast: () => undefined
      },
      createTray: () => ({
        update: (view) => {
          this.tray = view
          const changed = tracker.next(view)
          if (changed.tooltip || changed.icon || changed.menu) {
            this.trayChanges.push({ at: this.clock.now(), menu: changed.menu })
          }
        }
      })
    })
    this.clock = ports.clock
    this.scheduler = ports.scheduler
    this.app = createLimberApp(ports)
    this.app.start()
  }

  until(at: number): void {
    this.scheduler.runUntil(at)
  }

  get profilePath(): string {
    return join(this.dir, 'profile.json')
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

let rig: Rig | null = null
afterEach(() => {
  rig?.dispose()
  rig = null
})

describe('a quiet main process', () => {
  it('does not rewrite the profile at each prompt, and keeps the stretches shown when Limber quits', () => {
    rig = new Rig()
    const before = existsSync(rig.profilePath) ? statSync(rig.profilePath).mtimeMs : null
    const contentBefore = existsSync(rig.profilePath) ? readFileSync(rig.profilePath, 'utf8') : null
    for (const clock of ['09:26', '09:52', '10:18']) {
      rig.until(t(clock))
      rig.app.act({ type: 'skip' })
    }
    expect(rig.cards).toBe(3)
    expect(existsSync(rig.profilePath) ? statSync(rig.profilePath).mtimeMs : null).toBe(before)
    expect(existsSync(rig.profilePath) ? readFileSync(rig.profilePath, 'utf8') : null).toBe(contentBefore)

    rig.app.stop()
    const saved = JSON.parse(readFileSync(rig.profilePath, 'utf8')) as { recentBreakStretches: string[] }
    expect(saved.recentBreakStretches).toHaveLength(3)
  })

  it('keeps the tray menu still while sitting (the minutes are in the tooltip only)', () => {
    rig = new Rig()
    rig.until(t('09:10'))
    const menuAt10 = JSON.stringify(rig.tray?.menu)
    const tooltipAt10 = rig.tray?.tooltip
    rig.until(t('09:20'))
    expect(JSON.stringify(rig.tray?.menu)).toBe(menuAt10)
    expect(rig.tray?.tooltip).not.toBe(tooltipAt10)
    expect(rig.tray?.tooltip).toContain('20 min')
    expect(rig.trayChanges.filter((c) => c.menu && c.at > t('09:01') && c.at <= t('09:20'))).toEqual([])
  })

  it('changes the tray at most twice an hour and wakes at most 15 times an hour overnight at an unlocked desk', () => {
    rig = new Rig()
    rig.until(t('18:00'))
    rig.lastInputAt = t('18:00')
    const firedBefore = rig.scheduler.fired.length
    const changesBefore = rig.trayChanges.length
    rig.until(t('08:00', '2026-03-03'))
    const hours = 14
    expect((rig.scheduler.fired.length - firedBefore) / hours).toBeLessThanOrEqual(15)
    expect((rig.trayChanges.length - changesBefore) / hours).toBeLessThanOrEqual(2)
    expect(rig.tray?.tooltip).toBe('Limber: Away from the desk')
    // Back in the morning: seen within the slow poll's step.
    rig.lastInputAt = null
    rig.until(t('08:07', '2026-03-03'))
    expect(rig.tray?.menu[0]).toEqual({ kind: 'label', label: 'Sitting' })
    expect(rig.tray?.tooltip).toMatch(/^Limber: Sitting for [0-6] min$/)
    rig.app.stop()
  })
})
