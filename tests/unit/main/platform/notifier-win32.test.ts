// The Windows notifier runs the real node-notifier WindowsToaster. It runs on a Linux host too when
// told not to fall back to balloons (withFallback: false, as Limber builds it), and then executes
// SnoreToast by path: a recording script stands in for snoretoast-*.exe, so these tests read the
// exact argv SnoreToast would get, and which exe (x64/x86, app.asar.unpacked) was run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import nodeNotifier from 'node-notifier'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createNotifier, type NotifierDeps } from '../../../../src/main/platform/notifier/create-notifier'
import {
  WINDOWS_APP_USER_MODEL_ID,
  asarUnpackedPath,
  nodeNotifierVendorDir,
  snoreToastPath,
  windowsAppUserModelId
} from '../../../../src/main/platform/notifier/win32'
import { FakeElectronNotifications, clearCalls, oneCall, recordedCalls, writeRecordingProgram } from './notifier-rig'

const root = resolve(import.meta.dirname, '../../../..')
const dir = mkdtempSync(join(tmpdir(), 'limber-snoretoast-'))
const callsDir = join(dir, 'calls')
// An installed Limber: node-notifier resolves inside app.asar; its vendor folder is unpacked beside it.
const resources = join(dir, 'Limber', 'resources')
const vendorInAsar = join(resources, 'app.asar', 'node_modules', 'node-notifier', 'vendor')
const unpackedExe = (arch: 'x64' | 'x86') =>
  join(
    resources,
    'app.asar.unpacked',
    'node_modules',
    'node-notifier',
    'vendor',
    'snoreToast',
    `snoretoast-${arch}.exe`
  )
writeRecordingProgram(unpackedExe('x64'), callsDir)
writeRecordingProgram(unpackedExe('x86'), callsDir)

const devElectron = 'C:\\src\\limber\\node_modules\\electron\\dist\\electron.exe'

function windowsNotifier(extra: Partial<NotifierDeps> = {}) {
  return createNotifier({
    platform: 'win32',
    isPackaged: true,
    execPath: 'C:\\Users\\ana\\AppData\\Local\\Programs\\Limber\\Limber.exe',
    arch: 'x64',
    hasCommand: () => false,
    nodeNotifier,
    electronNotification: electron,
    vendorDir: vendorInAsar,
    ...extra
  })
}

/** SnoreToast's argv as flag → value (a flag without a value maps to true). */
function flags(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1]
    if (next !== undefined && !next.startsWith('-')) out[argv[i]!] = argv[++i]!
    else out[argv[i]!] = true
  }
  return out
}

let electron: FakeElectronNotifications
let warn: MockInstance<typeof console.warn>

beforeEach(() => {
  clearCalls(callsDir)
  electron = new FakeElectronNotifications()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('Windows notifier: node-notifier → SnoreToast', () => {
  it('packaged: runs the x64 SnoreToast from app.asar.unpacked as app.limber.desktop, silently', async () => {
    windowsNotifier().notify({ title: 'Time to stand up', message: 'You have sat for 25 minutes.' })
    const [program, ...argv] = await oneCall(callsDir)
    expect(program).toBe(unpackedExe('x64'))
    expect(argv).toEqual([
      '-appID',
      'app.limber.desktop',
      '-pipeName',
      expect.stringMatching(/^\\\\\.\\pipe\\notifierPipe-[0-9a-f-]{36}$/),
      '-m',
      'You have sat for 25 minutes.',
      '-t',
      'Time to stand up',
      '-silent'
    ])
    expect(warn).not.toHaveBeenCalled()
    expect(electron.created).toEqual([])
  })

  it("development: uses Electron's executable path as the app id", async () => {
    windowsNotifier({ isPackaged: false, execPath: devElectron }).notify({ title: 'T', message: 'M' })
    const [, ...argv] = await oneCall(callsDir)
    expect(flags(argv)['-appID']).toBe(devElectron)
  })

  it('runs the x86 SnoreToast on 32-bit and ARM64 Windows, as node-notifier would', async () => {
    for (const arch of ['ia32', 'arm64']) {
      clearCalls(callsDir)
      windowsNotifier({ arch }).notify({ title: 'T', message: 'M' })
      const [program] = await oneCall(callsDir)
      expect(program).toBe(unpackedExe('x86'))
    }
  })

  it('passes an icon as SnoreToast -p', async () => {
    windowsNotifier({ iconPath: 'C:\\Limber\\icon.png' }).notify({ title: 'T', message: 'M' })
    const [, ...argv] = await oneCall(callsDir)
    expect(flags(argv)).toMatchObject({ '-p': 'C:\\Limber\\icon.png', '-t': 'T', '-m': 'M', '-silent': true })
  })

  it('never throws when SnoreToast is missing (node-notifier reports nothing but -1 failures)', async () => {
    const notifier = windowsNotifier({ vendorDir: join(dir, 'nowhere') })
    expect(() => notifier.notify({ title: 'T', message: 'M' })).not.toThrow()
    await new Promise((r) => setTimeout(r, 200))
    expect(recordedCalls(callsDir)).toEqual([])
  })

  it('warns instead of throwing when the toaster itself throws', () => {
    const throwing = {
      ...nodeNotifier,
      WindowsToaster: class {
        notify(): never {
          throw new Error('boom')
        }
      }
    }
    expect(() => windowsNotifier({ nodeNotifier: throwing }).notify({ title: 'T', message: 'M' })).not.toThrow()
    expect(warn).toHaveBeenCalledWith('Limber could not show a desktop notification: boom')
  })
})

describe('Windows app id and SnoreToast path', () => {
  it("is electron-builder's appId, which the installer gives the Start-menu shortcut", () => {
    const builderConfig = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(/^appId:\s*(\S+)\s*$/m.exec(builderConfig)?.[1]).toBe(WINDOWS_APP_USER_MODEL_ID)
    expect(WINDOWS_APP_USER_MODEL_ID).toBe('app.limber.desktop')
  })

  it('is the AUMID when packaged and the executable path in development', () => {
    expect(windowsAppUserModelId({ isPackaged: true, execPath: devElectron })).toBe('app.limber.desktop')
    expect(windowsAppUserModelId({ isPackaged: false, execPath: devElectron })).toBe(devElectron)
  })

  it('moves a path out of app.asar into app.asar.unpacked, with either separator, once', () => {
    const win = 'C:\\Program Files\\Limber\\resources\\app.asar\\node_modules\\node-notifier\\vendor'
    expect(asarUnpackedPath(win)).toBe(
      'C:\\Program Files\\Limber\\resources\\app.asar.unpacked\\node_modules\\node-notifier\\vendor'
    )
    expect(asarUnpackedPath(asarUnpackedPath(win))).toBe(asarUnpackedPath(win))
    expect(asarUnpackedPath('/opt/Limber/resources/app.asar/x')).toBe('/opt/Limber/resources/app.asar.unpacked/x')
    expect(asarUnpackedPath('/opt/Limber/resources/app.asar')).toBe('/opt/Limber/resources/app.asar.unpacked')
    expect(asarUnpackedPath('/src/limber/node_modules/node-notifier/vendor')).toBe(
      '/src/limber/node_modules/node-notifier/vendor'
    )
    expect(asarUnpackedPath('/src/not-app.asar/x')).toBe('/src/not-app.asar/x')
  })

  it("names SnoreToast exes that exist in node-notifier's vendor folder, which electron-builder unpacks", () => {
    const vendorDir = nodeNotifierVendorDir()
    expect(vendorDir).toBe(join(root, 'node_modules', 'node-notifier', 'vendor'))
    expect(existsSync(snoreToastPath(vendorDir, 'x64'))).toBe(true)
    expect(existsSync(snoreToastPath(vendorDir, 'arm64'))).toBe(true)
    expect(snoreToastPath(vendorDir, 'arm64')).toMatch(/snoretoast-x86\.exe$/)
    const builderConfig = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(builderConfig).toMatch(/^asarUnpack:\n(?:\s+#.*\n)*\s+- node_modules\/node-notifier\/vendor\/\*\*$/m)
  })
})
