// Windows: a toast through node-notifier's SnoreToast. Windows shows toasts only for the
// AppUserModelID of a Start-menu shortcut; the installer makes that shortcut with electron-builder's
// appId. SnoreToast must run from app.asar.unpacked: a program inside app.asar cannot be executed.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { DesktopNotification, NotifierPort } from '../../app/ports'
import { warnNotShown, type NodeNotifierClasses } from './types'

/** electron-builder.yml `appId`: the AppUserModelID of the installed Start-menu shortcut. */
export const WINDOWS_APP_USER_MODEL_ID = 'app.limber.desktop'

/**
 * The AppUserModelID for toasts (and for app.setAppUserModelId): the installer's id when packaged;
 * in development Electron's executable path, as Electron's Windows notification docs advise.
 */
export function windowsAppUserModelId(app: { isPackaged: boolean; execPath: string }): string {
  return app.isPackaged ? WINDOWS_APP_USER_MODEL_ID : app.execPath
}

/** The same path with `app.asar` replaced by `app.asar.unpacked` (either separator; idempotent). */
export function asarUnpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked')
}

/**
 * SnoreToast inside node-notifier's vendor folder, chosen as node-notifier does (x64 on x64,
 * otherwise x86, which ARM64 Windows runs emulated), outside the asar archive.
 */
export function snoreToastPath(vendorDir: string, arch: string): string {
  return asarUnpackedPath(join(vendorDir, 'snoreToast', `snoretoast-${arch === 'x64' ? 'x64' : 'x86'}.exe`))
}

/** node-notifier's vendor folder as Node resolves it (inside app.asar when packaged). */
export function nodeNotifierVendorDir(
  resolve: (id: string) => string = createRequire(import.meta.url).resolve
): string {
  return join(dirname(resolve('node-notifier/package.json')), 'vendor')
}

export interface WindowsNotifierDeps {
  nodeNotifier: Pick<NodeNotifierClasses, 'WindowsToaster'>
  appId: string
  /** node-notifier's `vendor` folder; without it node-notifier picks SnoreToast itself. */
  vendorDir?: string
  arch: string
  iconPath?: string
}

export class WindowsToastNotifier implements NotifierPort {
  private readonly toaster: InstanceType<NodeNotifierClasses['WindowsToaster']>

  constructor(private readonly deps: WindowsNotifierDeps) {
    this.toaster = new deps.nodeNotifier.WindowsToaster({
      withFallback: false,
      ...(deps.vendorDir ? { customPath: snoreToastPath(deps.vendorDir, deps.arch) } : {})
    })
  }

  notify({ title, message }: DesktopNotification): void {
    try {
      this.toaster.notify(
        {
          title,
          message,
          // SnoreToast reads the image itself, so it must be a real file (not inside app.asar).
          ...(this.deps.iconPath ? { icon: this.deps.iconPath } : {}),
          appID: this.deps.appId,
          sound: false,
          wait: false
        },
        (error) => {
          if (error) warnNotShown(error)
        }
      )
    } catch (error) {
      warnNotShown(error)
    }
  }
}
