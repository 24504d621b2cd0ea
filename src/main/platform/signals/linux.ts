// Linux's probes: microphone (pactl), camera (/proc), fullscreen (xprop or the session's flags), DND (per desktop).
import type { CommandRunner } from './command-runner'
import { linuxCameraProbe } from './linux-camera'
import { linuxDndProbe, linuxFullscreenProbe } from './linux-desktop'
import { linuxMicrophoneProbe } from './linux-microphone'
import type { Probe } from './probe-set'

export interface LinuxContext {
  runner: CommandRunner
  env: NodeJS.ProcessEnv
  procRoot: string
  ownPids: readonly number[]
}

export function linuxProbes(context: LinuxContext): Probe[] {
  const own = { pids: context.ownPids }
  return [
    linuxMicrophoneProbe(context.runner, own),
    linuxCameraProbe(context.procRoot, own),
    linuxFullscreenProbe(context.runner, context.env, own),
    linuxDndProbe(context.runner, context.env)
  ]
}
