// The whole main-process application (createLimberApp) on a temp dir and a virtual clock, driven through
// the real IPC dispatch, for home-mode tests. A second rig on the same dir is a restart.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '@shared/contract'
import type { ProgressEvent, ProgressEventDraft, SymptomLocation } from '@shared/progress-events'
import { createLimberApp } from '../../../../src/main/app/create-app'
import { dispatch } from '../../../../src/main/app/dispatch'
import type { LimberApp } from '../../../../src/main/app/limber-app'
import type { TrayView } from '../../../../src/main/app/tray-view'
import type { VirtualClock } from '../../../../src/main/engine/simulation/virtual-time'
import { ProgressLog } from '../../../../src/main/storage/progress-log'
import { deviceId } from '../../../../src/main/storage/progress-log-port'
import { testPorts } from '../../../support/test-ports'

export class HomeRig {
  readonly clock: VirtualClock
  readonly app: LimberApp
  trayView: TrayView | null = null
  readonly broadcasts: { event: EventChannel; payload: unknown }[] = []
  /** How many times main closed the break card. */
  cardsClosed = 0

  constructor(
    readonly dir: string = mkdtempSync(join(tmpdir(), 'limber-home-')),
    start = '2026-03-02T09:00:00+01:00'
  ) {
    const ports = testPorts(dir, start, {
      windows: {
        openMain: () => undefined,
        showBreakCard: () => undefined,
        closeBreakCard: () => void this.cardsClosed++,
        broadcast: <E extends EventChannel>(event: E, payload: EventPayload<E>) =>
          this.broadcasts.push({ event, payload })
      },
      createTray: () => ({ update: (view) => (this.trayView = view) })
    })
    this.clock = ports.clock
    this.app = createLimberApp(ports)
    this.app.start()
  }

  /** Calls a channel as the main window would, through the contract's validation. */
  async invoke<C extends InvokeChannel>(channel: C, request?: InvokeRequest<C>): Promise<InvokeResponse<C>> {
    const envelope = await dispatch(this.app.handlers(), channel, request, { window: 'main' })
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value as InvokeResponse<C>
  }

  advanceDays(days: number): void {
    this.clock.advanceTo(this.clock.elapsed + days * 86_400_000)
  }

  /** Everything in the progress log, as a fresh reader sees it. */
  logEvents(): ProgressEvent[] {
    const log = ProgressLog.open({ dataDir: join(this.dir, 'progress'), deviceId: deviceId(this.dir) })
    return log.readAll().events
  }

  /** Writes an event the way another feature (the check-in) would. */
  appendToLog(draft: ProgressEventDraft): void {
    const log = ProgressLog.open({ dataDir: join(this.dir, 'progress'), deviceId: deviceId(this.dir) })
    log.append(draft)
  }

  restart(): HomeRig {
    this.app.stop()
    return new HomeRig(this.dir, new Date(this.clock.now()).toISOString())
  }

  close(): void {
    this.app.stop()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * The rigs a test file makes: `rig()` opens the app (on a fresh dir, or on a given one as a restart),
 * `startedUser()` is one who has answered the first-run safety questions, and `restart(r)` restarts r's
 * app now. After each test every rig is stopped and every dir they used removed.
 */
export function homeRigs(): {
  rig: (...args: ConstructorParameters<typeof HomeRig>) => HomeRig
  startedUser: (dir?: string) => Promise<HomeRig>
  restart: (r: HomeRig) => HomeRig
} {
  let rigs: HomeRig[] = []
  afterEach(() => {
    for (const r of rigs) r.app.stop()
    // Restarts share a dir; a second fresh rig in one test has its own.
    for (const dir of new Set(rigs.map((r) => r.dir))) rmSync(dir, { recursive: true, force: true })
    rigs = []
  })
  const rig = (...args: ConstructorParameters<typeof HomeRig>): HomeRig => {
    const r = new HomeRig(...args)
    rigs.push(r)
    return r
  }
  const startedUser = async (dir?: string): Promise<HomeRig> => {
    const r = dir ? rig(dir) : rig()
    await r.invoke('home:answer-safety', { signs: [], context: 'first-run' })
    return r
  }
  const restart = (r: HomeRig): HomeRig => {
    const next = r.restart()
    rigs.push(next)
    return next
  }
  return { rig, startedUser, restart }
}

/** A check-in as the Check-in screen writes it to the log, with everything but the pain held steady. */
export const checkInEvent = (t: string, furthestPoint: SymptomLocation, legPain = 4, extra: object = {}) => ({
  type: 'check-in' as const,
  t,
  backPain: 4,
  legPain,
  furthestPoint,
  numbness: { present: false },
  morningStiffnessMinutes: 10,
  walkingMinutes: 10,
  psfs: [],
  ...extra
})
