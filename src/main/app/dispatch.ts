// Validates one IPC request against the contract and runs its handler; errors come back as data.
// Used by the Electron IPC registration and, unchanged, by the browser e2e's exposed functions.
import type { z } from 'zod'
import {
  invokeChannels,
  isInvokeChannel,
  type Envelope,
  type InvokeChannel,
  type InvokeResponse
} from '@shared/contract'

/** Which window sent the request: some channels only make sense from one of them. */
export interface RequestContext {
  window: 'main' | 'break-card'
}

/** A channel whose response is `undefined` may be handled by a function returning nothing. */
type HandlerResult<T> = undefined extends T ? T | void : T

export type Handlers = {
  [C in InvokeChannel]: (
    request: z.output<(typeof invokeChannels)[C]['request']>,
    context: RequestContext
  ) => HandlerResult<InvokeResponse<C>> | Promise<HandlerResult<InvokeResponse<C>>>
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  context: RequestContext
): Promise<Envelope<unknown>> {
  if (!isInvokeChannel(channel)) {
    return { ok: false, error: { code: 'invalid-request', message: `Unknown channel: ${String(channel)}` } }
  }
  const parsed = invokeChannels[channel].request.safeParse(payload)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')
    return { ok: false, error: { code: 'invalid-request', message: `Invalid request for ${channel}: ${detail}` } }
  }
  try {
    const handler = handlers[channel] as (req: unknown, ctx: RequestContext) => unknown
    const value = await handler(parsed.data, context)
    return { ok: true, value }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'failed', message } }
  }
}
