// Start at login, per OS behind one port: how to register it and how to tell that this launch was one.

export interface LoginItem {
  /** True when the system started Limber at login (it then waits quietly in the tray). */
  startedAtLogin(argv: readonly string[]): boolean
  setOpenAtLogin(open: boolean): void
}
