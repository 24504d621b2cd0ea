// Picks this OS's desktop-signal probes behind one DesktopSignalsPort. Each OS's code is a dynamic import
// loaded on first start()/poll(), so another OS's module is never loaded and nothing runs before start().
import { basename } from 'node:path'
import type { DesktopSignalsPort } from '../../app/ports'
import { nodeCommandRunner, type CommandRunner } from './command-runner'
import { createProbeSet, type Probe } from './probe-set'

export type { CommandRunner, CommandResult, Watcher, WatchHandlers } from './command-runner'

export interface DesktopSignalsOptions {
  platform: NodeJS.Platform
  /** The environment the probes' tools run with (the session bus, DISPLAY, the sound server). */
  env?: NodeJS.ProcessEnv
  /** Starts the probes' processes; the real one unless a test records or replays them. */
  runner?: CommandRunner
  /** Linux: where the process list is (a prepared tree in tests). */
  procRoot?: string
  /** Limber's own processes, never counted as "another app". */
  ownPids?: readonly number[]
  /** Limber's own program file (its name is never counted on Windows). */
  execPath?: string
}

const LOADERS: Partial<Record<NodeJS.Platform, (options: Required<DesktopSignalsOptions>) => Promise<Probe[]>>> = {
  linux: async (o) =>
    (await import('./linux')).linuxProbes({ runner: o.runner, env: o.env, procRoot: o.procRoot, ownPids: o.ownPids }),
  win32: async (o) =>
    (await import('./win32')).win32Probes({
      runner: o.runner,
      ownExeNames: [basename(o.execPath.replace(/\\/g, '/')).toLowerCase()]
    }),
  darwin: async (o) => (await import('./darwin')).darwinProbes({ runner: o.runner, ownPids: o.ownPids })
}

export function createDesktopSignals(options: DesktopSignalsOptions): DesktopSignalsPort {
  const env = options.env ?? process.env
  const full: Required<DesktopSignalsOptions> = {
    platform: options.platform,
    env,
    runner: options.runner ?? nodeCommandRunner(env),
    procRoot: options.procRoot ?? '/proc',
    ownPids: options.ownPids ?? [process.pid],
    execPath: options.execPath ?? process.execPath
  }
  const load = LOADERS[options.platform]
  return createProbeSet({
    load: load ? () => load(full) : () => Promise.resolve([]),
    stopProcesses: () => full.runner.stopAll(),
    unsupported: 'Not available on this operating system.'
  })
}
