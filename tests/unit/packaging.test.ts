// Packaging needs internet (electron-builder downloads Electron), so `npm run dist` cannot run here.
// What can be checked without it is: electron-builder accepts our configuration against its own
// schema, and the configuration points at files that exist.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(resolve(root, 'package.json'))
type Config = Record<string, unknown> & {
  files?: unknown
  linux?: { icon?: string }
  extraMetadata?: { main?: string }
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: Config | null): Promise<Config>
  validateConfiguration(config: Config, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown }

describe('packaging configuration', () => {
  it('is valid for electron-builder', async () => {
    const config = await getConfig(root, 'electron-builder.yml', null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is rejected by the same check when wrong, so the check above means something', async () => {
    const config = await getConfig(root, 'electron-builder.yml', null)
    await expect(
      validateConfiguration({ ...config, appIdentifier: 'typo for appId' } as Config, new DebugLogger(false))
    ).rejects.toThrow()
  })

  it('ships the built app with package.json main, and an icon that exists', async () => {
    const config = await getConfig(root, 'electron-builder.yml', null)
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      main: string
      scripts: Record<string, string>
    }
    expect(config.extraMetadata?.main).toBe(pkg.main.replace(/^\.\//, ''))
    expect(JSON.stringify(config.files)).toContain('out/**')
    expect(existsSync(resolve(root, config.linux?.icon ?? 'missing'))).toBe(true)
    expect(pkg.scripts['dist']).toMatch(/npm run build && electron-builder --config electron-builder\.yml/)
  })
})

describe('what the packaged app needs on each OS', () => {
  const load = () =>
    getConfig(root, 'electron-builder.yml', null) as Promise<
      Config & {
        appId?: string
        productName?: string
        asarUnpack?: string[]
        electronFuses?: Record<string, boolean>
        linux?: { target?: string[] }
        deb?: { depends?: string[] }
      }
    >
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    name: string
    productName?: string
    dependencies: Record<string, string>
  }

  it('names the app Limber, so its data lives in .../Limber as the README says', async () => {
    const config = await load()
    expect(pkg.productName).toBe('Limber')
    expect(config.productName).toBe('Limber')
  })

  it('ships only what the main bundle loads at run time: node-notifier (the rest is bundled)', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['node-notifier'])
  })

  it('flips the Electron fuses of the security checklist', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('unpacks SnoreToast from the asar, and its Windows AppUserModelID is the installer appId', async () => {
    const config = await load()
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**')
    expect(config.appId).toBe('app.limber.desktop')
  })

  it('builds the deb first, and the deb brings notify-send', async () => {
    const config = await load()
    expect(config.linux?.target?.[0]).toBe('deb')
    expect(config.deb?.depends).toContain('libnotify-bin')
  })
})
