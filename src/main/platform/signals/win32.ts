// Windows' probes: microphone and camera from the privacy ConsentStore, fullscreen/presenting and Focus
// Assist from the shell, all through Windows' own command-line tools (no native module).
//
// In a call: Windows records, per app, when it last started and stopped using the microphone and the
// camera under HKCU\…\CapabilityAccessManager\ConsentStore\{microphone,webcam} (Store apps as direct
// subkeys, desktop apps under NonPackaged with '\' written as '#'). While an app uses the device its
// LastUsedTimeStop is 0: that is what the taskbar's microphone/camera indicator shows. An app that
// crashes can leave a 0 behind for good, so an entry counts only while that program is still running
// (tasklist, or `tasklist /apps` for Store apps). `reg query` is one short process per check, no native
// code, fine at one check every 10 s. Prior art: drmowinckels/entracte src-tauri/src/camera.rs,
// HASS.Agent's registry fallback, PrivacyDots' stale-entry check (os-signals.md §1.1).
//
// Presenting: SHQueryUserNotificationState (shell32) answers QUNS_BUSY (2, a full-screen app),
// QUNS_RUNNING_D3D_FULL_SCREEN (3) or QUNS_PRESENTATION_MODE (4); Windows sends no event when a
// full-screen app starts (learn.microsoft.com shellapi/nf-shellapi-shqueryusernotificationstate), so it
// is polled. Focus Assist: the shell's WNF state WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED
// (0 off, 1 priority only, 2 alarms only), undocumented but what Workrave and Stretchly read
// (os-signals.md §3). Both are reached without native code by one PowerShell run that declares the two
// functions with Add-Type (P/Invoke): it costs a PowerShell start, so it runs only when the app polls,
// and both probes share one run per poll.
import type { CommandRunner, CommandResult } from './command-runner'
import { ProbeUnavailable, type Probe } from './probe-set'

const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

export interface ConsentEntry {
  /** The subkey under the device key: a package family name, or NonPackaged's '#'-written exe path. */
  key: string
  packaged: boolean
  lastUsedStart: bigint
  lastUsedStop: bigint
}

/** The app entries of `reg query <ConsentStore>\<device> /s` (the device key and NonPackaged itself are not apps). */
export function parseConsentStore(stdout: string, device: 'microphone' | 'webcam'): ConsentEntry[] {
  const entries: ConsentEntry[] = []
  let current: ConsentEntry | null = null
  const base = new RegExp(`\\\\ConsentStore\\\\${device}\\\\(.+)$`, 'i')
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (/^HKEY_/i.test(line)) {
      current = null
      const sub = base.exec(line)?.[1]
      if (!sub || /^NonPackaged$/i.test(sub)) continue
      const nonPackaged = /^NonPackaged\\(.+)$/i.exec(sub)
      if (!nonPackaged && sub.includes('\\')) continue
      current = {
        key: nonPackaged ? nonPackaged[1]! : sub,
        packaged: !nonPackaged,
        lastUsedStart: 0n,
        lastUsedStop: 0n
      }
      entries.push(current)
      continue
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)\s*$/i.exec(line)
    if (value && current) {
      if (value[1]!.toLowerCase() === 'lastusedtimestart') current.lastUsedStart = BigInt(value[2]!)
      else current.lastUsedStop = BigInt(value[2]!)
    }
  }
  return entries
}

/** In use now, by the registry: started and not stopped. */
export function inUseEntries(entries: ConsentEntry[]): ConsentEntry[] {
  return entries.filter((e) => e.lastUsedStart > 0n && e.lastUsedStop === 0n)
}

/** The program file of a NonPackaged key ("C:#Program Files#Zoom#bin#Zoom.exe" → "zoom.exe"). */
export function exeName(key: string): string {
  return (key.split('#').at(-1) ?? key).toLowerCase()
}

function csvRows(stdout: string): string[][] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('"'))
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')))
}

/** Image names from `tasklist /fo csv /nh`, lower-case. */
export function parseTasklist(stdout: string): Set<string> {
  return new Set(
    csvRows(stdout)
      .map((row) => (row[0] ?? '').toLowerCase())
      .filter(Boolean)
  )
}

/**
 * Package family names from `tasklist /apps /fo csv /nh`, whose last column is the package full name
 * (Name_Version_Arch_ResourceId_PublisherId); the family name is Name_PublisherId.
 */
export function parseTasklistApps(stdout: string): Set<string> {
  const families = new Set<string>()
  for (const row of csvRows(stdout)) {
    const parts = (row.at(-1) ?? '').split('_')
    if (parts.length === 5 && parts[0] && parts[4]) families.add(`${parts[0]}_${parts[4]}`.toLowerCase())
  }
  return families
}

/** The in-use entries whose program is still running (the rest are left behind by a crash). */
export function liveEntries(
  entries: ConsentEntry[],
  running: Set<string>,
  runningPackages: Set<string>
): ConsentEntry[] {
  return entries.filter((e) => (e.packaged ? runningPackages.has(e.key.toLowerCase()) : running.has(exeName(e.key))))
}

function output(result: CommandResult, tool: string): string {
  if (result.missing) throw new ProbeUnavailable(`Not available: Windows' ${tool} tool could not be started.`)
  if (result.timedOut) throw new Error(`${tool} did not answer in time.`)
  if (result.code !== 0)
    throw new Error(`${tool} failed (${result.stderr.trim().split(/\r?\n/)[0] || `exit ${result.code}`}).`)
  return result.stdout
}

function consentProbe(
  runner: CommandRunner,
  device: 'microphone' | 'webcam',
  own: { exeNames: readonly string[] }
): Probe {
  return {
    source: device === 'webcam' ? 'camera' : 'microphone',
    note:
      device === 'webcam'
        ? 'Checks Windows’ record of apps using the camera (when a break is near).'
        : 'Checks Windows’ record of apps using the microphone (when a break is near).',
    async read() {
      const result = await runner.run('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'])
      // A computer where no app ever asked has no key: nothing is in use.
      if (!result.missing && result.code === 1 && /unable to find/i.test(result.stderr)) return false
      const inUse = inUseEntries(parseConsentStore(output(result, 'reg'), device)).filter(
        (e) => e.packaged || !own.exeNames.includes(exeName(e.key))
      )
      if (inUse.length === 0) return false
      const [processes, apps] = await Promise.all([
        inUse.some((e) => !e.packaged) ? runner.run('tasklist', ['/fo', 'csv', '/nh']) : null,
        inUse.some((e) => e.packaged) ? runner.run('tasklist', ['/apps', '/fo', 'csv', '/nh']) : null
      ])
      const running = processes ? parseTasklist(output(processes, 'tasklist')) : new Set<string>()
      const packages = apps ? parseTasklistApps(output(apps, 'tasklist')) : new Set<string>()
      return liveEntries(inUse, running, packages).length > 0
    }
  }
}

/** What the shell says: the notification state and the Focus Assist profile (null where a call failed). */
export interface ShellState {
  notificationState: number | null
  focusAssist: number | null
}

/** The script's two lines: "quns=<HRESULT>,<state>" and "focus=<NTSTATUS>,<profile>". */
export function parseShellState(stdout: string): ShellState {
  const quns = /^quns=(-?\d+),(\d+)\s*$/m.exec(stdout)
  const focus = /^focus=(-?\d+),(-?\d+)\s*$/m.exec(stdout)
  return {
    notificationState: quns && quns[1] === '0' ? Number(quns[2]) : null,
    focusAssist: focus && focus[1] === '0' ? Number(focus[2]) : null
  }
}

/** QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE. */
export function isPresenting(notificationState: number): boolean {
  return notificationState === 2 || notificationState === 3 || notificationState === 4
}

/** The PowerShell script behind ShellState (run with -EncodedCommand, so no quoting can break it). */
export const SHELL_STATE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "Add-Type -Namespace LimberProbe -Name Shell -MemberDefinition @'",
  '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);',
  '[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong name, IntPtr type, IntPtr scope, out uint stamp, byte[] buffer, ref uint size);',
  "'@",
  '$q = 0; $hr = [LimberProbe.Shell]::SHQueryUserNotificationState([ref]$q); "quns=$hr,$q"',
  '$n = [uint64]0x0D83063EA3BF1C75; $b = New-Object byte[] 4; $s = [uint32]4; $t = [uint32]0',
  '$st = [LimberProbe.Shell]::NtQueryWnfStateData([ref]$n, [IntPtr]::Zero, [IntPtr]::Zero, [ref]$t, $b, [ref]$s)',
  '"focus=$st,$([BitConverter]::ToInt32($b, 0))"'
].join('\n')

export function powershellArgs(script: string): string[] {
  return [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64')
  ]
}

/** One PowerShell run shared by the two probes that need it: poll() starts both reads in the same turn. */
function sharedShellState(runner: CommandRunner): () => Promise<ShellState> {
  let pending: Promise<ShellState> | null = null
  return () => {
    pending ??= runner
      .run('powershell.exe', powershellArgs(SHELL_STATE_SCRIPT))
      .then((result) => parseShellState(output(result, 'PowerShell')))
      .finally(() => {
        pending = null
      })
    return pending
  }
}

export interface Win32Context {
  runner: CommandRunner
  /** Limber's own program names (lower-case), never counted. */
  ownExeNames: readonly string[]
}

export function win32Probes(context: Win32Context): Probe[] {
  const shell = sharedShellState(context.runner)
  const own = { exeNames: context.ownExeNames }
  return [
    consentProbe(context.runner, 'microphone', own),
    consentProbe(context.runner, 'webcam', own),
    {
      source: 'fullscreen',
      note: 'Asks Windows whether a full-screen app or a presentation is running (when a break is near).',
      async read() {
        const state = (await shell()).notificationState
        if (state === null) throw new Error('Windows did not say whether a full-screen app is running.')
        return isPresenting(state)
      }
    },
    {
      source: 'dnd',
      note: 'Follows Focus Assist (Do Not Disturb) when a break is near.',
      async read() {
        const profile = (await shell()).focusAssist
        if (profile === null)
          throw new ProbeUnavailable('Not available: this version of Windows does not let apps read Focus Assist.')
        return profile > 0
      }
    }
  ]
}
