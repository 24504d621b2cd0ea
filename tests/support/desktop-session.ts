// Starts a private desktop for notification tests: Xvfb, a session D-Bus, and the dunst daemon.
// Everything is stopped again by stop(); nothing touches the developer's own desktop.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface DesktopSession {
  env: NodeJS.ProcessEnv
  /** Runs dunstctl against this session's daemon. */
  dunstctl(...args: string[]): string
  stop(): void
}

export interface DunstNotification {
  appname: string
  summary: string
  body: string
  urgency: string
}

export function desktopToolsMissing(): string | null {
  for (const tool of ['Xvfb', 'dbus-daemon', 'dunst', 'dunstctl', 'notify-send']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    } catch {
      return `${tool} is not installed (Debian: xvfb dbus libnotify-bin dunst)`
    }
  }
  return null
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function startDesktopSession(): Promise<DesktopSession> {
  const dir = mkdtempSync(join(tmpdir(), 'limber-desktop-'))
  const display = `:${90 + Math.floor(Math.random() * 400)}`
  const children: ChildProcess[] = []
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' })
  children.push(xvfb)
  const busAddress = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=2'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
  const busPid = Number(/pid=(\d+)/.exec(busAddress)?.[1] ?? NaN)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISPLAY: display,
    DBUS_SESSION_BUS_ADDRESS: busAddress.split('\n')[0],
    XDG_CONFIG_HOME: dir
  }
  // A dunst config of our own: notifications stay until closed, so the test decides when they go.
  const configPath = join(dir, 'dunstrc')
  writeFileSync(
    configPath,
    '[global]\n    idle_threshold = 0\n[urgency_normal]\n    timeout = 0\n[urgency_low]\n    timeout = 0\n'
  )
  await waitFor(() => {
    try {
      execFileSync('sh', ['-c', 'xdpyinfo >/dev/null 2>&1 || test -e /tmp/.X11-unix/X' + display.slice(1)], { env })
      return true
    } catch {
      return false
    }
  }, 'Xvfb')
  const dunst = spawn('dunst', ['-config', configPath], { env, stdio: 'ignore' })
  children.push(dunst)
  const dunstctl = (...args: string[]): string => execFileSync('dunstctl', args, { env, encoding: 'utf8' })
  // Ask the bus whether dunst owns the notifications name yet; calling dunstctl before that would
  // make D-Bus try to auto-start a second dunst outside our display.
  await waitFor(() => {
    const reply = execFileSync(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        'string:org.freedesktop.Notifications'
      ],
      { env, encoding: 'utf8' }
    )
    return reply.includes('boolean true')
  }, 'dunst to own org.freedesktop.Notifications')
  return {
    env,
    dunstctl,
    stop() {
      for (const child of children) child.kill('SIGTERM')
      if (Number.isFinite(busPid)) {
        try {
          process.kill(busPid, 'SIGTERM')
        } catch {
          // already gone
        }
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Closes what is displayed, then reads dunst's history (a notification enters it once closed). */
export function closedNotifications(session: DesktopSession): DunstNotification[] {
  session.dunstctl('close-all')
  const history = JSON.parse(session.dunstctl('history')) as {
    data: Record<string, { data: unknown }>[][]
  }
  return (history.data[0] ?? []).map((n) => ({
    appname: String(n['appname']?.data ?? ''),
    summary: String(n['summary']?.data ?? ''),
    body: String(n['body']?.data ?? ''),
    urgency: String(n['urgency']?.data ?? '')
  }))
}

export function displayedCount(session: DesktopSession): number {
  const out = session.dunstctl('count', 'displayed')
  return Number(out.trim())
}

export { waitFor }
