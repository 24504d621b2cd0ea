// Linux "presenting" and Do-Not-Disturb, chosen by the desktop: X11 window state through xprop, GNOME and
// KDE through their session's own flags, GNOME/XFCE Do-Not-Disturb through their settings.
//
// Why these: on X11 the window manager publishes the active window (_NET_ACTIVE_WINDOW) and each window's
// state (_NET_WM_STATE_FULLSCREEN) for everyone to read (EWMH); xprop reads both without a library
// (Stretchly PR #1781 and Safe Eyes' donotdisturb plugin read the same properties). Wayland hides other
// windows: on GNOME the closest honest signal is that an app inhibits idling (org.gnome.SessionManager
// InhibitedActions bit 8, what video players and presentations set; Safe Eyes uses it), on KDE the
// notifications Inhibited property, which Plasma sets for presentations and screen sharing.
// Do-Not-Disturb: GNOME's switch is the show-banners key (watched with `gsettings monitor`, so nothing is
// polled), KDE's is the same Inhibited property, XFCE's the xfce4-notifyd /do-not-disturb xfconf key.
// D-Bus is asked with gdbus (GLib, on every GNOME-ish system) rather than a D-Bus library in the app.
// Sources: os-signals.md §2.3 and §3; EWMH spec; Stretchly app/utils/dndManager.js.
import { gdbusGetPropertyArgs } from '../gdbus-property'
import type { CommandRunner, CommandResult } from './command-runner'
import { ProbeUnavailable, type Probe } from './probe-set'

export type LinuxDesktop = 'gnome' | 'kde' | 'xfce' | 'other'

/** The desktop from XDG_CURRENT_DESKTOP ("ubuntu:GNOME", "KDE", "XFCE", …). */
export function linuxDesktop(env: NodeJS.ProcessEnv): LinuxDesktop {
  const names = (env['XDG_CURRENT_DESKTOP'] ?? env['XDG_SESSION_DESKTOP'] ?? '').toLowerCase().split(':')
  if (names.some((n) => n === 'gnome' || n === 'unity' || n === 'gnome-classic' || n === 'gnome-flashback'))
    return 'gnome'
  if (names.includes('kde')) return 'kde'
  if (names.includes('xfce')) return 'xfce'
  return 'other'
}

export function isWayland(env: NodeJS.ProcessEnv): boolean {
  return env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY'])
}

/** The window id in `xprop -root _NET_ACTIVE_WINDOW`; null when no window is active (0x0). */
export function parseActiveWindow(stdout: string): string | null {
  const match = /_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)/i.exec(stdout)
  if (!match) throw new ProbeUnavailable('Not available: this window manager does not say which window is active.')
  return /^0x0+$/i.test(match[1]!) ? null : match[1]!
}

/** Whether `xprop -id W _NET_WM_STATE _NET_WM_PID` says fullscreen, and whose window it is. */
export function parseWindowState(stdout: string): { fullscreen: boolean; pid: number | null } {
  const state = /_NET_WM_STATE\(ATOM\) = (.*)$/m.exec(stdout)?.[1] ?? ''
  const pid = /_NET_WM_PID\(CARDINAL\) = (\d+)/.exec(stdout)?.[1]
  return {
    fullscreen: state.split(',').some((atom) => atom.trim() === '_NET_WM_STATE_FULLSCREEN'),
    pid: pid ? Number(pid) : null
  }
}

/** `gsettings get …` prints "true" or "false"; anything else is not a boolean. */
export function parseGsettingsBoolean(stdout: string): boolean {
  const text = stdout.trim()
  if (text === 'true' || text === 'false') return text === 'true'
  throw new Error(`gsettings printed "${text.slice(0, 40)}" instead of true or false.`)
}

/** A `gsettings monitor` line: "show-banners: false". */
export function parseGsettingsMonitorLine(line: string): boolean | null {
  const match = /^\s*show-banners:\s*(true|false)\s*$/.exec(line)
  return match ? match[1] === 'true' : null
}

/** gdbus prints a property as "(<uint32 8>,)" or "(<true>,)". */
export function parseGdbusVariant(stdout: string): string {
  const match = /^\(<(?:uint32 |int32 |boolean )?([^>]*)>,\)$/.exec(stdout.trim())
  if (!match) throw new Error(`D-Bus answered "${stdout.trim().slice(0, 40)}".`)
  return match[1]!.trim()
}

/** org.gnome.SessionManager's InhibitedActions: bit 8 is "idle inhibited" (a video, a presentation). */
export function idleInhibited(inhibitedActions: string): boolean {
  const value = Number(inhibitedActions)
  if (!Number.isInteger(value)) throw new Error(`InhibitedActions was "${inhibitedActions}".`)
  return (value & 8) !== 0
}

const NOT_INSTALLED = (tool: string, pkg: string): string =>
  `Not available: the ${tool} tool (${pkg}) is not installed.`

function checked(result: CommandResult, tool: string, pkg: string): string {
  if (result.missing) throw new ProbeUnavailable(NOT_INSTALLED(tool, pkg))
  if (result.timedOut) throw new Error(`${tool} did not answer in time.`)
  if (result.code !== 0)
    throw new Error(`${tool} failed (${result.stderr.trim().split('\n')[0] || `exit ${result.code}`}).`)
  return result.stdout
}

async function gdbusProperty(
  runner: CommandRunner,
  dest: string,
  path: string,
  iface: string,
  name: string
): Promise<string> {
  const result = await runner.run('gdbus', gdbusGetPropertyArgs(dest, path, iface, name))
  if (
    !result.missing &&
    result.code !== 0 &&
    /ServiceUnknown|NameHasNoOwner|UnknownObject|UnknownProperty|InvalidArgs/.test(result.stderr)
  ) {
    throw new ProbeUnavailable('Not available: this desktop does not offer it.')
  }
  return parseGdbusVariant(checked(result, 'gdbus', 'libglib2.0-bin'))
}

const kdeInhibited = (runner: CommandRunner): Promise<boolean> =>
  gdbusProperty(
    runner,
    'org.freedesktop.Notifications',
    '/org/freedesktop/Notifications',
    'org.freedesktop.Notifications',
    'Inhibited'
  ).then((value) => value === 'true')

export function linuxFullscreenProbe(
  runner: CommandRunner,
  env: NodeJS.ProcessEnv,
  own: { pids: readonly number[] }
): Probe {
  const desktop = linuxDesktop(env)
  if (isWayland(env)) {
    if (desktop === 'gnome') {
      return {
        source: 'fullscreen',
        note: 'Notices when an app keeps the screen awake, as videos and presentations do (GNOME).',
        read: async () =>
          idleInhibited(
            await gdbusProperty(
              runner,
              'org.gnome.SessionManager',
              '/org/gnome/SessionManager',
              'org.gnome.SessionManager',
              'InhibitedActions'
            )
          )
      }
    }
    if (desktop === 'kde') {
      return {
        source: 'fullscreen',
        note: 'Notices when Plasma holds notifications back, as it does while presenting (KDE).',
        read: () => kdeInhibited(runner)
      }
    }
    return unavailable('fullscreen', 'Not available on this desktop: Wayland does not let apps see other windows.')
  }
  if (!env['DISPLAY']) return unavailable('fullscreen', 'Not available: no desktop display to look at.')
  return {
    source: 'fullscreen',
    note: 'Notices when the window in front is full screen.',
    async read() {
      const active = parseActiveWindow(
        checked(await runner.run('xprop', ['-root', '_NET_ACTIVE_WINDOW']), 'xprop', 'x11-utils')
      )
      if (!active) return false
      const window = await runner.run('xprop', ['-id', active, '_NET_WM_STATE', '_NET_WM_PID'])
      // The window closed between the two questions: nothing is in front to be full screen.
      if (!window.missing && window.code !== 0 && /BadWindow/.test(window.stderr)) return false
      const state = parseWindowState(checked(window, 'xprop', 'x11-utils'))
      return state.fullscreen && !(state.pid !== null && own.pids.includes(state.pid))
    }
  }
}

const BANNERS = ['org.gnome.desktop.notifications', 'show-banners'] as const

export function linuxDndProbe(runner: CommandRunner, env: NodeJS.ProcessEnv): Probe {
  switch (linuxDesktop(env)) {
    case 'gnome':
      return {
        source: 'dnd',
        note: 'Follows GNOME’s Do Not Disturb switch.',
        async read() {
          const result = await runner.run('gsettings', ['get', ...BANNERS])
          if (!result.missing && result.code !== 0 && /No such schema|No such key/i.test(result.stderr)) {
            throw new ProbeUnavailable('Not available: GNOME’s notification settings are not installed.')
          }
          // Banners off is GNOME's Do Not Disturb.
          return !parseGsettingsBoolean(checked(result, 'gsettings', 'libglib2.0-bin'))
        },
        watch(changed, failed) {
          const watcher = runner.watch('gsettings', ['monitor', ...BANNERS], {
            line: (text) => {
              if (parseGsettingsMonitorLine(text) !== null) changed()
            },
            ended: (why, missing) => failed(missing ? NOT_INSTALLED('gsettings', 'libglib2.0-bin') : why, missing)
          })
          return () => watcher.stop()
        }
      }
    case 'kde':
      return { source: 'dnd', note: 'Follows Plasma’s Do Not Disturb.', read: () => kdeInhibited(runner) }
    case 'xfce':
      return {
        source: 'dnd',
        note: 'Follows XFCE’s Do Not Disturb.',
        async read() {
          const result = await runner.run('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb'])
          // An unset key means it was never switched on.
          if (!result.missing && result.code !== 0 && /does not exist/i.test(result.stderr)) return false
          return checked(result, 'xfconf-query', 'xfconf').trim() === 'true'
        }
      }
    case 'other':
      return unavailable('dnd', 'Not available on this desktop: it has no Do Not Disturb that apps can read.')
  }
}

function unavailable(source: Probe['source'], why: string): Probe {
  return {
    source,
    note: why,
    unavailable: why,
    read: () => Promise.reject(new ProbeUnavailable(why))
  }
}
