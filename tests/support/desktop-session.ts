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
  /** Every NotificationClosed signal seen on the bus so far, in order. */
  closures(): NotificationClosure[]
  stop(): void
}

export interface DunstNotification {
  id: number
  appname: string
  summary: string
  body: string
  urgency: string
  /** How long dunst showed it before expiring it, in ms (the client's expire-time, or the rule's). */
  timeoutMs: number
}

/** org.freedesktop.Notifications reasons a notification was closed. */
export const CLOSED_REASON = { expired: 1, dismissed: 2, closedByCall: 3, undefined: 4 } as const

export interface NotificationClosure {
  id: number
  reason: number
}

export function desktopToolsMissing(): string | null {
  for (const tool of ['Xvfb', 'dbus-daemon', 'dbus-send', 'dbus-monitor', 'dunst', 'dunstctl', 'notify-send']) {
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
  // The forked bus prints its address, then its pid, on stdout: stop() ends it by that pid.
  const [busAddress = '', busPidLine = ''] = execFileSync(
    'dbus-daemon',
    ['--session', '--fork', '--print-address=1', '--print-pid=1'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  )
    .trim()
    .split('\n')
  const busPid = Number(busPidLine)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISPLAY: display,
    DBUS_SESSION_BUS_ADDRESS: busAddress,
    XDG_CONFIG_HOME: dir
  }
  // A dunst config of our own: a notification that asks for no expiry stays until closed, so the test
  // decides when it goes. One that sends an expire-time still expires then: dunst 1.9 applies these
  // urgency timeouts only when the client sends none (-1).
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
  // Watch the bus for NotificationClosed (dunst sends it to the notifying client only, so a plain
  // subscriber would miss it; dbus-monitor becomes a monitor and sees it). Ready once it has given up
  // its own name, which every monitor does.
  const monitor = spawn(
    'dbus-monitor',
    ['--session', "type='signal',interface='org.freedesktop.Notifications',member='NotificationClosed'"],
    { env, stdio: ['ignore', 'pipe', 'ignore'] }
  )
  children.push(monitor)
  let monitored = ''
  monitor.stdout.setEncoding('utf8')
  monitor.stdout.on('data', (chunk: string) => (monitored += chunk))
  await waitFor(() => monitored.includes('member=NameLost'), 'dbus-monitor to start monitoring')
  return {
    env,
    dunstctl,
    closures: () =>
      [...monitored.matchAll(/member=NotificationClosed\s+uint32 (\d+)\s+uint32 (\d+)/g)].map((m) => ({
        id: Number(m[1]),
        reason: Number(m[2])
      })),
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

/** dunst's history, newest first: what has closed (expired or was closed), leaving the rest displayed. */
export function notificationHistory(session: DesktopSession): DunstNotification[] {
  const history = JSON.parse(session.dunstctl('history')) as {
    data: Record<string, { data: unknown }>[][]
  }
  return (history.data[0] ?? []).map((n) => ({
    id: Number(n['id']?.data ?? NaN),
    appname: String(n['appname']?.data ?? ''),
    summary: String(n['summary']?.data ?? ''),
    body: String(n['body']?.data ?? ''),
    urgency: String(n['urgency']?.data ?? ''),
    // dunst keeps times in microseconds.
    timeoutMs: Number(n['timeout']?.data ?? NaN) / 1000
  }))
}

/** Closes what is displayed, then reads dunst's history (a notification enters it once closed). */
export function closedNotifications(session: DesktopSession): DunstNotification[] {
  session.dunstctl('close-all')
  return notificationHistory(session)
}

export function displayedCount(session: DesktopSession): number {
  const out = session.dunstctl('count', 'displayed')
  return Number(out.trim())
}

export { waitFor }
