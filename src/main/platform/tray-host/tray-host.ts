// Whether the desktop can show Limber's tray icon, per OS behind one port.

/** 'unknown': the desktop could not be asked (no session bus, no D-Bus tool, no answer in time). */
export type TrayHostAnswer = 'yes' | 'no' | 'unknown'
