// Start at login on macOS: a login item. macOS passes no arguments to login items, so a login start
// is recognised by getLoginItemSettings().wasOpenedAtLogin instead of --hidden.
import { app } from 'electron'
import type { LoginItem } from './login-item'

export const darwinLoginItem: LoginItem = {
  startedAtLogin: (argv) => argv.includes('--hidden') || app.getLoginItemSettings().wasOpenedAtLogin,
  setOpenAtLogin(open) {
    app.setLoginItemSettings({ openAtLogin: open })
  }
}
