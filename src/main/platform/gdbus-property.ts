// The `gdbus call` that reads one D-Bus property: the one argv both the desktop signals and the tray host use.

/** Arguments to `gdbus` for org.freedesktop.DBus.Properties.Get on the session bus. */
export function gdbusGetPropertyArgs(dest: string, path: string, iface: string, property: string): string[] {
  return [
    'call',
    '--session',
    '--dest',
    dest,
    '--object-path',
    path,
    '--method',
    'org.freedesktop.DBus.Properties.Get',
    iface,
    property
  ]
}
