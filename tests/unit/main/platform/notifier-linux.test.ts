// The Linux notifier runs the real node-notifier, which runs a recording `notify-send` placed first
// on PATH: these tests read the exact argv notify-send would get.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import nodeNotifier from 'node-notifier'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { promptNotification } from '../../../../src/main/app/prompt-wording'
import { createNotifier, type NotifierDeps } from '../../../../src/main/platform/notifier/create-notifier'
import { hasCommand } from '../../../../src/main/platform/notifier/has-command'
import { FAKE_EXIT, FakeElectronNotifications, clearCalls, oneCall, writeRecordingProgram, WAIT } from './notifier-rig'

const dir = mkdtempSync(join(tmpdir(), 'limber-notify-send-'))
const binDir = join(dir, 'bin')
const callsDir = join(dir, 'calls')
const fakeNotifySend = join(binDir, 'notify-send')
const savedPath = process.env['PATH']

function linuxNotifier(extra: Partial<NotifierDeps> = {}) {
  return createNotifier({
    platform: 'linux',
    isPackaged: true,
    execPath: '/opt/Limber/limber',
    arch: 'x64',
    hasCommand: (name) => hasCommand(name),
    nodeNotifier,
    electronNotification: electron,
    ...extra
  })
}

let electron: FakeElectronNotifications
let warn: MockInstance<typeof console.warn>

beforeAll(() => {
  writeRecordingProgram(fakeNotifySend, callsDir)
  process.env['PATH'] = `${binDir}${delimiter}${savedPath ?? ''}`
})

afterAll(() => {
  process.env['PATH'] = savedPath
  rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
  clearCalls(callsDir)
  electron = new FakeElectronNotifications()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  delete process.env[FAKE_EXIT]
  vi.restoreAllMocks()
})

describe('Linux notifier: node-notifier → notify-send', () => {
  it('runs notify-send with the title, the message, normal urgency, app name Limber and a 20 s expiry in ms', async () => {
    const prompt = promptNotification(1, 25, 'Seated piriformis stretch')
    linuxNotifier().notify(prompt)
    const [program, ...argv] = await oneCall(callsDir)
    expect(program).toBe(fakeNotifySend)
    expect(argv).toEqual([
      prompt.title,
      prompt.message,
      '--urgency',
      'normal',
      '--app-name',
      'Limber',
      '--expire-time',
      '20000'
    ])
    expect(warn).not.toHaveBeenCalled()
    expect(electron.created).toEqual([])
  })

  it('passes the icon and a shorter expiry when asked, still converting seconds to milliseconds', async () => {
    linuxNotifier({ iconPath: '/opt/Limber/resources/icon.png', linuxExpireSeconds: 2 }).notify({
      title: 'Time to stand up',
      message: 'Short one'
    })
    const [, ...argv] = await oneCall(callsDir)
    expect(argv).toEqual([
      'Time to stand up',
      'Short one',
      '--icon',
      '/opt/Limber/resources/icon.png',
      '--urgency',
      'normal',
      '--app-name',
      'Limber',
      '--expire-time',
      '2000'
    ])
  })

  it('hands quotes, dollars and backticks through the shell unchanged', async () => {
    const tricky = { title: 'Stand "up" now', message: "You've sat $HOME minutes `id` \\ — 25 min" }
    linuxNotifier().notify(tricky)
    const [, title, message] = await oneCall(callsDir)
    expect([title, message]).toEqual([tricky.title, tricky.message])
  })

  it('warns, and never throws, when notify-send fails (no notification daemon)', async () => {
    process.env[FAKE_EXIT] = '1'
    const notifier = linuxNotifier()
    expect(() => notifier.notify({ title: 'T', message: 'M' })).not.toThrow()
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1), WAIT)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^Limber could not show a desktop notification: .*fake failure/s)
  })
})
