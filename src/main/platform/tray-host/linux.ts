// Linux: asks the session D-Bus whether a StatusNotifier host will show Electron's tray icon.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { gdbusGetPropertyArgs } from '../gdbus-property'
import type { TrayHostAnswer } from './tray-host'

const WATCHER = 'org.kde.StatusNotifierWatcher'
const WATCHER_PATH = '/StatusNotifierWatcher'
const HOST_PROPERTY = 'IsStatusNotifierHostRegistered'

/**
 * D-Bus errors to the property read that mean the watcher has no readable "host registered" flag,
 * or has just gone. Electron (Chromium's StatusIconLinuxDbus) gives up on the tray for any error
 * here; a timeout or a broken connection, though, says nothing about the desktop, so only these
 * count as 'no'.
 */
const NO_HOST_ERRORS = new Set([
  'org.freedesktop.DBus.Error.ServiceUnknown',
  'org.freedesktop.DBus.Error.NameHasNoOwner',
  'org.freedesktop.DBus.Error.UnknownObject',
  'org.freedesktop.DBus.Error.UnknownInterface',
  'org.freedesktop.DBus.Error.UnknownMethod',
  'org.freedesktop.DBus.Error.UnknownProperty',
  'org.freedesktop.DBus.Error.InvalidArgs'
])

/**
 * The one boolean in a method reply, as `dbus-send --print-reply` prints it ("   boolean true", or
 * "   variant       boolean true" for a property) or as `gdbus call` does ("(true,)", "(<true>,)").
 * Anything else, including a reply holding more than one value, is null.
 */
export function parseBooleanReply(stdout: string): boolean | null {
  const text = stdout.trim()
  const gdbus = /^\(<?(true|false)>?,\)$/.exec(text)
  if (gdbus) return gdbus[1] === 'true'
  const lines = text.split('\n')
  if (!lines[0]?.startsWith('method return')) return null
  const values = lines.slice(1).filter((line) => line.trim() !== '')
  if (values.length !== 1) return null
  const dbusSend = /^\s*(?:variant\s+)?boolean\s+(true|false)\s*$/.exec(values[0] ?? '')
  return dbusSend ? dbusSend[1] === 'true' : null
}

/**
 * The D-Bus error name in a failed call's stderr: dbus-send prints "Error org.freedesktop.DBus.Error.X:
 * message", gdbus "Error: GDBus.Error:org.freedesktop.DBus.Error.X: message" (its "Error:" is
 * translated, so only "GDBus.Error:" is looked for). Null when the call failed before reaching the
 * bus (no bus, refused connection, timeout) or printed something else.
 */
export function parseDbusErrorName(stderr: string): string | null {
  const match = /(?:^Error\s+|GDBus\.Error:)([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+):/m.exec(stderr)
  return match?.[1] ?? null
}

/** The session bus address, as libdbus and GDBus find it, or null when there is none to ask. */
export function sessionBusAddress(env: NodeJS.ProcessEnv): string | null {
  const address = env['DBUS_SESSION_BUS_ADDRESS']?.trim()
  if (address) return address
  // systemd's per-user bus; without it the tools would try X11 autolaunch, which starts a new bus.
  const runtimeDir = env['XDG_RUNTIME_DIR']
  if (runtimeDir && existsSync(`${runtimeDir}/bus`)) return `unix:path=${runtimeDir}/bus`
  return null
}

interface CallResult {
  /** The command is not installed. */
  missing: boolean
  ok: boolean
  stdout: string
  stderr: string
}

interface Tool {
  command: string
  nameHasOwner(name: string): string[]
  getProperty(dest: string, path: string, iface: string, property: string): string[]
}

const dbusSend: Tool = {
  command: 'dbus-send',
  nameHasOwner: (name) => [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${name}`
  ],
  getProperty: (dest, path, iface, property) => [
    '--session',
    '--print-reply',
    `--dest=${dest}`,
    path,
    'org.freedesktop.DBus.Properties.Get',
    `string:${iface}`,
    `string:${property}`
  ]
}

const gdbus: Tool = {
  command: 'gdbus',
  nameHasOwner: (name) => [
    'call',
    '--session',
    '--dest',
    'org.freedesktop.DBus',
    '--object-path',
    '/org/freedesktop/DBus',
    '--method',
    'org.freedesktop.DBus.NameHasOwner',
    name
  ],
  getProperty: gdbusGetPropertyArgs
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CallResult> {
  return new Promise((resolve) => {
    try {
      execFile(
        command,
        args,
        { env, encoding: 'utf8', timeout: Math.max(1, timeoutMs), killSignal: 'SIGKILL', maxBuffer: 64 * 1024 },
        (error, stdout, stderr) =>
          resolve({ missing: error?.code === 'ENOENT', ok: error === null, stdout: stdout ?? '', stderr: stderr ?? '' })
      )
    } catch {
      resolve({ missing: false, ok: false, stdout: '', stderr: '' })
    }
  })
}

/**
 * Whether the session has a StatusNotifier host, the way Electron's tray decides it: someone owns
 * org.kde.StatusNotifierWatcher and its IsStatusNotifierHostRegistered is true. GNOME Shell without
 * the AppIndicator extension has no watcher: 'no'. 'unknown' when there is no session bus, neither
 * dbus-send nor gdbus is installed, the bus cannot be reached, or no answer came within timeoutMs
 * (for both calls together). Never throws.
 */
export async function statusNotifierHostAvailable(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 2000
): Promise<TrayHostAnswer> {
  try {
    const address = sessionBusAddress(env)
    if (address === null) return 'unknown'
    // LC_ALL=C: untranslated messages, as the parsers expect.
    const childEnv = { ...env, DBUS_SESSION_BUS_ADDRESS: address, LC_ALL: 'C' }
    const deadline = Date.now() + timeoutMs
    const left = (): number => deadline - Date.now()

    let tool = dbusSend
    let owner = await run(tool.command, tool.nameHasOwner(WATCHER), childEnv, left())
    if (owner.missing) {
      tool = gdbus
      owner = await run(tool.command, tool.nameHasOwner(WATCHER), childEnv, left())
    }
    if (!owner.ok) return 'unknown'
    const owned = parseBooleanReply(owner.stdout)
    if (owned === null) return 'unknown'
    if (!owned) return 'no'
    if (left() <= 0) return 'unknown'

    const host = await run(
      tool.command,
      tool.getProperty(WATCHER, WATCHER_PATH, WATCHER, HOST_PROPERTY),
      childEnv,
      left()
    )
    if (!host.ok) return NO_HOST_ERRORS.has(parseDbusErrorName(host.stderr) ?? '') ? 'no' : 'unknown'
    const registered = parseBooleanReply(host.stdout)
    if (registered === null) return 'unknown'
    return registered ? 'yes' : 'no'
  } catch {
    return 'unknown'
  }
}
