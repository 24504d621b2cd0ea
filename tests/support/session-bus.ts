// Starts a private D-Bus session bus and nothing else; stop() ends it. The developer's bus is untouched.
import { spawn } from 'node:child_process'

export interface SessionBus {
  /** What DBUS_SESSION_BUS_ADDRESS must say to reach this bus. */
  address: string
  stop(): Promise<void>
}

/**
 * `env` is what the bus and the services it starts on demand (dconf-service) see: give it a temp HOME
 * and XDG_CONFIG_HOME so they never write to the developer's own settings.
 */
export function startSessionBus(timeoutMs = 10_000, env: NodeJS.ProcessEnv = process.env): Promise<SessionBus> {
  // --nofork keeps the daemon our child, so stop() ends exactly this bus.
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<void>((resolve) => daemon.once('close', () => resolve()))
  const stop = async (): Promise<void> => {
    if (daemon.pid === undefined) return // never started
    if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    let settled = false
    let stdout = ''
    let stderr = ''
    const fail = (why: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void stop().then(() => reject(new Error(`dbus-daemon did not start: ${why}${stderr ? `\n${stderr}` : ''}`)))
    }
    const timer = setTimeout(() => fail(`no address within ${timeoutMs} ms`), timeoutMs)
    daemon.once('error', (error) => fail(error.message))
    daemon.once('exit', (code, signal) => fail(`it exited (${code ?? signal})`))
    daemon.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    daemon.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const newline = stdout.indexOf('\n')
      if (newline < 0 || settled) return
      settled = true
      clearTimeout(timer)
      resolve({ address: stdout.slice(0, newline).trim(), stop })
    })
  })
}
