// `npm run simulate -- <trace.jsonl> [--settings <settings.json>] [--poll-lock]`: replays a trace through the real engine, prints events as JSON Lines.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../src/shared/office-settings'
import { SettingsFileError, parseSettingsOverrides } from '../src/main/engine/simulation/settings-file'
import { runSimulation, type SimulationOptions } from '../src/main/engine/simulation/simulate'
import { TraceError, parseTrace, type Trace } from '../src/main/engine/simulation/trace'

export { simulate } from '../src/main/engine/simulation/simulate'

const USAGE = `usage: simulate <trace.jsonl> [--settings <settings.json>] [--idle-source trace|always-zero] [--poll-lock] [--signals polled|events|none] [--time-zone auto|trace|local] [--metrics]

Replays an activity trace through the office engine on a virtual clock and prints the engine's events
as JSON Lines on stdout. --metrics adds a summary (wake-ups, prompt and return timing) on stderr.
--poll-lock sends no lock/unlock events: the runner polls whether the screen is locked, as on Linux.
--signals: how busy lines reach the runner: polled (default with busy lines: seen only by the runner's
polls near a prompt), events (pushed by the desktop at once) or none.
Trace lines: state ({"from","to","state"}), action ({"at","action"}), busy ({"from","to","busy"}) and
clock change ({"at","setClock"}):
see README "Simulator traces".
Exit codes: 0 done, 2 bad arguments, trace or settings file.`

/** A problem the person running the command can fix; exits with code 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false
  ) {
    super(message)
  }
}

interface CliArgs {
  tracePath: string
  settingsPath: string | undefined
  options: SimulationOptions
  metrics: boolean
}

function parseArgs(argv: string[]): CliArgs {
  let tracePath: string | undefined
  let settingsPath: string | undefined
  const options: SimulationOptions = {}
  let metrics = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${arg} needs a value`)
      return v
    }
    if (arg === '--settings') settingsPath = value()
    else if (arg === '--idle-source') {
      const v = value()
      if (v !== 'trace' && v !== 'always-zero') throw new UsageError('--idle-source is trace or always-zero')
      options.idleSource = v
    } else if (arg === '--time-zone') {
      const v = value()
      if (v !== 'auto' && v !== 'trace' && v !== 'local') throw new UsageError('--time-zone is auto, trace or local')
      options.timeZone = v
    } else if (arg === '--signals') {
      const v = value()
      if (v !== 'polled' && v !== 'events' && v !== 'none') throw new UsageError('--signals is polled, events or none')
      options.signals = v
    } else if (arg === '--poll-lock') options.lock = 'polled'
    else if (arg === '--metrics') metrics = true
    else if (arg !== undefined && arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`, true)
    else if (tracePath === undefined) tracePath = arg
    else throw new UsageError(`unexpected argument ${arg}`, true)
  }
  if (tracePath === undefined) throw new UsageError('missing the trace file', true)
  return { tracePath, settingsPath, options, metrics }
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UsageError(`cannot read the ${what} ${path} (${code})`)
  }
}

function readSettings(path: string | undefined): OfficeSettings {
  if (path === undefined) return DEFAULT_OFFICE_SETTINGS
  try {
    return parseSettingsOverrides(readText(path, 'settings file'))
  } catch (error) {
    if (error instanceof SettingsFileError) {
      throw new UsageError(`settings file ${path}: ${error.reason}. Fix the file and run again.`)
    }
    throw error
  }
}

function readTrace(path: string): Trace {
  try {
    return parseTrace(readText(path, 'trace'))
  } catch (error) {
    if (error instanceof TraceError) {
      throw new UsageError(`trace ${path}, line ${error.line}: ${error.reason}. Fix that line and run again.`)
    }
    throw error
  }
}

/** Runs the command; returns the exit code (0 done, 2 a problem with the arguments or the files). */
export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  try {
    const args = parseArgs(argv)
    const settings = readSettings(args.settingsPath)
    const run = runSimulation(readTrace(args.tracePath), settings, args.options)
    process.stdout.write(run.lines.map((l) => `${JSON.stringify(l)}\n`).join(''))
    if (args.metrics) process.stderr.write(`${JSON.stringify(run.metrics, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`simulate: ${error.message}\n`)
      if (error.showUsage) process.stderr.write(`${USAGE}\n`)
      return 2
    }
    throw error
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2))
}
