// Runs the probes' commands: short ones with a timeout, long-running watchers line by line; stopAll() kills every child.
import { execFile, spawn, type ChildProcess } from 'node:child_process'

export interface CommandResult {
  /** Exit code; null when the command was killed (timeout, stopAll). */
  code: number | null
  stdout: string
  stderr: string
  /** The program is not installed (or not on PATH). */
  missing: boolean
  /** It did not finish within its time and was killed. */
  timedOut: boolean
}

export interface Watcher {
  stop(): void
}

export interface WatchHandlers {
  line(text: string): void
  /** The watcher ended by itself (not through stop()): why, in a few words. */
  ended(why: string, missing: boolean): void
}

/** The probes' only way to start a process; tests record or replay it, the app runs the real thing. */
export interface CommandRunner {
  run(command: string, args: readonly string[], options?: { timeoutMs?: number }): Promise<CommandResult>
  watch(command: string, args: readonly string[], handlers: WatchHandlers): Watcher
  /** Kills every child still running (their runs resolve as killed, their watchers end quietly). */
  stopAll(): void
}

/** Long enough for a cold PowerShell or osascript start, short enough that a hung tool never piles up. */
export const DEFAULT_TIMEOUT_MS = 8_000
const MAX_OUTPUT = 4 * 1024 * 1024

/** The real runner: child processes with the given environment, never a shell. */
export function nodeCommandRunner(env: NodeJS.ProcessEnv): CommandRunner {
  const children = new Set<ChildProcess>()
  const killedByStop = new WeakSet<ChildProcess>()
  return {
    run(command, args, options = {}) {
      return new Promise((resolve) => {
        const child = execFile(
          command,
          [...args],
          {
            env,
            timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            killSignal: 'SIGKILL',
            maxBuffer: MAX_OUTPUT,
            windowsHide: true,
            encoding: 'utf8'
          },
          (error, stdout, stderr) => {
            children.delete(child)
            const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null
            resolve({
              code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
              stdout: String(stdout),
              stderr: String(stderr),
              missing: failure?.code === 'ENOENT',
              timedOut: failure?.killed === true && !killedByStop.has(child)
            })
          }
        )
        children.add(child)
      })
    },
    watch(command, args, handlers) {
      const child = spawn(command, [...args], { env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
      children.add(child)
      let ended = false
      let buffered = ''
      let stderr = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk
        let newline: number
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const text = buffered.slice(0, newline)
          buffered = buffered.slice(newline + 1)
          if (!ended) handlers.line(text)
        }
        // A watcher that never ends its line must not grow without bound.
        if (buffered.length > MAX_OUTPUT) buffered = ''
      })
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)))
      const end = (why: string, missing: boolean): void => {
        children.delete(child)
        if (ended || killedByStop.has(child)) return
        ended = true
        handlers.ended(why, missing)
      }
      child.once('error', (error: NodeJS.ErrnoException) => end(error.message, error.code === 'ENOENT'))
      child.once('close', (code, signal) =>
        end(`${command} ended (${code ?? signal})${stderr.trim() ? `: ${stderr.trim()}` : ''}`, false)
      )
      return {
        stop() {
          ended = true
          children.delete(child)
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        }
      }
    },
    stopAll() {
      for (const child of children) {
        killedByStop.add(child)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      }
      children.clear()
    }
  }
}
