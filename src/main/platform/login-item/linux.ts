// Start at login on Linux: Electron has no login items there, so Limber writes (or removes) an XDG
// autostart entry, as desktop environments expect. The entry passes --hidden.
import { app } from 'electron'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoginItem } from './login-item'

export const AUTOSTART_FILE = 'limber.desktop'

/** The command that starts this copy of Limber: the AppImage when run from one, else the executable. */
function launchCommand(): string {
  const executable = process.env['APPIMAGE'] ?? process.execPath
  const quoted = `"${executable.replace(/(["\\$`])/g, '\\$1')}"`
  // Started from `electron .` in development, the app path must follow the executable.
  return app.isPackaged ? `${quoted} --hidden` : `${quoted} "${app.getAppPath()}" --hidden`
}

export const linuxLoginItem: LoginItem = {
  startedAtLogin: (argv) => argv.includes('--hidden'),
  setOpenAtLogin(open) {
    const dir = join(app.getPath('appData'), 'autostart')
    const file = join(dir, AUTOSTART_FILE)
    if (!open) {
      if (existsSync(file)) rmSync(file)
      return
    }
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      file,
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Limber',
        'Comment=Stand-up reminders and back care',
        `Exec=${launchCommand()}`,
        'X-GNOME-Autostart-enabled=true',
        ''
      ].join('\n')
    )
  }
}
