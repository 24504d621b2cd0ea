// Seeded IPC fuzz through the built main process: thousands of hostile payloads on every contract
// channel (and unknown ones), from our windows' top frames and from frames that must be refused,
// through the real sender check, dispatch and handlers. Nothing may throw, hang, pollute prototypes
// or stop the app; every reply is an envelope; the app still answers afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKE_CHANNEL_NAMES } from '@shared/contract'
import { seededRandom } from '../../src/main/engine/simulation/day-generator'
import { StandinBrowserWindow, standin, type SenderFrameKind } from '../support/electron-standin'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const PAYLOADS = 10_000
const SEED = Number(process.env['LIMBER_FUZZ_SEED'] ?? 20261129)
const missing = bundleMissing()

/** Field names the contract uses, so that random objects often come close to valid requests. */
const KEYS = [
  'type',
  'minutes',
  'reason',
  'from',
  'to',
  'format',
  'office',
  'general',
  'home',
  'notifications',
  'sitLimitMinutes',
  'openAtLogin',
  'id',
  'name',
  'exercises',
  'signs',
  'context',
  'route',
  'flare',
  'on',
  'exerciseId',
  'feedback',
  'routineId',
  'sessionId',
  'back',
  'leg',
  'activities',
  'score',
  'walk',
  'storage',
  'dataDir',
  'noticeId',
  'workHours',
  'days',
  'periods',
  'sound',
  'breakMinutes',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf'
]
const WORDS = [
  'pause',
  'snooze',
  'skip',
  'start-break',
  'finish-break',
  'break-now',
  'meeting',
  'end-meeting',
  'resume',
  'pause-until-tomorrow',
  'csv',
  'json',
  'choose',
  'default',
  'first-run',
  'weekly',
  'fine',
  'sore',
  'sharp',
  '2026-03-02',
  '2026-02-30',
  '9999-12-31',
  '1970-01-01',
  '',
  ' ',
  '\u0000',
  '\u202e',
  '../..',
  '%00',
  '<img src=x onerror=alert(1)>',
  'desk-micro',
  'morning',
  'knee-to-chest',
  'a'.repeat(101)
]
const NUMBERS = [0, -1, 1, 25, 30, 240, 241, 1e9, -0, 0.5, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity]

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const value = (depth: number): unknown => {
    const roll = random()
    if (depth > 4 || roll < 0.25) return pick(WORDS)
    if (roll < 0.45) return pick(NUMBERS)
    if (roll < 0.5) return pick([true, false, null, undefined])
    if (roll < 0.55) return 'x'.repeat(Math.floor(random() * 200_000))
    if (roll < 0.6) return Array.from({ length: Math.floor(random() * 5) }, () => value(depth + 1))
    if (roll < 0.62) return nested(1 + Math.floor(random() * 5000))
    const out: Record<string, unknown> = {}
    for (let i = Math.floor(random() * 5); i > 0; i--) {
      Object.defineProperty(out, pick(KEYS), {
        value: value(depth + 1),
        enumerable: true,
        configurable: true,
        writable: true
      })
    }
    return out
  }
  return { value: () => value(0), pick }
}

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let inner: unknown = 'bottom'
  for (let i = 0; i < depth; i++) inner = i % 2 ? [inner] : { office: inner }
  return inner
}

let app: MainHarness
beforeAll(async () => {
  if (missing) return
  app = await startMain({ start: '2026-03-02T09:00:00+01:00' })
})
afterAll(async () => {
  await app?.stop()
})

describe.skipIf(missing !== null)(
  `IPC fuzz on the built main process${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it(`answers ${PAYLOADS} hostile requests (seed ${SEED}) with envelopes, refuses strangers, and keeps running`, async () => {
      const random = seededRandom(SEED)
      const { value, pick } = generator(random)
      const main = app.window('main')!
      const stranger = new StandinBrowserWindow({ show: false })
      await stranger.loadURL('https://example.com/')
      const channels = [...INVOKE_CHANNEL_NAMES, 'app:eval', 'settings:set', '__proto__', '']
      const frames: SenderFrameKind[] = [
        'main',
        'main',
        'main',
        'main',
        'main',
        'main',
        'main',
        'sub-frame',
        'detached',
        'null'
      ]
      let answered = 0
      let accepted = 0
      let refusedStrangers = 0
      let unknownChannels = 0
      const failures: string[] = []
      for (let i = 0; answered < PAYLOADS; i++) {
        const channel = pick(channels)
        const fromStranger = random() < 0.05
        const frame = pick(frames)
        const window = fromStranger ? stranger : (app.window('main') ?? main)
        const handler = standin.ipcMain.handlers.get(channel)
        if (!handler) {
          // Electron itself rejects an invoke on a channel nobody handles; nothing of ours runs.
          unknownChannels++
          continue
        }
        let reply: unknown
        try {
          reply = await standin.ipcMain.invoke(window, channel, value(), frame)
        } catch (error) {
          failures.push(`#${i} ${channel}: threw ${String(error)}`)
          continue
        }
        const envelope = reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
        if (typeof envelope?.ok !== 'boolean') failures.push(`#${i} ${channel}: not an envelope`)
        if (envelope.ok === false && typeof envelope.error?.message !== 'string')
          failures.push(`#${i} ${channel}: no message`)
        if ((fromStranger || frame !== 'main') && envelope.ok !== false)
          failures.push(`#${i} ${channel}: a ${fromStranger ? 'stranger' : frame} was answered`)
        if (fromStranger || frame !== 'main') refusedStrangers++
        else if (envelope.ok === true) accepted++
        answered++
        // Let what a request set off (a card opening or closing) happen now and then, as time would.
        if (i % 50 === 0) await app.advance(1000)
      }
      expect(failures.slice(0, 10)).toEqual([])
      expect(unknownChannels).toBeGreaterThan(0)
      // Some payloads are valid and reach the handlers, so the handlers are fuzzed too, not only zod.
      expect(accepted).toBeGreaterThan(100)
      expect(refusedStrangers).toBeGreaterThan(1000)
      // Nothing leaked onto shared prototypes.
      expect(({} as Record<string, unknown>)['office']).toBeUndefined()
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'type')).toBe(false)
      // Still alive and answering, with no uncaught error.
      await app.advance(60_000)
      const mainNow = app.window('main') ?? main
      expect(await app.invoke(mainNow, 'office:get-status')).toMatchObject({ ok: true })
      expect(app.tray().tooltip).toMatch(/^Limber: /)
      expect(app.errors).toEqual([])
      expect(standin.errorBoxes).toEqual([])
      console.log(
        `[adversarial] IPC fuzz: ${answered} payloads answered (${accepted} accepted by a handler, ${refusedStrangers} from senders that must be refused), seed ${SEED}`
      )
    }, 300_000)
  }
)
