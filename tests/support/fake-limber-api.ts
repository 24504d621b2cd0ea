// An in-memory window.limber for component tests: typed by the contract, answering from a handler
// table the test provides, recording every request, and able to push events like main does.
import type { EventChannel, EventPayload, InvokeChannel, InvokeResponse, LimberApi } from '@shared/contract'

type HandlerTable = { [C in InvokeChannel]?: (request: unknown) => InvokeResponse<C> | Promise<InvokeResponse<C>> }

export interface FakeLimber {
  api: LimberApi
  calls: { channel: InvokeChannel; request: unknown }[]
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void
}

export function fakeLimber(handlers: HandlerTable): FakeLimber {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const calls: FakeLimber['calls'] = []
  const api: LimberApi = {
    async invoke(channel, ...args) {
      calls.push({ channel, request: args[0] })
      const handler = handlers[channel] as ((request: unknown) => unknown) | undefined
      if (!handler) throw new Error(`fake limber: no handler for ${channel}`)
      return (await handler(args[0])) as never
    },
    on(event, listener) {
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener as (payload: unknown) => void)
      return () => set.delete(listener as (payload: unknown) => void)
    }
  }
  return {
    api,
    calls,
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    }
  }
}

export function installFakeLimber(handlers: HandlerTable): FakeLimber {
  const fake = fakeLimber(handlers)
  window.limber = fake.api
  return fake
}
