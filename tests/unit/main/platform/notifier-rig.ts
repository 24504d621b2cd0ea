// Recording stand-ins for the programs node-notifier runs (notify-send, SnoreToast) and for Electron's
// Notification, so the notifier tests can read exactly what each was given.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { vi } from 'vitest'
import type {
  ElectronNotificationApi,
  ElectronNotificationOptions,
  ShownNotification
} from '../../../../src/main/platform/notifier/types'

/** Set this variable (in process.env) to make every recording program fail with that exit status. */
export const FAKE_EXIT = 'LIMBER_FAKE_NOTIFIER_EXIT'

/**
 * Writes an executable sh script at `path` that records its own path and argv (NUL-separated, one
 * file per run) under `callsDir`, then exits with $LIMBER_FAKE_NOTIFIER_EXIT (default 0; any other
 * status also prints "fake failure" on stderr).
 */
export function writeRecordingProgram(path: string, callsDir: string): void {
  mkdirSync(dirname(path), { recursive: true })
  mkdirSync(callsDir, { recursive: true })
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      // Written aside, then renamed: a reader never sees a half-written record.
      `printf '%s\\0' "$0" "$@" > '${callsDir}/.partial.$$' && mv '${callsDir}/.partial.$$' '${callsDir}/call.$$'`,
      `if [ "\${${FAKE_EXIT}:-0}" != 0 ]; then echo "fake failure" >&2; fi`,
      `exit "\${${FAKE_EXIT}:-0}"`,
      ''
    ].join('\n')
  )
  chmodSync(path, 0o755)
}

/** Every recorded run: [program path, ...argv]. */
export function recordedCalls(callsDir: string): string[][] {
  return readdirSync(callsDir)
    .filter((name) => name.startsWith('call.'))
    .map((name) => readFileSync(join(callsDir, name), 'utf8').split('\0').slice(0, -1))
}

export function clearCalls(callsDir: string): void {
  rmSync(callsDir, { recursive: true, force: true })
  mkdirSync(callsDir, { recursive: true })
}

/** How long to wait for a child process (two shared cores can be slow). */
export const WAIT = { timeout: 5_000, interval: 20 }

/** Waits for exactly one recorded run and returns it. */
export async function oneCall(callsDir: string): Promise<string[]> {
  await vi.waitFor(() => {
    if (recordedCalls(callsDir).length === 0) throw new Error('the program has not run yet')
  }, WAIT)
  const calls = recordedCalls(callsDir)
  if (calls.length !== 1) throw new Error(`expected one run, got ${calls.length}`)
  return calls[0]!
}

/** A recording Electron Notification. */
export class FakeNotification implements ShownNotification {
  shown = 0
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>()

  constructor(
    readonly options: ElectronNotificationOptions,
    private readonly failOnShow: Error | null
  ) {}

  show(): void {
    this.shown += 1
    if (this.failOnShow) throw this.failOnShow
  }

  on(event: 'close' | 'failed', listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  emit(event: 'close' | 'failed', ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args)
  }
}

export class FakeElectronNotifications implements ElectronNotificationApi {
  readonly created: FakeNotification[] = []
  supported = true
  failOnCreate: Error | null = null
  failOnShow: Error | null = null

  isSupported(): boolean {
    return this.supported
  }

  create(options: ElectronNotificationOptions): FakeNotification {
    if (this.failOnCreate) throw this.failOnCreate
    const notification = new FakeNotification(options, this.failOnShow)
    this.created.push(notification)
    return notification
  }
}
