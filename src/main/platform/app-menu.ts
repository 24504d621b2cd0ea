// The application menu. Electron's default one offers Reload and DevTools, which a user must never
// reach: Windows and Linux get none; macOS keeps the menu bar people expect (Limber with About,
// Hide and Quit; Edit so copy and paste work in text fields; Window to minimise and close).
import { Menu } from 'electron'

export function setApplicationMenu(platform: NodeJS.Platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null)
    return
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'Limber',
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' }
        ]
      },
      { role: 'editMenu' },
      { role: 'windowMenu' }
    ])
  )
}
