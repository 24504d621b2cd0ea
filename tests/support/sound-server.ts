// Starts a private PulseAudio daemon on a temp runtime dir (no system bus, no user config) with one
// silent microphone and one silent speaker; stop() ends it and every recording started through it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface SoundServer {
  /** What a client needs to reach this daemon and no other. */
  env: NodeJS.ProcessEnv
  /** A silent microphone (a PulseAudio null source). */
  microphone: string
  /** The monitor of a silent speaker: recording it records what the computer plays. */
  speakerMonitor: string
  pid: number
  /** Starts `parecord` on a source; the recording runs until it is stopped (or the server is). */
  record(source: string, streamName?: string): Recording
  pactl(...args: string[]): string
  /** Ends the daemon as a crash would (SIGKILL), leaving its clients behind. */
  crash(): Promise<void>
  stop(): Promise<void>
}

export interface Recording {
  stop(): Promise<void>
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('close', () => resolve()))

export async function startSoundServer(): Promise<SoundServer> {
  const dir = mkdtempSync(join(tmpdir(), 'limber-pulse-'))
  const runtime = join(dir, 'runtime')
  mkdirSync(runtime, { mode: 0o700 })
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: join(dir, 'config'),
    PULSE_RUNTIME_PATH: join(runtime, 'pulse'),
    PULSE_STATE_PATH: join(dir, 'state'),
    // No session bus and no X display: the daemon must not find (or start) either.
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    LANG: 'C'
  }
  const microphone = 'limber_test_mic'
  const speaker = 'limber_test_speaker'
  const daemon = spawn(
    'pulseaudio',
    [
      '-n', // no default.pa: only the modules below
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--disable-shm=yes',
      '--log-target=stderr',
      '-L',
      'module-native-protocol-unix',
      '-L',
      `module-null-source source_name=${microphone}`,
      '-L',
      `module-null-sink sink_name=${speaker}`
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let log = ''
  daemon.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  const recordings = new Set<ChildProcess>()
  const pactl = (...args: string[]): string =>
    execFileSync('pactl', args, { env, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'pipe'] })
  const started = Date.now()
  for (;;) {
    try {
      pactl('info')
      break
    } catch {
      if (daemon.exitCode !== null || Date.now() - started > 15_000) {
        daemon.kill('SIGKILL')
        rmSync(dir, { recursive: true, force: true })
        throw new Error(`pulseaudio did not start:\n${log}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const stopRecordings = async (): Promise<void> => {
    for (const r of recordings) r.kill('SIGTERM')
    await Promise.all([...recordings].map(exited))
  }
  return {
    env,
    microphone,
    speakerMonitor: `${speaker}.monitor`,
    pid: daemon.pid!,
    pactl,
    record(source, streamName) {
      const args = ['--raw', `--device=${source}`, ...(streamName ? [`--stream-name=${streamName}`] : []), '/dev/null']
      const child = spawn('parecord', args, { env, stdio: 'ignore' })
      recordings.add(child)
      return {
        async stop() {
          child.kill('SIGTERM')
          await exited(child)
          recordings.delete(child)
        }
      }
    },
    async crash() {
      daemon.kill('SIGKILL')
      await exited(daemon)
    },
    async stop() {
      await stopRecordings()
      daemon.kill('SIGTERM')
      await exited(daemon)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
