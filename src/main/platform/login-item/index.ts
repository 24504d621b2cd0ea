// Picks the login-item adapter for this OS; nothing of another OS's adapter runs.
import { darwinLoginItem } from './darwin'
import type { LoginItem } from './login-item'
import { linuxLoginItem } from './linux'
import { win32LoginItem } from './win32'

export type { LoginItem } from './login-item'

export function loginItemFor(platform: NodeJS.Platform): LoginItem {
  if (platform === 'win32') return win32LoginItem
  if (platform === 'darwin') return darwinLoginItem
  return linuxLoginItem
}
