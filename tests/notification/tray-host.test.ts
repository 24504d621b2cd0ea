// Can this Linux desktop show the tray icon? The tray-host probe asks a private D-Bus session bus,
// on which a small Python service plays the StatusNotifierWatcher a desktop panel would run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { statusNotifierHostAvailable } from '../../src/main/platform/tray-host/linux'
import { trayHostAvailable } from '../../src/main/platform/tray-host'
import { startSessionBus, type SessionBus } from '../support/session-bus'

const WATCHER_SCRIPT = resolve(import.meta.dirname, '../support/fake-status-notifier-watcher.py')

function commandPath(tool: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : null
}

/** Debian's own python3 first: apt's python3-gi lands there, not in a pyenv or venv python. */
function pythonWithGio(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, [
      '-c',
      'import gi; gi.require_version("Gio", "2.0"); from gi.repository import Gio'
    ])
    if (probe.status === 0) return python
  }
  return null
}

const python = pythonWithGio()

function toolsMissing(): string | null {
  if (process.platform !== 'linux') return 'D-Bus StatusNotifier hosts exist on Linux desktops only'
  for (const tool of ['dbus-daemon', 'dbus-send']) {
    if (commandPath(tool) === null) return `${tool} is not installed (Debian: dbus)`
  }
  if (python === null) return 'no python3 with GObject introspection (Debian: python3-gi)'
  return null
}

const missing = toolsMissing()
const gdbus = commandPath('gdbus')

type WatcherMode = 'true' | 'false' | 'no-property' | 'hang'

/** Starts the stand-in watcher and resolves once it owns org.kde.StatusNotifierWatcher. */
function startWatcher(env: NodeJS.ProcessEnv, mode: WatcherMode): Promise<ChildProcess> {
  const child = spawn(python ?? 'python3', [WATCHER_SCRIPT, mode], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolveReady, reject) => {
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`the watcher did not start: ${stderr}`)), 10_000)
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`the watcher exited (${code}): ${stderr}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer)
        resolveReady(child)
      }
    })
  })
}

async function stopWatcher(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise((r) => child.once('exit', r))
  child.kill('SIGKILL')
  await gone
}

/** The environment of a session on this bus, without any other way to find a bus. */
function sessionEnv(address: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env['DBUS_SESSION_BUS_ADDRESS']
  delete env['XDG_RUNTIME_DIR']
  delete env['DISPLAY']
  if (address !== undefined) env['DBUS_SESSION_BUS_ADDRESS'] = address
  return env
}

describe.skipIf(missing !== null)(
  `tray host on a private session bus${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let bus: SessionBus
    let env: NodeJS.ProcessEnv
    let watcher: ChildProcess | undefined
    const dirs: string[] = []

    /** A PATH holding only the given tools, so a test can take dbus-send (or both) away. */
    function pathWith(...tools: string[]): string {
      const dir = mkdtempSync(join(tmpdir(), 'limber-path-'))
      dirs.push(dir)
      for (const tool of tools) {
        const real = commandPath(tool)
        if (real) symlinkSync(real, join(dir, tool))
      }
      return dir
    }

    beforeEach(async () => {
      bus = await startSessionBus()
      env = sessionEnv(bus.address)
      watcher = undefined
    })

    afterEach(async () => {
      await stopWatcher(watcher)
      await bus.stop()
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
    })

    it('says no when nobody owns org.kde.StatusNotifierWatcher (GNOME Shell without AppIndicator)', async () => {
      expect(await statusNotifierHostAvailable(env)).toBe('no')
    })

    it('says yes when the watcher reports a registered host', async () => {
      watcher = await startWatcher(env, 'true')
      expect(await statusNotifierHostAvailable(env)).toBe('yes')
    })

    it('says no when the watcher runs but reports no registered host', async () => {
      watcher = await startWatcher(env, 'false')
      expect(await statusNotifierHostAvailable(env)).toBe('no')
    })

    it('says no when the watcher cannot say whether a host is registered (Electron gives up then too)', async () => {
      watcher = await startWatcher(env, 'no-property')
      expect(await statusNotifierHostAvailable(env)).toBe('no')
    })

    it('does not know when there is no session bus at all', async () => {
      expect(await statusNotifierHostAvailable(sessionEnv(undefined))).toBe('unknown')
    })

    it('does not know when the bus address leads nowhere', async () => {
      const address = bus.address
      await bus.stop()
      expect(await statusNotifierHostAvailable(sessionEnv(address))).toBe('unknown')
    })

    it('does not know, within its time limit, when the watcher never answers', async () => {
      watcher = await startWatcher(env, 'hang')
      const started = Date.now()
      expect(await statusNotifierHostAvailable(env, 800)).toBe('unknown')
      expect(Date.now() - started).toBeLessThan(5_000)
    })

    it.skipIf(gdbus === null)('asks through gdbus when dbus-send is not installed', async () => {
      const onlyGdbus = { ...env, PATH: pathWith('gdbus') }
      expect(await statusNotifierHostAvailable(onlyGdbus)).toBe('no')
      watcher = await startWatcher(env, 'true')
      expect(await statusNotifierHostAvailable(onlyGdbus)).toBe('yes')
      await stopWatcher(watcher)
      watcher = await startWatcher(env, 'false')
      expect(await statusNotifierHostAvailable(onlyGdbus)).toBe('no')
    })

    it('does not know when neither dbus-send nor gdbus is installed', async () => {
      watcher = await startWatcher(env, 'true')
      expect(await statusNotifierHostAvailable({ ...env, PATH: pathWith() })).toBe('unknown')
    })

    it('answers through the one port for every OS on Linux', async () => {
      watcher = await startWatcher(env, 'true')
      expect(await trayHostAvailable('linux', env)).toBe('yes')
    })
  }
)
