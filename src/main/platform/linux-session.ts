// What kind of Linux graphical session Limber runs in. Electron 38+ runs natively on Wayland when the
// session offers it (ozone platform hint "auto"), unless told --ozone-platform=x11.

export function isWaylandSession(env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  const forced = argv.find((arg) => arg.startsWith('--ozone-platform='))?.split('=')[1]
  if (forced) return forced === 'wayland'
  return env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY'])
}
