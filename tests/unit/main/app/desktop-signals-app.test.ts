// The app with desktop signals: what the user sees (card, notifications, tray) while a call or a
// presentation holds prompts, on the real createLimberApp with a harsh fake port and a virtual clock.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '@shared/contract'
import { createLimberApp } from '../../../../src/main/app/create-app'
import { dispatch } from '../../../../src/main/app/dispatch'
import type { LimberApp } from '../../../../src/main/app/limber-app'
import type { DesktopNotification } from '../../../../src/main/app/ports'
import type { TrayView } from '../../../../src/main/app/tray-view'
import type { VirtualClock, VirtualScheduler } from '../../../../src/main/engine/simulation/virtual-time'
import { FakeDesktopSignals, type FakeDesktopSignalsOptions } from '../../../support/fake-desktop-signals'
import { testPorts } from '../../../support/test-ports'

const t = (clock: string): number => Date.parse(`2026-03-02T${clock}:00+01:00`)

class SignalsRig {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-signals-'))
  readonly clock: VirtualClock
  readonly scheduler: VirtualScheduler
  readonly app: LimberApp
  readonly signals: FakeDesktopSignals
  readonly notifications: { at: number; n: DesktopNotification }[] = []
  readonly cardsShown: number[] = []
  readonly cardsClosed: number[] = []
  readonly pollTimes: number[] = []
  tray: TrayView | null = null

  constructor(options: FakeDesktopSignalsOptions = {}) {
    this.signals = new FakeDesktopSignals({ ...options, onPoll: () => this.pollTimes.push(this.clock.now()) })
    const ports = testPorts(this.dir, '2026-03-02T09:00:00+01:00', {
      windows: {
        openMain: () => undefined,
        showBreakCard: () => this.cardsShown.push(this.clock.now()),
        closeBreakCard: () => this.cardsClosed.push(this.clock.now()),
        broadcast: () => undefined
      },
      notifier: { notify: (n) => this.notifications.push({ at: this.clock.now(), n }) },
      createTray: () => ({ update: (view) => (this.tray = view) }),
      desktopSignals: this.signals
    })
    this.clock = ports.clock
    this.scheduler = ports.scheduler
    this.app = createLimberApp(ports)
    this.app.start()
  }

  /** Moves virtual time to `clock` in 5-second steps, letting the port's answers arrive between them. */
  async until(clock: string): Promise<void> {
    await this.signals.settle()
    for (let at = this.clock.elapsed + 5000; at <= t(clock); at += 5000) {
      this.scheduler.runUntil(at)
      if (this.signals.busy) await this.signals.settle()
    }
  }

  async invoke<C extends InvokeChannel>(channel: C, request?: InvokeRequest<C>): Promise<InvokeResponse<C>> {
    const envelope = await dispatch(this.app.handlers(), channel, request, { window: 'main' })
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value as InvokeResponse<C>
  }

  dispose(): void {
    this.app.stop()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

let rig: SignalsRig | null = null
afterEach(() => {
  rig?.dispose()
  rig = null
})

describe('desktop signals in the app', () => {
  it('shows no card during a call, says so in the tray, then one card 2 minutes after the call', async () => {
    rig = new SignalsRig({ pushed: ['microphone'] })
    await rig.until('09:10')
    rig.signals.set('microphone', true)
    await rig.until('09:30')
    expect(rig.cardsShown).toEqual([])
    expect(rig.notifications).toEqual([])
    expect(rig.tray?.tooltip).toMatch(/^Limber: In a call/)
    expect(rig.tray?.menu[0]).toEqual({ kind: 'label', label: 'In a call: reminders wait' })
    rig.signals.set('microphone', false)
    await rig.until('10:00')
    expect(rig.cardsShown).toEqual([t('09:32')])
    expect(rig.notifications.map((x) => x.at)).toEqual([t('09:32')])
  })

  it('sees a polled camera only near the prompt, polls at most every 10 s, and closes a card a call interrupts', async () => {
    rig = new SignalsRig()
    await rig.until('09:20')
    expect(rig.signals.pollCount).toBe(0)
    await rig.until('09:26')
    expect(rig.cardsShown).toEqual([t('09:25')])
    rig.signals.set('camera', true)
    await rig.until('09:30')
    expect(rig.cardsClosed.length).toBeGreaterThan(0)
    expect(rig.tray?.tooltip).toMatch(/In a call/)
    const gaps = rig.pollTimes.slice(1).map((p, i) => p - rig!.pollTimes[i]!)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(10_000)
    // The prompt was put off, not answered: it comes again after the call.
    rig.signals.set('camera', false)
    await rig.until('09:40')
    expect(rig.cardsShown).toHaveLength(2)
  })

  it('ends a long presentation hold with one quiet notification and never a card', async () => {
    rig = new SignalsRig({ pushed: ['fullscreen'] })
    await rig.until('09:10')
    rig.signals.set('fullscreen', true)
    await rig.until('11:30')
    expect(rig.cardsShown).toEqual([])
    expect(rig.notifications).toHaveLength(1)
    expect(rig.notifications[0]).toMatchObject({ at: t('10:40'), n: { title: 'Stand up when you can' } })
    expect(rig.notifications[0]?.n.message).toContain('presenting for 90 minutes')
  })

  it('reports in Settings what works here, follows the on/off settings, and keeps a failed source off', async () => {
    rig = new SignalsRig({ pushed: ['microphone'], unavailable: ['fullscreen'] })
    await rig.until('09:01')
    const before = await rig.invoke('office:signal-statuses')
    expect(before.find((s) => s.source === 'microphone')).toMatchObject({ state: 'working' })
    expect(before.find((s) => s.source === 'fullscreen')).toMatchObject({
      state: 'unavailable',
      note: 'Not available on this desktop'
    })

    const saved = await rig.invoke('settings:update', {
      office: { desktopSignals: { call: false, presenting: true, dnd: true, capMinutes: 90 } }
    })
    expect(saved.ok).toBe(true)
    const after = await rig.invoke('office:signal-statuses')
    expect(after.find((s) => s.source === 'microphone')?.state).toBe('off')
    // A call with the setting off holds nothing: the prompt comes on time.
    rig.signals.set('microphone', true)
    await rig.until('09:26')
    expect(rig.cardsShown).toEqual([t('09:25')])

    rig.signals.fail('camera', 'The camera check stopped answering')
    await rig.until('09:27')
    expect((await rig.invoke('office:signal-statuses')).find((s) => s.source === 'camera')).toMatchObject({
      state: 'failed',
      note: 'The camera check stopped answering'
    })
  })

  it('keeps desktop-signal settings when another setting changes', async () => {
    rig = new SignalsRig()
    await rig.invoke('settings:update', {
      office: { desktopSignals: { call: true, presenting: false, dnd: true, capMinutes: 45 } }
    })
    const result = await rig.invoke('settings:update', { office: { snoozeMinutes: 10 } })
    expect(result.ok && result.settings.office.desktopSignals).toEqual({
      call: true,
      presenting: false,
      dnd: true,
      capMinutes: 45
    })
    expect(rig.signals.configureCalls.at(-1)).toEqual({ call: true, presenting: false, dnd: true })
  })
})
