// Electron's Notification (macOS always; Linux when notify-send is missing) through a recording
// stand-in, the OS chooser, the PATH lookup, and the rule that only index.ts imports electron and
// node-notifier for real (so everything else here loads without Electron's binary).
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createNotifier, type NotifierDeps } from '../../../../src/main/platform/notifier/create-notifier'
import {
  ElectronNotifier,
  MAX_RETAINED_NOTIFICATIONS
} from '../../../../src/main/platform/notifier/electron-notification'
import { hasCommand } from '../../../../src/main/platform/notifier/has-command'
import type { NodeNotifierClasses } from '../../../../src/main/platform/notifier/types'
import { FakeElectronNotifications } from './notifier-rig'

const prompt = { title: 'Time to stand up', message: 'You have sat for 25 minutes.' }

/** node-notifier classes that record being constructed (and must not be, where Electron is used). */
function recordingNodeNotifier() {
  const constructed: { via: string; options: unknown }[] = []
  const sent: unknown[] = []
  const classFor = (via: string) =>
    class {
      constructor(options?: unknown) {
        constructed.push({ via, options })
      }
      notify(notification: unknown): void {
        sent.push(notification)
      }
    }
  const classes: NodeNotifierClasses = {
    NotifySend: classFor('NotifySend'),
    WindowsToaster: classFor('WindowsToaster')
  }
  return { classes, constructed, sent }
}

let electron: FakeElectronNotifications
let nodeNotifier: ReturnType<typeof recordingNodeNotifier>
let warn: MockInstance<typeof console.warn>

function notifierFor(platform: NodeJS.Platform, extra: Partial<NotifierDeps> = {}) {
  return createNotifier({
    platform,
    isPackaged: true,
    execPath: '/Applications/Limber.app/Contents/MacOS/Limber',
    arch: 'arm64',
    hasCommand: () => false,
    nodeNotifier: nodeNotifier.classes,
    electronNotification: electron,
    ...extra
  })
}

beforeEach(() => {
  electron = new FakeElectronNotifications()
  nodeNotifier = recordingNodeNotifier()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('macOS notifier: Electron Notification', () => {
  it('shows a silent Electron notification with the title and message, and never touches node-notifier', () => {
    notifierFor('darwin').notify(prompt)
    expect(electron.created.map((n) => n.options)).toEqual([
      { title: prompt.title, body: prompt.message, silent: true }
    ])
    expect(electron.created[0]?.shown).toBe(1)
    expect(nodeNotifier.constructed).toEqual([])
    expect(warn).not.toHaveBeenCalled()
  })

  it('passes the icon when there is one', () => {
    notifierFor('darwin', { iconPath: '/Applications/Limber.app/icon.png' }).notify(prompt)
    expect(electron.created[0]?.options).toEqual({
      title: prompt.title,
      body: prompt.message,
      silent: true,
      icon: '/Applications/Limber.app/icon.png'
    })
  })

  it('warns once, and shows nothing, where Electron notifications are unsupported', () => {
    electron.supported = false
    const notifier = notifierFor('darwin')
    notifier.notify(prompt)
    notifier.notify(prompt)
    expect(electron.created).toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      'Limber could not show a desktop notification: Electron notifications are not supported here'
    )
  })
})

describe('Linux notifier choice', () => {
  it('uses node-notifier NotifySend (without fallbacks) when notify-send is on PATH', () => {
    const asked: string[] = []
    notifierFor('linux', { hasCommand: (name) => (asked.push(name), true) }).notify(prompt)
    expect(asked).toEqual(['notify-send'])
    expect(nodeNotifier.constructed).toEqual([{ via: 'NotifySend', options: { withFallback: false } }])
    expect(nodeNotifier.sent).toHaveLength(1)
    expect(electron.created).toEqual([])
  })

  it("falls back to Electron's Notification when notify-send is missing", () => {
    notifierFor('linux').notify(prompt)
    expect(nodeNotifier.constructed).toEqual([])
    expect(electron.created.map((n) => n.options)).toEqual([
      { title: prompt.title, body: prompt.message, silent: true }
    ])
    expect(electron.created[0]?.shown).toBe(1)
  })

  it('warns once, never throws, when neither notify-send nor libnotify is there', () => {
    electron.supported = false
    const notifier = notifierFor('linux')
    expect(() => {
      notifier.notify(prompt)
      notifier.notify(prompt)
    }).not.toThrow()
    expect(electron.created).toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      'Limber could not show a desktop notification: neither notify-send nor libnotify is available'
    )
  })

  it('treats the BSDs like Linux', () => {
    notifierFor('freebsd', { hasCommand: () => true }).notify(prompt)
    expect(nodeNotifier.constructed.map((c) => c.via)).toEqual(['NotifySend'])
  })

  it('uses WindowsToaster, not Electron, on Windows', () => {
    notifierFor('win32').notify(prompt)
    expect(nodeNotifier.constructed.map((c) => c.via)).toEqual(['WindowsToaster'])
    expect(electron.created).toEqual([])
  })
})

describe('Electron notifier lifetime and failures', () => {
  it('keeps each shown notification referenced until it closes', () => {
    const notifier = new ElectronNotifier(electron)
    notifier.notify(prompt)
    notifier.notify(prompt)
    expect(notifier.retainedCount).toBe(2)
    electron.created[0]?.emit('close', {})
    expect(notifier.retainedCount).toBe(1)
    electron.created[1]?.emit('close', {})
    expect(notifier.retainedCount).toBe(0)
  })

  it("lets go of a notification that failed, and warns with Electron's error", () => {
    const notifier = new ElectronNotifier(electron)
    notifier.notify(prompt)
    electron.created[0]?.emit('failed', {}, 'Notification Center refused')
    expect(notifier.retainedCount).toBe(0)
    expect(warn).toHaveBeenCalledWith('Limber could not show a desktop notification: Notification Center refused')
  })

  it(`keeps at most ${MAX_RETAINED_NOTIFICATIONS} when 'close' never comes, dropping the oldest`, () => {
    const notifier = new ElectronNotifier(electron)
    for (let i = 0; i < MAX_RETAINED_NOTIFICATIONS + 5; i++) notifier.notify(prompt)
    expect(notifier.retainedCount).toBe(MAX_RETAINED_NOTIFICATIONS)
    electron.created[4]?.emit('close', {}) // already dropped: nothing changes
    expect(notifier.retainedCount).toBe(MAX_RETAINED_NOTIFICATIONS)
    electron.created.at(-1)?.emit('close', {})
    expect(notifier.retainedCount).toBe(MAX_RETAINED_NOTIFICATIONS - 1)
  })

  it('warns instead of throwing when creating or showing fails, and keeps nothing', () => {
    const notifier = new ElectronNotifier(electron)
    electron.failOnCreate = new Error('no session bus')
    expect(() => notifier.notify(prompt)).not.toThrow()
    electron.failOnCreate = null
    electron.failOnShow = new Error('libnotify missing')
    expect(() => notifier.notify(prompt)).not.toThrow()
    expect(notifier.retainedCount).toBe(0)
    expect(warn.mock.calls).toEqual([
      ['Limber could not show a desktop notification: no session bus'],
      ['Limber could not show a desktop notification: libnotify missing']
    ])
  })
})

describe('hasCommand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'limber-path-'))
  const [bin, other] = [join(dir, 'bin'), join(dir, 'other')]
  mkdirSync(bin)
  mkdirSync(other)
  mkdirSync(join(bin, 'a-folder'))
  writeFileSync(join(other, 'notify-send'), '#!/bin/sh\n')
  chmodSync(join(other, 'notify-send'), 0o755)
  writeFileSync(join(bin, 'not-executable'), 'x')
  chmodSync(join(bin, 'not-executable'), 0o644)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds an executable file in any PATH folder', () => {
    expect(hasCommand('notify-send', [bin, other].join(delimiter))).toBe(true)
  })

  it('does not count a missing program, a plain file, a folder, or an empty PATH', () => {
    expect(hasCommand('notify-send', bin)).toBe(false)
    expect(hasCommand('not-executable', bin)).toBe(false)
    expect(hasCommand('a-folder', bin)).toBe(false)
    expect(hasCommand('notify-send', '')).toBe(false)
  })
})

describe('notifier module imports', () => {
  const folder = resolve(import.meta.dirname, '../../../../src/main/platform/notifier')
  const runtimeImport = /^import\s+(?!type\b)[^'"]*from\s+'(electron|node-notifier)'/m
  const source = (file: string) => readFileSync(join(folder, file), 'utf8')

  it('only index.ts imports electron or node-notifier at run time (the rest loads without Electron)', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts'))
    expect(files).toContain('create-notifier.ts')
    expect(files.filter((f) => runtimeImport.test(source(f)))).toEqual(['index.ts'])
  })
})
