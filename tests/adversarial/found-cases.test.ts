// Issue 11's findings, each replayed against the built main process through the IPC a window uses:
// moving the data folder onto an alias of itself, backups and moves past planted links, settings from
// another version, unbounded routine ids, imports that lie, and a break that was never taken.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ProgressLog } from '../../src/main/storage/progress-log/progress-log'
import { standin } from '../support/electron-standin'
import { bundleMissing, startMain, type MainHarness } from '../support/main-harness'

const missing = bundleMissing()
const made: string[] = []
let app: MainHarness | null = null
afterEach(async () => {
  await app?.stop()
  app = null
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A user-data folder with a log holding a few walks, and a private file outside it. */
function prepared() {
  const appData = temp('limber-found-')
  const userData = join(appData, 'Limber')
  const dataDir = join(userData, 'progress')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(userData, 'device-id'), 'this-computer')
  const outside = temp('limber-outside-')
  const marker = `PRIVATE-${Math.random().toString(36).slice(2)}`
  const secret = join(outside, 'id_rsa')
  writeFileSync(secret, `${marker}\n`)
  const log = ProgressLog.open({ dataDir, deviceId: 'this-computer', now: () => new Date('2026-03-01T10:00:00+01:00') })
  const ids = [log.append({ type: 'walk', minutes: 20 }).id, log.append({ type: 'walk', minutes: 30 }).id]
  log.close()
  return { appData, userData, dataDir, outside, secret, marker, ids }
}

function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (path: string) => {
    const stat = lstatSync(path, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name))
    else if (stat.isFile()) out.push(path)
  }
  walk(dir)
  return out
}

const holding = (dir: string, marker: string) => filesUnder(dir).filter((f) => readFileSync(f).includes(marker))

async function ok<T>(harness: MainHarness, channel: string, payload?: unknown): Promise<T> {
  const reply = await harness.invoke(harness.window('main')!, channel, payload)
  if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message}`)
  return reply.value as T
}

describe.skipIf(missing !== null)(`issue 11's findings, replayed${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('found 3: moving the data folder onto a link to itself is refused, and the old folder is not called unused', async () => {
    const f = prepared()
    const alias = join(f.outside, 'alias')
    symlinkSync(f.dataDir, alias)
    app = await startMain({ appData: f.appData })
    standin.dialog.openAnswers.push(alias)
    const moved = await ok<{ outcome: string; message: string }>(app, 'progress:move-data-folder', { to: 'choose' })
    expect(moved.outcome).toBe('failed')
    expect(moved.message).toMatch(/already in .*leads to/)
    expect(existsSync(join(f.dataDir, 'LIMBER-DATA-MOVED.txt'))).toBe(false)
    expect(await ok(app, 'app:get-info')).toMatchObject({ dataDir: f.dataDir })
    expect(await ok(app, 'progress:log-walk', { minutes: 5 })).toBeDefined()
  })

  it('found 2: a backup and a move copy real files once, never a planted link or a loop', async () => {
    const f = prepared()
    symlinkSync(f.secret, join(f.dataDir, 'devices', 'this-computer', '2026-02.jsonl'))
    symlinkSync('..', join(f.dataDir, 'devices', 'loop'))
    app = await startMain({ appData: f.appData })
    const backupParent = temp('limber-backup-target-')
    standin.dialog.openAnswers.push(backupParent)
    const backup = await ok<{ outcome: string; path: string; message: string }>(app, 'progress:backup')
    expect(backup.outcome).toBe('saved')
    expect(backup.message).toMatch(/link/i)
    const copied = filesUnder(backup.path)
      .map((p) => p.slice(backup.path.length + 1))
      .sort()
    expect(copied).toEqual(['devices/this-computer/2026-03.jsonl', 'manifest.json'])
    expect(holding(backupParent, f.marker)).toEqual([])
    const target = join(temp('limber-move-target-'), 'Limber')
    standin.dialog.openAnswers.push(target)
    const moved = await ok<{ outcome: string }>(app, 'progress:move-data-folder', { to: 'choose' })
    expect(moved.outcome).toBe('moved')
    expect(holding(target, f.marker)).toEqual([])
    expect(readFileSync(f.secret, 'utf8')).toBe(`${f.marker}\n`)
  })

  it('found 4: a schemaVersion written as "3" keeps the stand-up interval of 40, with a copy of the file kept', async () => {
    const f = prepared()
    writeFileSync(
      join(f.userData, 'settings.json'),
      JSON.stringify({ schemaVersion: '3', office: { sitLimitMinutes: 40 } })
    )
    app = await startMain({ appData: f.appData })
    expect(await ok(app, 'settings:get')).toMatchObject({ office: { sitLimitMinutes: 40 } })
    expect(readdirSync(f.userData).some((name) => name.startsWith('settings.json.before-'))).toBe(true)
  })

  it('found 4: a settings file from a newer Limber is never rewritten, and the user is told why a change will not last', async () => {
    const f = prepared()
    const newer = JSON.stringify({ schemaVersion: 99, office: { sitLimitMinutes: 40 }, fromTheFuture: { keep: true } })
    writeFileSync(join(f.userData, 'settings.json'), newer)
    app = await startMain({ appData: f.appData })
    expect(await ok(app, 'settings:get')).toMatchObject({ office: { sitLimitMinutes: 40 } })
    await ok(app, 'settings:update', { office: { sitLimitMinutes: 30 } })
    expect(readFileSync(join(f.userData, 'settings.json'), 'utf8')).toBe(newer)
    const notices = await ok<{ message: string }[]>(app, 'app:get-notices')
    expect(notices.map((n) => n.message).join('\n')).toMatch(/newer|update Limber/i)
  })

  it('found 5: a routine id is held to one limit on save, start and delete', async () => {
    const f = prepared()
    app = await startMain({ appData: f.appData })
    await ok(app, 'home:answer-safety', { signs: [], context: 'first-run' })
    const routine = (id: string) => ({ id, name: 'Mine', kind: 'custom', items: [{ exerciseId: 'seated-piriformis' }] })
    const tooLong = await ok<{ ok: boolean; errors?: string[] }>(app, 'home:save-routine', routine('r'.repeat(101)))
    expect(tooLong.ok).toBe(false)
    expect(tooLong.errors?.join(' ')).toMatch(/100/)
    const longest = 'r'.repeat(100)
    expect(await ok(app, 'home:save-routine', routine(longest))).toMatchObject({ ok: true })
    expect(await ok(app, 'home:start-session', { routineId: longest })).toBeDefined()
    expect(await ok(app, 'home:delete-routine', { id: longest })).toBeDefined()
  })

  it('found 5: importing a CSV export says so; a tampered backup names the file; a deep export gets a clear message', async () => {
    const f = prepared()
    app = await startMain({ appData: f.appData })
    const csv = join(temp('limber-csv-'), 'export.csv')
    writeFileSync(csv, 'time,type,id,details\r\n2026-03-01T10:00:00.000+01:00,walk,x,20 min\r\n')
    standin.dialog.openAnswers.push(csv)
    const fromCsv = await ok<{ outcome: string; message: string }>(app, 'progress:import', { from: 'file' })
    expect(fromCsv.message).toMatch(/CSV/)
    expect(fromCsv.outcome).not.toBe('imported')

    const backupParent = temp('limber-backup-')
    standin.dialog.openAnswers.push(backupParent)
    const backup = await ok<{ path: string }>(app, 'progress:backup')
    const month = join(backup.path, 'devices', 'this-computer', '2026-03.jsonl')
    writeFileSync(month, readFileSync(month, 'utf8').replace('"minutes":20', '"minutes":200'))
    standin.dialog.openAnswers.push(backup.path)
    const tampered = await ok<{ message: string }>(app, 'progress:import', { from: 'folder' })
    expect(tampered.message).toContain('2026-03.jsonl')

    const deep = join(temp('limber-deep-'), 'export.json')
    writeFileSync(deep, `${'['.repeat(20_000)}${']'.repeat(20_000)}`)
    standin.dialog.openAnswers.push(deep)
    const fromDeep = await ok<{ message: string }>(app, 'progress:import', { from: 'file' })
    expect(fromDeep.message).not.toMatch(/call stack/i)
    expect(fromDeep.message).toMatch(/\w/)
    expect(app.errors).toEqual([])
  })

  it('found 7: Start on the card then carrying on typing is not a break: logged as abandoned, sitting goes on', async () => {
    const f = prepared()
    app = await startMain({ appData: f.appData, argv: ['--hidden'] })
    await app.minutes(25)
    const card = app.window('break-card')!
    expect((await app.invoke(card, 'office:act', { type: 'start-break' })).ok).toBe(true)
    // The user keeps typing through the break and far past the card's time.
    await app.minutes(30)
    const events = ProgressLog.open({ dataDir: f.dataDir, deviceId: 'reader' })
      .readAll()
      .events.filter((e) => e.t >= '2026-03-02')
    const completed = events.filter((e) => e.type === 'break-completed') as { how?: string }[]
    expect(completed.map((e) => e.how)).toEqual(['abandoned'])
    expect(events.some((e) => e.type === 'break-answer' && (e as { answer?: string }).answer === 'taken')).toBe(false)
    expect(app.tray().tooltip).toMatch(/stand up|Sitting for (5[5-9]|6\d) min/)
  })

  it('found 7: the wall clock set back an hour mid-bout loses no sitting minute and delays no prompt', async () => {
    const f = prepared()
    app = await startMain({ appData: f.appData, argv: ['--hidden'] })
    await app.minutes(10)
    // Someone (or NTP) sets the clock back an hour; real time carries on.
    vi.setSystemTime(new Date(Date.now() - 60 * 60_000))
    await app.minutes(14)
    expect(app.window('break-card')).toBeUndefined()
    await app.minutes(1)
    // 25 real minutes of sitting: the prompt comes on time.
    expect(app.window('break-card')?.visible).toBe(true)
    expect(app.tray().tooltip).toMatch(/25 min/)
  })
})
