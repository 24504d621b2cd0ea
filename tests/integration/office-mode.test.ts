// Office mode end to end in the built main process: idle time in, prompts, break cards, tray and the
// progress log out. Strict Electron stand-in, fake timers, real engine, real files.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { standin } from '../support/electron-standin'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

/** Every progress-log event on disk, in order. */
function logEvents(userData: string): { type: string; [k: string]: unknown }[] {
  const devices = join(userData, 'progress', 'devices')
  if (!existsSync(devices)) return []
  return readdirSync(devices).flatMap((device) =>
    readdirSync(join(devices, device))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) =>
        readFileSync(join(devices, device, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      )
  )
}

/** Stand-up prompts only: the daily check-in reminder (18:30) is a notification too. */
function breakPrompts(app: MainHarness) {
  return app.notifications.filter((n) => !/how is your back today/.test(String(n.title)))
}

async function openCardAndAnswer(app: MainHarness, payload: unknown) {
  const card = app.window('break-card')
  if (!card) throw new Error('no break card is open')
  return app.invoke(card, 'office:act', payload)
}

describe.skipIf(missing !== null)(
  `office mode in the built main process${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('25 minutes of work bring one notification naming a stretch and one break card, shown without focus', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(24)
      expect(app.notifications).toHaveLength(0)
      expect(app.window('break-card')).toBeUndefined()
      await app.minutes(1)
      expect(app.notifications).toHaveLength(1)
      const [note] = app.notifications
      expect(note?.title).toBeTruthy()
      expect(note?.message).toContain('25 minutes')
      const suggestion = (await app.invoke(app.window('break-card')!, 'office:get-break')).value as {
        name: string
        exerciseId: string
      }
      expect(note?.message).toContain(suggestion.name)
      const card = app.window('break-card')!
      expect(card.visible).toBe(true)
      expect(card.shownInactive).toBe(true)
      expect(card.focused).toBe(false)
      expect(card.alwaysOnTop).toEqual({ flag: true, level: 'floating' })
      expect(card.options).toMatchObject({ frame: false, skipTaskbar: true, alwaysOnTop: true })
      expect(card.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false
      })
      expect(card.loadedUrl).toBe('app://limber/break-card.html')
      // Five more minutes of sitting bring no second prompt while the first is unanswered.
      await app.minutes(5)
      expect(app.notifications).toHaveLength(1)
      expect(app.windows().filter((w) => w.loadedUrl === 'app://limber/break-card.html')).toHaveLength(1)
    })

    it('before the safety questions are answered, the card only says stand up and walk', async () => {
      app = await startMain()
      await app.minutes(25)
      const { value } = await app.invoke(app.window('break-card')!, 'office:get-break')
      expect(value).toMatchObject({ exerciseId: 'stand-and-walk' })
    })

    it('never suggests a floor exercise on the break card, nor one of the last three shown', async () => {
      app = await startMain()
      const main = app.window('main')!
      expect((await app.invoke(main, 'home:answer-safety', { signs: [], context: 'first-run' })).ok).toBe(true)
      const { CATALOGUE } = await import('@shared/content/catalogue')
      const floor = new Set(CATALOGUE.filter((e) => e.place === 'floor' || !e.officeSafe).map((e) => e.id))
      const shown: string[] = []
      for (let i = 0; i < 10; i++) {
        await app.invoke(main, 'office:act', { type: 'break-now' })
        const { value } = await app.invoke(app.window('break-card')!, 'office:get-break')
        const id = (value as { exerciseId: string }).exerciseId
        expect(floor.has(id)).toBe(false)
        expect(shown.slice(-3)).not.toContain(id)
        shown.push(id)
        await openCardAndAnswer(app, { type: 'skip' })
      }
      expect(new Set(shown).size).toBeGreaterThan(3)
    })

    it('puts the card in the corner of the display the cursor is on', async () => {
      app = await startMain({ argv: ['--hidden'] })
      standin.screen.cursor = { x: 2500, y: 300 }
      await app.minutes(25)
      const card = app.window('break-card')!
      expect(card.options.x).toBeGreaterThanOrEqual(1920)
      expect((card.options.x ?? 0) + (card.options.width ?? 0)).toBeLessThanOrEqual(1920 + 2560)
      expect((card.options.y ?? 0) + (card.options.height ?? 0)).toBeLessThanOrEqual(1400)
    })

    it('Snooze on the card closes it, and the next prompt comes 5 minutes later', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(25)
      expect(app.tray().tooltip).toMatch(/Time to stand up/)
      await openCardAndAnswer(app, { type: 'snooze' })
      expect(app.window('break-card')).toBeUndefined()
      expect(app.tray().tooltip).toBe('Limber: Sitting for 25 min')
      await app.advance(5 * 60_000 - 1_000)
      expect(app.notifications).toHaveLength(1)
      await app.advance(1_000)
      expect(app.notifications).toHaveLength(2)
      expect(app.window('break-card')).toBeDefined()
      expect(app.tray().tooltip).toBe('Limber: Time to stand up: sitting for 30 min')
    })

    it('the tray icon ring fills as sitting grows and turns to the due state', async () => {
      app = await startMain({ argv: ['--hidden'] })
      const litPixels = () => {
        const bitmap = app!.tray().image.bitmap
        let lit = 0
        for (let i = 0; i < bitmap.length; i += 4) if (bitmap[i + 3] === 255 && bitmap[i + 1] === 139) lit++
        return lit
      }
      const atStart = litPixels()
      await app.minutes(10)
      const atTen = litPixels()
      await app.minutes(10)
      const atTwenty = litPixels()
      expect(atTen).toBeGreaterThan(atStart)
      expect(atTwenty).toBeGreaterThan(atTen)
      await app.minutes(5)
      const bitmap = app.tray().image.bitmap
      // The due ring is orange (B=24, G=104, R=214).
      let orange = 0
      for (let i = 0; i < bitmap.length; i += 4)
        if (bitmap[i] === 24 && bitmap[i + 1] === 104 && bitmap[i + 2] === 214) orange++
      expect(orange).toBeGreaterThan(50)
    })

    it('two minutes away count as a natural break: the card closes and sitting restarts on return', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(25)
      expect(app.window('break-card')).toBeDefined()
      app.userIdle()
      await app.minutes(3)
      expect(app.window('break-card')).toBeUndefined()
      expect(app.tray().tooltip).toBe('Limber: Away from the desk')
      app.userActive()
      await app.minutes(1)
      expect(app.tray().tooltip).toMatch(/Limber: Sitting for [01] min/)
    })

    it('locking the screen for lunch is a break; suspend overnight brings no prompt storm', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(20)
      standin.lockScreen()
      await app.minutes(45)
      standin.unlockScreen()
      await app.minutes(1)
      expect(app.tray().tooltip).toMatch(/Sitting for [01] min/)
      standin.powerMonitor.fire('suspend')
      await app.minutes(14 * 60)
      standin.powerMonitor.fire('resume')
      await app.minutes(1)
      expect(breakPrompts(app)).toHaveLength(0)
      expect(app.tray().tooltip).toMatch(/Sitting for [01] min/)
    })

    it('Pause for 30 minutes from the tray holds prompts back, then resumes by itself', async () => {
      app = await startMain({ argv: ['--hidden'] })
      app.tray().clickItem('pause-30')
      expect(app.tray().tooltip).toBe('Limber: Paused until 09:30')
      await app.minutes(29)
      expect(app.notifications).toHaveLength(0)
      await app.minutes(2)
      expect(app.tray().tooltip).not.toContain('Paused')
    })

    it('In a meeting holds the prompt until the meeting ends, then prompts to catch up', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(10)
      app.tray().clickItem('meeting')
      expect(app.tray().tooltip).toMatch(/In a meeting until 10:10/)
      await app.minutes(30)
      expect(app.notifications).toHaveLength(0)
      app.tray().clickItem('end-meeting')
      await app.advance(0)
      expect(app.notifications).toHaveLength(1)
      expect(app.window('break-card')).toBeDefined()
    })

    it('a finished stretch on the card is a completed break, recorded in the progress log', async () => {
      app = await startMain({ argv: ['--hidden'] })
      await app.minutes(25)
      const { value } = await app.invoke(app.window('break-card')!, 'office:get-break')
      await openCardAndAnswer(app, { type: 'start-break' })
      await app.minutes(2)
      await openCardAndAnswer(app, { type: 'finish-break' })
      // Done keeps the card open for the one-tap rating; its Close closes it.
      expect(app.window('break-card')).toBeDefined()
      await app.invoke(app.window('break-card')!, 'card:close')
      await app.advance(0)
      expect(app.window('break-card')).toBeUndefined()
      const events = logEvents(app.userData)
      const types = events.map((e) => e.type)
      expect(types).toEqual(['break-prompt', 'sitting-bout', 'break-answer', 'break-completed'])
      const prompt = events[0]!
      expect(prompt).toMatchObject({
        v: 2,
        sittingMinutes: 25,
        at: expect.stringMatching(/^2026-03-02T09:25:00(\.000)?\+01:00$/)
      })
      expect(events[2]).toMatchObject({ answer: 'taken', promptId: prompt['id'] })
      expect(events[3]).toMatchObject({
        exerciseId: (value as { exerciseId: string }).exerciseId,
        promptId: prompt['id']
      })
    })

    it('200 breaks later: no window alive, no listener left behind', async () => {
      app = await startMain({ argv: ['--hidden'] })
      const baseline = {
        power: standin.powerMonitor.listenerCount(),
        app: standin.app.listenerCount(),
        ipc: standin.ipcMain.handlers.size
      }
      for (let i = 0; i < 200; i++) {
        await app.minutes(25)
        const card = app.window('break-card')
        if (!card) throw new Error(`break ${i}: no card`)
        if (i % 2 === 0) {
          await openCardAndAnswer(app, { type: 'start-break' })
          await openCardAndAnswer(app, { type: 'finish-break' })
          await app.invoke(card, 'card:close')
        } else {
          await openCardAndAnswer(app, { type: 'skip', reason: 'busy' })
        }
      }
      expect(app.windows()).toHaveLength(0)
      expect(breakPrompts(app)).toHaveLength(200)
      expect(standin.powerMonitor.listenerCount()).toBe(baseline.power)
      expect(standin.app.listenerCount()).toBe(baseline.app)
      expect(standin.ipcMain.handlers.size).toBe(baseline.ipc)
      // Every card window that was created was destroyed, and its listeners released with it.
      const { StandinBrowserWindow } = await import('../support/electron-standin')
      const cards = StandinBrowserWindow.all.filter((w) => w.loadedUrl === 'app://limber/break-card.html')
      expect(cards).toHaveLength(200)
      expect(cards.every((w) => w.destroyed)).toBe(true)
    })
  }
)
