import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import { dispatch, type Handlers } from '../../../../src/main/app/dispatch'

const calls: unknown[] = []
const handlers = {
  'office:act': (action: unknown) => {
    calls.push(action)
    return { phase: 'paused' }
  },
  'settings:get': () => DEFAULT_SETTINGS,
  'app:get-info': () => {
    throw new Error('The data folder is not readable.')
  }
} as unknown as Handlers

describe('IPC dispatch', () => {
  it('runs the handler with the validated request', async () => {
    const result = await dispatch(handlers, 'office:act', { type: 'pause', minutes: 30 }, { window: 'main' })
    expect(result).toEqual({ ok: true, value: { phase: 'paused' } })
    expect(calls.at(-1)).toEqual({ type: 'pause', minutes: 30 })
  })

  it('refuses a channel that is not in the contract', async () => {
    const result = await dispatch(handlers, 'fs:read', '/etc/passwd', { window: 'main' })
    expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Unknown channel: fs:read' } })
  })

  it('refuses a payload of the wrong shape without calling the handler', async () => {
    const before = calls.length
    const result = await dispatch(handlers, 'office:act', { type: 'pause', minutes: -5 }, { window: 'main' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/^Invalid request for office:act: minutes/)
    expect(calls.length).toBe(before)
  })

  it('refuses an unknown action type', async () => {
    const result = await dispatch(handlers, 'office:act', { type: 'rm -rf' }, { window: 'main' })
    expect(result.ok).toBe(false)
  })

  it('refuses a payload on a channel that takes none', async () => {
    const result = await dispatch(handlers, 'settings:get', { sneaky: true }, { window: 'main' })
    expect(result.ok).toBe(false)
  })

  it('turns a handler failure into a message the UI can show', async () => {
    const result = await dispatch(handlers, 'app:get-info', undefined, { window: 'main' })
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'The data folder is not readable.' } })
  })
})
