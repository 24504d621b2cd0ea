// Crash safety: a writer process is killed with SIGKILL at random moments while appending; every
// event it reported as saved must load afterwards, and the log must still load. Between some runs a
// torn, unterminated fragment is added as a power cut would leave it; the next writer must not glue
// its first event onto it.
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProgressLog } from '../../../../../src/main/storage/progress-log'
import { devicePath, makeTempDir, removeTempDir } from './log-fixtures'
import { seededRandom } from '../../../../../src/main/engine/simulation/day-generator'

const projectRoot = resolve(__dirname, '../../../../..')
const writer = join(projectRoot, 'tests/support/crash-writer.ts')
const RUNS = 24
const EVENTS_PER_RUN = 1000

interface RunOutcome {
  readonly reported: string[]
  readonly finished: boolean
}

/** Starts the writer, waits until it is ready, lets it write for `delayMs`, then SIGKILLs it. */
function runAndKill(dataDir: string, delayMs: number): Promise<RunOutcome> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, 'crashy', String(EVENTS_PER_RUN)], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (timer === undefined && stdout.startsWith('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL' && code !== 0) {
        reject(new Error(`writer failed (${code}): ${stderr}`))
        return
      }
      // Only whole lines count: a line cut by the kill was never fully reported.
      const lines = stdout.split('\n').slice(0, -1)
      resolveRun({ reported: lines.filter((l) => l !== 'ready' && l !== 'done'), finished: lines.includes('done') })
    })
  })
}

describe('crash safety', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await makeTempDir('limber-crash-')
  })
  afterAll(async () => {
    await removeTempDir(dataDir)
  })

  it(`loads every event a writer reported as saved, across ${RUNS} SIGKILLs at random moments`, async () => {
    const seed = Date.now()
    const random = seededRandom(seed)
    const reported = new Set<string>()
    let killedMidway = 0
    let tornFragments = 0
    // A fragment appended while the previous one is still the unfinished last line (no writer got to
    // write in between: under load a writer can be killed before its first append) joins that line.
    let separateFragments = 0
    let tailUnfinished = false
    for (let run = 0; run < RUNS; run++) {
      // Appends take about 0.2 ms each: 0-150 ms stops the writer anywhere in its first ~750 events.
      const outcome = await runAndKill(dataDir, Math.floor(random() * 150))
      for (const id of outcome.reported) reported.add(id)
      if (outcome.reported.length > 0) tailUnfinished = false
      if (!outcome.finished) killedMidway++

      const result = ProgressLog.open({ dataDir, deviceId: 'reader' }).readAll()
      const loaded = new Set(result.events.map((e) => e.id))
      const missing = [...reported].filter((id) => !loaded.has(id))
      expect({ seed, run, missing }).toEqual({ seed, run, missing: [] })
      expect(result.events.length).toBe(loaded.size)

      // Every third run, leave a torn line as a power cut during an unreported write would.
      if (run % 3 === 1) {
        const month = readdirSync(devicePath(dataDir, 'crashy')).find((n) => /^\d{4}-\d{2}\.jsonl$/.test(n))
        if (month !== undefined) {
          appendFileSync(devicePath(dataDir, 'crashy', month), `{"v":2,"id":"torn-${run}","t":"2026-0`)
          tornFragments++
          if (!tailUnfinished) separateFragments++
          tailUnfinished = true
        }
      }
    }

    const final = ProgressLog.open({ dataDir, deviceId: 'reader' }).readAll()
    const loaded = new Set(final.events.map((e) => e.id))
    expect([...reported].filter((id) => !loaded.has(id))).toEqual([])
    expect(reported.size).toBeGreaterThan(0)
    expect(killedMidway).toBeGreaterThanOrEqual(RUNS / 2)
    // Each torn fragment was either set aside as the unfinished last line or, once the next writer
    // started on a new line, as a bad line in the middle; none swallowed a real event.
    const tornLines = final.issues.flatMap((i) => i.lines).length
    expect(tornLines).toBeGreaterThanOrEqual(separateFragments)
    expect(tornLines).toBeLessThanOrEqual(tornFragments)
    expect(final.events.some((e) => e.id.startsWith('torn-'))).toBe(false)
    expect(final.issues.every((i) => i.kind === 'unreadable-lines' || i.kind === 'unfinished-line')).toBe(true)
    expect(existsSync(join(dataDir, 'quarantine', 'reader', 'crashy'))).toBe(true)
  }, 60_000)
})
