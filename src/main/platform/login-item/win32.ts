// Start at login on Windows: a Run-key login item whose command line carries --hidden (args are
// honoured on Windows only, docs/api/app.md setLoginItemSettings).
import { app } from 'electron'
import type { LoginItem } from './login-item'

export const win32LoginItem: LoginItem = {
  startedAtLogin: (argv) => argv.includes('--hidden'),
  setOpenAtLogin(open) {
    app.setLoginItemSettings({ openAtLogin: open, args: ['--hidden'] })
  }
}
