// A CommandRunner stand-in for the probes: answers from recorded outputs and records every command asked
// for. A command it has no answer for is "not installed", so a probe can never get a kinder world than real.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CommandResult, CommandRunner, WatchHandlers } from '../../src/main/platform/signals'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/signals')

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

export type Answer = Partial<CommandResult> | (() => Partial<CommandResult>)

export interface ReplayRunner extends CommandRunner {
  /** Every command line asked for (run and watch), in order: "pactl -f json list sources". */
  readonly asked: string[]
  /** Answers a command line that starts with `prefix`. */
  answer(prefix: string, result: Answer): void
  /** Live watchers by command line: push a line, or end one as the OS would. */
  watchers: Map<string, WatchHandlers>
  stopped: number
}

export function replayRunner(): ReplayRunner {
  const answers: [string, Answer][] = []
  const runner: ReplayRunner = {
    asked: [],
    watchers: new Map(),
    stopped: 0,
    answer(prefix, result) {
      answers.unshift([prefix, result])
    },
    run(command, args) {
      const line = [command, ...args].join(' ')
      runner.asked.push(line)
      const found = answers.find(([prefix]) => line.startsWith(prefix))?.[1]
      const given = typeof found === 'function' ? found() : found
      const result: CommandResult = given
        ? { code: 0, stdout: '', stderr: '', missing: false, timedOut: false, ...given }
        : { code: null, stdout: '', stderr: '', missing: true, timedOut: false }
      return new Promise((r) => setTimeout(() => r(result), 0))
    },
    watch(command, args, handlers) {
      const line = [command, ...args].join(' ')
      runner.asked.push(line)
      if (!answers.some(([prefix]) => line.startsWith(prefix))) {
        setTimeout(() => handlers.ended(`${command}: not found`, true), 0)
        return { stop: () => undefined }
      }
      runner.watchers.set(line, handlers)
      return { stop: () => runner.watchers.delete(line) }
    },
    stopAll() {
      runner.stopped++
      runner.watchers.clear()
    }
  }
  return runner
}
