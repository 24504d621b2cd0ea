// The tray icon: draws the TrayView the application computes. Icons are cached per state and step.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron'
import { quantizeProgress, renderTrayIcon } from '../app/tray-icon-bitmap'
import type { TrayPort } from '../app/ports'
import { TrayChangeTracker, type TrayActionId, type TrayMenuItem, type TrayView } from '../app/tray-view'

const ICON_SIZE = 16

export class LimberTray implements TrayPort {
  private readonly tray: Tray
  private readonly icons = new Map<string, NativeImage>()
  private readonly changes = new TrayChangeTracker()

  constructor(
    private readonly onAction: (id: TrayActionId) => void,
    onClick: () => void
  ) {
    this.tray = new Tray(this.icon(0, 'sitting'))
    this.tray.on('click', onClick)
  }

  update(view: TrayView): void {
    // Only what changed: the app wakes about once a minute, and an idle tray should cost nothing.
    const changed = this.changes.next(view)
    if (changed.tooltip) this.tray.setToolTip(view.tooltip)
    if (changed.icon) this.tray.setImage(this.icon(view.icon.progress, view.icon.state))
    // Only when its text or state changed: rebuilding closes a menu the user has open on Linux.
    if (changed.menu) {
      this.tray.setContextMenu(Menu.buildFromTemplate(view.menu.map((item) => this.toTemplate(item))))
    }
  }

  destroy(): void {
    this.tray.destroy()
  }

  private toTemplate(item: TrayMenuItem): MenuItemConstructorOptions {
    switch (item.kind) {
      case 'label':
        return { label: item.label, enabled: false }
      case 'separator':
        return { type: 'separator' }
      case 'action':
        return { id: item.id, label: item.label, enabled: item.enabled, click: () => this.onAction(item.id) }
      case 'submenu':
        return {
          label: item.label,
          enabled: item.enabled,
          submenu: item.items.map((sub) => ({ id: sub.id, label: sub.label, click: () => this.onAction(sub.id) }))
        }
    }
  }

  private icon(progress: number, state: TrayView['icon']['state']): NativeImage {
    const key = `${state}:${quantizeProgress(progress)}`
    const cached = this.icons.get(key)
    if (cached) return cached
    // Drawn at 2x and marked so: sharp on HiDPI screens, scaled down cleanly elsewhere.
    const pixels = ICON_SIZE * 2
    const image = nativeImage.createFromBitmap(Buffer.from(renderTrayIcon(progress, state, pixels)), {
      width: pixels,
      height: pixels,
      scaleFactor: 2
    })
    this.icons.set(key, image)
    return image
  }
}
