// `npx tsx --expose-gc scripts/bench/progress-log-bench.ts [--events 120000] [--runs 7] [--appends 1000]`
// Ten years of heavy use in a temp folder (two devices, one file per device and month, a few sync
// copies and duplicates), then: open + load + every Progress figure (median of several runs), append
// latency with fsync (p50/p95), memory, and the same work done the naive way (the whole log as one
// JSON array in one file, rewritten on every append, as electron-store would) side by side.
import { randomUUID } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ProgressLog } from '../../src/main/storage/progress-log'
import { fastCheckEvent } from '../../src/main/storage/progress-log/event-fast-check'
import { listFiles } from '../../src/main/storage/progress-log/verified-copy'
import { progressEventSchema, type ProgressEvent } from '../../src/shared/progress-events'
import { computeProgressFigures, type ProgressFigures } from '../../src/shared/progress-stats'
import { seededRandom } from '../../src/main/engine/simulation/day-generator'

export interface BenchOptions {
  /** Roughly how many events to generate (default 120,000). */
  readonly events?: number
  /** Timed runs of load + figures; the median is reported (default 7). */
  readonly runs?: number
  /** Appends timed on the JSONL log (default 1,000). */
  readonly appends?: number
  /** Appends timed the naive way, each rewriting the whole file (default 20). */
  readonly naiveAppends?: number
  /** Print progress and the table (default true when run from the command line). */
  readonly print?: boolean
}

export interface BenchFigures {
  readonly events: number
  readonly files: number
  readonly bytes: number
  readonly devices: number
  readonly months: number
  /** The app's path: open + stream every event into every figure of the all-time Progress view. */
  readonly openAndFiguresMedianMs: number
  /** The fastest of those runs: what the code costs when nothing else competes for the CPU. */
  readonly openAndFiguresMinMs: number
  /** CPU time (user + system, all threads) of the median run: steadier than wall time on a busy machine. */
  readonly openAndFiguresCpuMs: number
  /** os.loadavg()[0] and the CPU count when the bench ran, to judge the wall-clock figures. */
  readonly machine: { readonly loadAverage: number; readonly cpus: number }
  /** The other path: open + readAll() (events sorted, kept) + computeProgressFigures('all'). */
  readonly readAllAndFiguresMedianMs: number
  readonly readAllMedianMs: number
  readonly figuresFromEventsMedianMs: number
  /** The week and month views' figures, from events already loaded. */
  readonly weekAndMonthFiguresMedianMs: number
  readonly appendP50Ms: number
  readonly appendP95Ms: number
  readonly appendMaxMs: number
  /** heapUsed / rss kept after each path (after a full GC when --expose-gc is on). */
  readonly memory: {
    readonly streamedHeapMb: number
    readonly streamedRssMb: number
    readonly readAllHeapMb: number
    readonly readAllRssMb: number
  }
  readonly naive: {
    readonly loadAndFiguresMedianMs: number
    readonly appendP50Ms: number
    readonly appendP95Ms: number
    readonly heapMb: number
    readonly rssMb: number
  }
  readonly targets: { readonly loadAndFiguresMs: number; readonly appendP95Ms: number }
  readonly passed: boolean
}

const TARGET_LOAD_MS = 200
const TARGET_APPEND_P95_MS = 5
const DEVICES = ['office-pc', 'home-pc'] as const
const START_YEAR = 2016
const YEARS = 10

// ---------------------------------------------------------------------------------------------
// Generating ten years of use
// ---------------------------------------------------------------------------------------------

const pad = (n: number): string => String(n).padStart(2, '0')

/** Local time text with a plausible European offset (+02:00 April to October, else +01:00). */
function stamp(y: number, m: number, d: number, minuteOfDay: number): string {
  const offset = m >= 4 && m <= 10 ? '+02:00' : '+01:00'
  return `${y}-${pad(m)}-${pad(d)}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}:00${offset}`
}

const EXERCISES = ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'prone-press-up', 'bridging', 'bird-dog', 'nerve-glide']

function officeDay(y: number, m: number, d: number, rand: () => number, out: ProgressEvent[]): void {
  let minute = 8 * 60 + Math.floor(rand() * 60)
  const env = (t: string): { v: 2; id: string; t: string } => ({ v: 2, id: randomUUID(), t })
  for (let block = 0; block < 9; block++) {
    const sat = 20 + Math.floor(rand() * 30)
    const start = stamp(y, m, d, minute)
    const end = stamp(y, m, d, minute + sat)
    out.push({ ...env(end), type: 'sitting-bout', start, end, minutes: sat })
    const prompt = { ...env(end), type: 'break-prompt' as const, at: end, sittingMinutes: sat }
    out.push(prompt)
    const r = rand()
    const answer = r < 0.6 ? 'taken' : r < 0.8 ? 'snoozed' : r < 0.93 ? 'skipped' : 'meeting'
    out.push({ ...env(end), type: 'break-answer', promptId: prompt.id, answer })
    if (answer === 'taken') {
      out.push({
        ...env(stamp(y, m, d, minute + sat + 2)),
        type: 'break-completed',
        exerciseId: 'standing-extension',
        promptId: prompt.id
      })
    } else if (rand() < 0.5) {
      out.push({
        ...env(stamp(y, m, d, minute + sat + 5)),
        type: 'natural-break',
        from: stamp(y, m, d, minute + sat + 3),
        minutes: 3
      })
    }
    minute += sat + 5
  }
}

function homeDay(y: number, m: number, d: number, dayIndex: number, rand: () => number, out: ProgressEvent[]): void {
  const env = (minute: number): { v: 2; id: string; t: string } => ({
    v: 2,
    id: randomUUID(),
    t: stamp(y, m, d, minute)
  })
  if (rand() < 0.85) {
    out.push({ ...env(7 * 60), type: 'routine-started', routineId: 'morning' })
    for (let i = 0; i < 5; i++) {
      const r = rand()
      out.push({
        ...env(7 * 60 + 2 + i * 2),
        type: 'exercise-completed',
        exerciseId: EXERCISES[Math.floor(rand() * EXERCISES.length)] ?? 'pelvic-tilt',
        routineId: 'morning',
        dose: { sets: 2, reps: 10, holdSeconds: 20 },
        feedback: r < 0.8 ? 'fine' : r < 0.97 ? 'sore' : 'sharp'
      })
    }
    out.push({ ...env(7 * 60 + 12), type: 'routine-completed', routineId: 'morning' })
  }
  out.push({ ...env(18 * 60), type: 'walk', minutes: 10 + Math.floor(rand() * 30) })
  if (dayIndex % 2 === 0) {
    const back = Math.max(0, 7 - Math.floor(dayIndex / 500) - Math.floor(rand() * 2))
    out.push({
      ...env(21 * 60),
      type: 'check-in',
      backPain: back,
      legPain: Math.max(0, back - 1),
      furthestPoint: back > 5 ? 'calf' : back > 3 ? 'thigh' : 'buttock',
      numbness: { present: back > 5, ...(back > 5 ? { where: 'outer calf' } : {}) },
      morningStiffnessMinutes: 5 + back * 3,
      walkingMinutes: 20,
      psfs: [
        { activity: 'sit through a meeting', score: Math.min(10, 3 + Math.floor(dayIndex / 400)) },
        { activity: 'drive 30 min', score: Math.min(10, 2 + Math.floor(dayIndex / 500)) }
      ]
    })
  }
  if (dayIndex % 7 === 0)
    out.push({ ...env(21 * 60 + 5), type: 'safety-answers', signs: [], context: 'weekly-check-in' })
}

export interface GeneratedLog {
  readonly dataDir: string
  readonly naiveFile: string
  readonly events: number
  readonly files: number
  readonly bytes: number
  readonly lastTimestamp: string
}

/** Writes the log the fast way (whole files) rather than through 120,000 fsynced appends. */
export function generateHeavyLog(root: string, targetEvents = 120_000, years = YEARS, writeNaive = true): GeneratedLog {
  const rand = seededRandom(42)
  const dataDir = join(root, 'data')
  const all: ProgressEvent[] = []
  // Scale office blocks so the total lands near the target.
  const perDayScale = targetEvents / years / 12_000
  let dayIndex = 0
  let lastTimestamp = ''
  // Ending in 2025 as ten years do; forty start in 2000 instead (the log refuses earlier dates).
  const startYear = Math.max(2000, START_YEAR + YEARS - years)
  for (let year = startYear; year < startYear + years; year++) {
    for (let month = 1; month <= 12; month++) {
      const monthKey = `${year}-${pad(month)}`
      const byDevice = new Map<string, ProgressEvent[]>(DEVICES.map((d) => [d, []]))
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
      for (let day = 1; day <= daysInMonth; day++, dayIndex++) {
        const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
        const office = byDevice.get('office-pc') ?? []
        const home = byDevice.get('home-pc') ?? []
        if (weekday >= 1 && weekday <= 5 && rand() < perDayScale * 1.03) officeDay(year, month, day, rand, office)
        if (rand() < perDayScale * 1.03) homeDay(year, month, day, dayIndex, rand, home)
      }
      for (const device of DEVICES) {
        const events = byDevice.get(device) ?? []
        if (events.length === 0) continue
        const dir = join(dataDir, 'devices', device)
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, `${monthKey}.jsonl`), events.map((e) => JSON.stringify(e)).join('\n') + '\n')
        all.push(...events)
        const last = events[events.length - 1]
        if (last !== undefined && last.t > lastTimestamp) lastTimestamp = last.t
      }
      // Once a year a sync tool leaves a conflict copy holding a few events already in the segment.
      if (month === 6) {
        const office = byDevice.get('office-pc') ?? []
        writeFileSync(
          join(dataDir, 'devices', 'office-pc', `${monthKey} (conflicted copy ${year}-06-30).jsonl`),
          office
            .slice(0, 50)
            .map((e) => JSON.stringify(e))
            .join('\n') + '\n'
        )
      }
    }
  }
  const naiveFile = join(root, 'naive', 'progress.json')
  if (writeNaive) {
    all.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0))
    mkdirSync(join(root, 'naive'), { recursive: true })
    writeFileSync(naiveFile, JSON.stringify(all))
  }
  const files = listFiles(dataDir, ['devices'])
  const bytes = files.reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0)
  return { dataDir, naiveFile, events: all.length, files: files.length, bytes, lastTimestamp }
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN
}
const MB = 1024 * 1024

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) {
    gc()
    gc()
  }
}

function allTimeFigures(events: readonly ProgressEvent[], now: string): ProgressFigures {
  return computeProgressFigures(events, { now, range: 'all' })
}

/** The naive store's load: one JSON array, every element checked (same fast check, zod as fallback). */
function naiveLoad(file: string): ProgressEvent[] {
  const values: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(values)) return []
  const events: ProgressEvent[] = []
  for (const value of values) {
    if (!Number.isNaN(fastCheckEvent(value))) events.push(value as ProgressEvent)
    else {
      const parsed = progressEventSchema.safeParse(value)
      if (parsed.success) events.push(parsed.data)
    }
  }
  return events
}

/** The naive store's append: push, stringify everything, write a temp file, fsync, rename (as `atomically` does). */
function naiveAppend(file: string, events: ProgressEvent[], event: ProgressEvent): void {
  events.push(event)
  const temp = `${file}.tmp`
  const fd = openSync(temp, 'w')
  writeSync(fd, JSON.stringify(events))
  fsyncSync(fd)
  closeSync(fd)
  renameSync(temp, file)
}

function timeAppends(count: number, append: (i: number) => void): number[] {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    append(i)
    times.push(performance.now() - start)
  }
  return times
}

export async function runProgressLogBench(options: BenchOptions = {}): Promise<BenchFigures> {
  const print = options.print ?? false
  const runs = options.runs ?? 7
  const say = (text: string): void => {
    if (print) process.stderr.write(`${text}\n`)
  }
  const root = mkdtempSync(join(tmpdir(), 'limber-bench-'))
  try {
    say('generating ten years of events...')
    const generated = generateHeavyLog(root, options.events ?? 120_000)
    const now = generated.lastTimestamp
    const nowDate = new Date(Date.parse(now) + 60_000)

    // Rollups persist in a cache folder: the first (uncounted) run builds them, the counted runs are
    // what opening Progress costs after a restart.
    const cacheDir = join(root, 'rollups')
    const open = (): ProgressLog =>
      ProgressLog.open({ dataDir: generated.dataDir, deviceId: 'home-pc', now: () => nowDate, cacheDir })
    // Memory first, before the timed runs grow the heap, so rss growth means something.
    say('measuring memory...')
    const retained = <T>(work: () => T): { value: T; heapMb: number; rssMb: number } => {
      collectGarbage()
      const before = process.memoryUsage()
      const value = work()
      collectGarbage()
      const after = process.memoryUsage()
      return { value, heapMb: (after.heapUsed - before.heapUsed) / MB, rssMb: (after.rss - before.rss) / MB }
    }
    const streamedMemory = retained(() => open().progressFigures({ now, range: 'all' }))
    const readAllMemory = retained(() => open().readAll())

    // Each measure runs once more than counted: the first run pays for JIT compilation.
    say('measuring open + figures (streamed)...')
    const streamedMs: number[] = []
    const streamedCpuMs: number[] = []
    const loadAverage = loadavg()[0] ?? 0
    let eventsLoaded = 0
    for (let run = 0; run <= runs; run++) {
      collectGarbage()
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      const result = open().progressFigures({ now, range: 'all' })
      const elapsed = performance.now() - t0
      const cpu = process.cpuUsage(cpu0)
      if (result.issues.length > 0) throw new Error(`bench log should load cleanly: ${result.issues[0]?.message}`)
      if (run > 0) {
        streamedMs.push(elapsed)
        streamedCpuMs.push((cpu.user + cpu.system) / 1000)
      }
    }

    say('measuring open + readAll + figures...')
    const readAllMs: number[] = []
    const figuresMs: number[] = []
    const shortRangesMs: number[] = []
    for (let run = 0; run <= runs; run++) {
      collectGarbage()
      const t0 = performance.now()
      const result = open().readAll()
      const t1 = performance.now()
      allTimeFigures(result.events, now)
      const t2 = performance.now()
      computeProgressFigures(result.events, { now, range: 'week' })
      computeProgressFigures(result.events, { now, range: 'month' })
      const t3 = performance.now()
      eventsLoaded = result.events.length
      if (run > 0) {
        readAllMs.push(t1 - t0)
        figuresMs.push(t2 - t1)
        shortRangesMs.push(t3 - t2)
      }
    }

    say('measuring appends...')
    const log = ProgressLog.open({ dataDir: generated.dataDir, deviceId: 'home-pc', now: () => nowDate })
    const appendTimes = timeAppends(options.appends ?? 1000, (i) => {
      log.append({ type: 'walk', minutes: 1 + (i % 30) })
    })
    log.close()

    say('measuring the naive store...')
    const naiveTotal: number[] = []
    for (let run = 0; run <= runs; run++) {
      collectGarbage()
      const t0 = performance.now()
      allTimeFigures(naiveLoad(generated.naiveFile), now)
      if (run > 0) naiveTotal.push(performance.now() - t0)
    }
    const naiveMemory = retained(() => naiveLoad(generated.naiveFile))
    const naiveEvents = naiveMemory.value
    const naiveTimes = timeAppends(options.naiveAppends ?? 20, (i) => {
      naiveAppend(generated.naiveFile, naiveEvents, { v: 2, id: randomUUID(), t: now, type: 'walk', minutes: 1 + i })
    })

    const figures: BenchFigures = {
      events: eventsLoaded,
      files: generated.files,
      bytes: generated.bytes,
      devices: DEVICES.length,
      months: YEARS * 12,
      openAndFiguresMedianMs: median(streamedMs),
      openAndFiguresMinMs: Math.min(...streamedMs),
      openAndFiguresCpuMs: median(streamedCpuMs),
      machine: { loadAverage, cpus: cpus().length },
      readAllAndFiguresMedianMs: median(readAllMs.map((ms, i) => ms + (figuresMs[i] ?? 0))),
      readAllMedianMs: median(readAllMs),
      figuresFromEventsMedianMs: median(figuresMs),
      weekAndMonthFiguresMedianMs: median(shortRangesMs),
      appendP50Ms: percentile(appendTimes, 50),
      appendP95Ms: percentile(appendTimes, 95),
      appendMaxMs: Math.max(...appendTimes),
      memory: {
        streamedHeapMb: streamedMemory.heapMb,
        streamedRssMb: streamedMemory.rssMb,
        readAllHeapMb: readAllMemory.heapMb,
        readAllRssMb: readAllMemory.rssMb
      },
      naive: {
        loadAndFiguresMedianMs: median(naiveTotal),
        appendP50Ms: percentile(naiveTimes, 50),
        appendP95Ms: percentile(naiveTimes, 95),
        heapMb: naiveMemory.heapMb,
        rssMb: naiveMemory.rssMb
      },
      targets: { loadAndFiguresMs: TARGET_LOAD_MS, appendP95Ms: TARGET_APPEND_P95_MS },
      passed: median(streamedMs) <= TARGET_LOAD_MS && percentile(appendTimes, 95) <= TARGET_APPEND_P95_MS
    }
    // The loaded results stay referenced until here, so the memory figures are what they keep.
    if (streamedMemory.value.figures.range.days === 0 || readAllMemory.value.events.length === 0)
      throw new Error('nothing loaded')
    if (print) process.stdout.write(formatBenchTable(figures) + '\n')
    return figures
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

export function formatBenchTable(f: BenchFigures): string {
  const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`
  const mb = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)} MB`
  const ratio = (naive: number, ours: number): string => (ours > 0 ? `${(naive / ours).toFixed(1)}x` : '')
  const rows: [string, string, string, string][] = [
    ['measure', 'JSONL segments', 'naive JSON array', 'naive / JSONL'],
    [
      'open + all-time figures, rollups on disk (median)',
      ms(f.openAndFiguresMedianMs),
      ms(f.naive.loadAndFiguresMedianMs),
      ratio(f.naive.loadAndFiguresMedianMs, f.openAndFiguresMedianMs)
    ],
    ['  fastest run', ms(f.openAndFiguresMinMs), '', ''],
    ['  CPU time, all threads (median)', ms(f.openAndFiguresCpuMs), '', ''],
    [
      'open + readAll + all-time figures (median)',
      ms(f.readAllAndFiguresMedianMs),
      '',
      ratio(f.naive.loadAndFiguresMedianMs, f.readAllAndFiguresMedianMs)
    ],
    ['  of which readAll (sorted events kept)', ms(f.readAllMedianMs), '', ''],
    ['  of which figures from loaded events', ms(f.figuresFromEventsMedianMs), '', ''],
    ['week + month figures from loaded events', ms(f.weekAndMonthFiguresMedianMs), '', ''],
    ['append incl. fsync, p50', ms(f.appendP50Ms), ms(f.naive.appendP50Ms), ratio(f.naive.appendP50Ms, f.appendP50Ms)],
    ['append incl. fsync, p95', ms(f.appendP95Ms), ms(f.naive.appendP95Ms), ratio(f.naive.appendP95Ms, f.appendP95Ms)],
    ['append incl. fsync, max', ms(f.appendMaxMs), '', ''],
    ['heapUsed kept: streamed figures', mb(f.memory.streamedHeapMb), '', ''],
    ['heapUsed kept: readAll events / naive array', mb(f.memory.readAllHeapMb), mb(f.naive.heapMb), ''],
    ['rss growth: streamed figures', mb(f.memory.streamedRssMb), '', ''],
    ['rss growth: readAll events / naive array', mb(f.memory.readAllRssMb), mb(f.naive.rssMb), '']
  ]
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)))
  const render = (r: string[]): string =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('   ')
      .trimEnd()
  const header =
    `Progress log bench: ${f.events.toLocaleString('en')} events, ${f.files} files, ${f.devices} devices, ` +
    `${f.months} months, ${(f.bytes / MB).toFixed(1)} MB on disk; ` +
    `load average ${f.machine.loadAverage.toFixed(2)} on ${f.machine.cpus} CPUs`
  const verdict =
    `targets: open + figures <= ${f.targets.loadAndFiguresMs} ms ${f.openAndFiguresMedianMs <= f.targets.loadAndFiguresMs ? 'PASS' : 'FAIL'}; ` +
    `append p95 <= ${f.targets.appendP95Ms} ms ${f.appendP95Ms <= f.targets.appendP95Ms ? 'PASS' : 'FAIL'}`
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 9)
  return [header, rule, render(rows[0] ?? []), rule, ...rows.slice(1).map(render), rule, verdict].join('\n')
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(name)
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(value) ? value : undefined
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const gcNote = (globalThis as { gc?: unknown }).gc === undefined
  if (gcNote) process.stderr.write('note: run with --expose-gc for steadier memory figures\n')
  // No top-level await: the module stays loadable from CommonJS callers too.
  void runProgressLogBench({
    events: argValue('--events'),
    runs: argValue('--runs'),
    appends: argValue('--appends'),
    print: true
  }).then((figures) => {
    process.exitCode = figures.passed ? 0 : 1
  })
}

// ---------------------------------------------------------------------------------------------
// Scale: figures from rollups at 1, 10 and 40 years, against the JSON.parse floor of the same bytes
// ---------------------------------------------------------------------------------------------

export interface ScaleRow {
  readonly years: number
  readonly events: number
  readonly files: number
  readonly mb: number
  /** Reading every file and JSON.parse-ing every line, nothing else: what any full read costs at least. */
  readonly floorMs: number
  /** All-time figures (the screen's, grouped) with no rollups anywhere: every month parsed. */
  readonly coldMs: number
  /** The same again in the same process: rollups in memory, files only checked. */
  readonly warmMs: number
  /** A new process: rollups read back from the cache folder and checked by size, mtime and tail hash. */
  readonly restartMs: number
  readonly weekWarmMs: number
  readonly weekRestartMs: number
  /** The all-time figures as sent to the window (JSON bytes). */
  readonly payloadBytes: number
  readonly cacheBytes: number
}

export interface ScaleFigures {
  readonly rows: readonly ScaleRow[]
  readonly targets: {
    readonly warmOverFloor: number
    readonly restartOverFloor: number
    readonly weekGrowth: number
    readonly payloadBytes: number
  }
  readonly passed: boolean
}

function floorMs(dataDir: string, runs: number): number {
  const files = listFiles(dataDir, ['devices'])
  const times: number[] = []
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now()
    let parsed = 0
    for (const f of files) {
      const text = readFileSync(join(dataDir, f), 'utf8')
      let start = 0
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        if (end > start) {
          JSON.parse(text.slice(start, end))
          parsed++
        }
        start = end + 1
      }
    }
    if (parsed === 0) throw new Error('nothing parsed')
    if (run > 0) times.push(performance.now() - t0)
  }
  return median(times)
}

function folderBytes(dir: string): number {
  try {
    return listFiles(dir, ['.']).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
  } catch {
    return 0
  }
}

export function runScaleBench(
  options: { readonly years?: readonly number[]; readonly print?: boolean } = {}
): ScaleFigures {
  const say = (text: string): void => {
    if (options.print === true) process.stderr.write(`${text}\n`)
  }
  const rows: ScaleRow[] = []
  for (const years of options.years ?? [1, 10, 40]) {
    const root = mkdtempSync(join(tmpdir(), 'limber-scale-'))
    try {
      say(`scale: generating ${years} year(s)...`)
      const g = generateHeavyLog(root, 12_000 * years, years, false)
      const nowDate = new Date(Date.parse(g.lastTimestamp) + 60_000)
      // Fewer repetitions for forty years keep the whole bench within a few minutes.
      const runs = years >= 40 ? 2 : 5
      let cacheCount = 0
      const freshCache = (): string => join(root, `cache-${cacheCount++}`)
      const open = (cacheDir: string): ProgressLog =>
        ProgressLog.open({ dataDir: g.dataDir, deviceId: 'home-pc', now: () => nowDate, cacheDir })
      const time = (work: () => void): number => {
        const t0 = performance.now()
        work()
        return performance.now() - t0
      }
      const all = (log: ProgressLog) => log.progressFigures({ range: 'all', group: true })
      const week = (log: ProgressLog) => log.progressFigures({ range: 'week', group: true })

      say(`scale ${years}y: floor...`)
      const floor = floorMs(g.dataDir, runs)
      say(`scale ${years}y: cold...`)
      const coldTimes: number[] = []
      let cacheDir = freshCache()
      for (let run = 0; run <= (years >= 40 ? 1 : 3); run++) {
        cacheDir = freshCache()
        const log = open(cacheDir)
        const ms = time(() => all(log))
        if (run > 0) coldTimes.push(ms)
      }
      say(`scale ${years}y: warm...`)
      const warmLog = open(cacheDir)
      all(warmLog)
      const warmTimes: number[] = []
      const weekTimes: number[] = []
      for (let run = 0; run <= runs * 3; run++) {
        const a = time(() => all(warmLog))
        if (run > 0) warmTimes.push(a)
      }
      // A week takes a fraction of a millisecond: its own loop, many runs, so the all-time runs' garbage
      // and the timer's grain do not decide the 1-year vs 10-year ratio.
      collectGarbage()
      for (let run = 0; run <= 200; run++) {
        const w = time(() => week(warmLog))
        if (run > 0) weekTimes.push(w)
      }
      say(`scale ${years}y: restart...`)
      const restartTimes: number[] = []
      const weekRestartTimes: number[] = []
      for (let run = 0; run <= runs; run++) {
        collectGarbage()
        const a = time(() => all(open(cacheDir)))
        const w = time(() => week(open(cacheDir)))
        if (run > 0) {
          restartTimes.push(a)
          weekRestartTimes.push(w)
        }
      }
      const result = all(warmLog)
      if (result.issues.length > 0) throw new Error(`scale log should load cleanly: ${result.issues[0]?.message}`)
      rows.push({
        years,
        events: g.events,
        files: g.files,
        mb: g.bytes / MB,
        floorMs: floor,
        coldMs: median(coldTimes),
        warmMs: median(warmTimes),
        restartMs: median(restartTimes),
        weekWarmMs: median(weekTimes),
        weekRestartMs: median(weekRestartTimes),
        payloadBytes: Buffer.byteLength(JSON.stringify({ figures: result.figures, problems: [] })),
        cacheBytes: folderBytes(cacheDir)
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }
  const targets = { warmOverFloor: 0.15, restartOverFloor: 0.25, weekGrowth: 1.5, payloadBytes: 100 * 1024 }
  const ten = rows.find((r) => r.years === 10)
  const one = rows.find((r) => r.years === 1)
  const passed =
    ten !== undefined &&
    one !== undefined &&
    ten.warmMs <= targets.warmOverFloor * ten.floorMs &&
    ten.restartMs <= targets.restartOverFloor * ten.floorMs &&
    ten.weekWarmMs <= targets.weekGrowth * one.weekWarmMs &&
    ten.payloadBytes <= targets.payloadBytes
  return { rows, targets, passed }
}

export function formatScaleTable(f: ScaleFigures): string {
  const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`
  const x = (a: number, b: number): string => `${(a / b).toFixed(3)}x`
  const header = [
    'years',
    'events',
    'MB',
    'parse floor',
    'cold all-time',
    'warm all-time',
    '  / floor',
    'restart all-time',
    '  / floor',
    'week warm',
    'week restart',
    'payload',
    'cache'
  ]
  const rows = f.rows.map((r) => [
    String(r.years),
    r.events.toLocaleString('en'),
    r.mb.toFixed(1),
    ms(r.floorMs),
    `${ms(r.coldMs)} (${x(r.coldMs, r.floorMs)})`,
    ms(r.warmMs),
    x(r.warmMs, r.floorMs),
    ms(r.restartMs),
    x(r.restartMs, r.floorMs),
    ms(r.weekWarmMs),
    ms(r.weekRestartMs),
    `${(r.payloadBytes / 1024).toFixed(1)} KB`,
    `${(r.cacheBytes / 1024).toFixed(0)} KB`
  ])
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]?.length ?? 0)))
  const render = (r: string[]): string => r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')
  const ten = f.rows.find((r) => r.years === 10)
  const one = f.rows.find((r) => r.years === 1)
  const verdicts: string[] = []
  if (ten !== undefined) {
    verdicts.push(
      `warm all-time at 10 years ${x(ten.warmMs, ten.floorMs)} of the floor (target <= ${f.targets.warmOverFloor}x) ${ten.warmMs <= f.targets.warmOverFloor * ten.floorMs ? 'PASS' : 'FAIL'}`,
      `after a restart ${x(ten.restartMs, ten.floorMs)} (target <= ${f.targets.restartOverFloor}x) ${ten.restartMs <= f.targets.restartOverFloor * ten.floorMs ? 'PASS' : 'FAIL'}`,
      `all-time payload ${(ten.payloadBytes / 1024).toFixed(1)} KB (target <= ${f.targets.payloadBytes / 1024} KB) ${ten.payloadBytes <= f.targets.payloadBytes ? 'PASS' : 'FAIL'}`
    )
    if (one !== undefined)
      verdicts.push(
        `week at 10 years ${x(ten.weekWarmMs, one.weekWarmMs)} week at 1 year (target <= ${f.targets.weekGrowth}x) ${ten.weekWarmMs <= f.targets.weekGrowth * one.weekWarmMs ? 'PASS' : 'FAIL'}`
      )
  }
  return [render(header), ...rows.map(render), ...verdicts.map((v) => `targets: ${v}`)].join('\n')
}
