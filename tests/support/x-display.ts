// Starts a private X display (Xvfb on a free display number it picks itself) with, optionally, the
// openbox window manager (EWMH, so wmctrl can make a window full screen); stop() ends all of it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'

export interface XDisplay {
  env: NodeJS.ProcessEnv
  /** Opens a small client window (xmessage) whose WM_CLASS name is `name`; resolves once the WM manages it. */
  openWindow(name: string): Promise<void>
  wmctrl(...args: string[]): string
  /** Ends the window manager (the display stays). */
  stopWindowManager(): Promise<void>
  stop(): Promise<void>
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('close', () => resolve()))

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function startXDisplay(options: { windowManager: boolean }): Promise<XDisplay> {
  const dir = mkdtempSync(join(tmpdir(), 'limber-x-'))
  // -displayfd: Xvfb picks a free display number and writes it to fd 3, so parallel runs never clash.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe']
  })
  const number = await new Promise<string>((resolve, reject) => {
    let text = ''
    const fd3 = xvfb.stdio[3] as Readable
    fd3.setEncoding('utf8')
    fd3.on('data', (chunk: string) => {
      text += chunk
      if (text.includes('\n')) resolve(text.trim())
    })
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)))
    setTimeout(() => reject(new Error('Xvfb did not report its display')), 15_000)
  })
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    DISPLAY: `:${number}`,
    LANG: 'C'
  }
  const children: ChildProcess[] = []
  let wm: ChildProcess | null = null
  const run = (tool: string, ...args: string[]): string =>
    execFileSync(tool, args, { env, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'pipe'] })
  if (options.windowManager) {
    wm = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' })
    await until(() => {
      try {
        return run('wmctrl', '-m').includes('Name:')
      } catch {
        return false
      }
    }, 'openbox to manage the display')
  }
  return {
    env,
    wmctrl: (...args) => run('wmctrl', ...args),
    async openWindow(name) {
      // A window mapped while openbox is still finishing its start-up can stay unmanaged (seen under load:
      // mapped at +0+0, never in _NET_CLIENT_LIST). Such a client, or one that died, is started again;
      // what it said is kept for the error if it never shows.
      let said = ''
      const shown = () => {
        try {
          return run('wmctrl', '-lx').includes(`${name}.`)
        } catch {
          return false
        }
      }
      for (let attempt = 1; attempt <= 4; attempt++) {
        const client = spawn('xmessage', ['-name', name, `Limber test window ${name}`], {
          env,
          stdio: ['ignore', 'ignore', 'pipe']
        })
        client.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
        children.push(client)
        try {
          await until(() => shown() || client.exitCode !== null || client.signalCode !== null, `window ${name}`, 6_000)
        } catch {
          // not managed in time: try again below
        }
        if (shown()) return
        client.kill('SIGTERM')
        await exited(client)
      }
      throw new Error(`window ${name} never showed under openbox${said.trim() ? `: ${said.trim()}` : ''}`)
    },
    async stopWindowManager() {
      wm?.kill('SIGTERM')
      if (wm) await exited(wm)
      wm = null
    },
    async stop() {
      for (const child of children) child.kill('SIGTERM')
      wm?.kill('SIGTERM')
      await Promise.all([...children, ...(wm ? [wm] : [])].map(exited))
      xvfb.kill('SIGTERM')
      await exited(xvfb)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
