// React hooks over the contract: load a value once, then follow main's push events for it.
import { useEffect, useState } from 'react'
import type { EventChannel, EventPayload, InvokeChannel, InvokeResponse } from '@shared/contract'
import { limber } from '../api'

/** Value of an invoke channel that takes no request, kept fresh by a matching push event. */
export function useLiveValue<C extends InvokeChannel, E extends EventChannel>(
  channel: C,
  event: E
): InvokeResponse<C> | EventPayload<E> | null {
  const [value, setValue] = useState<InvokeResponse<C> | EventPayload<E> | null>(null)
  useEffect(() => {
    let live = true
    const off = limber().on(event, (payload) => {
      if (live) setValue(payload)
    })
    void (limber().invoke as (c: C) => Promise<InvokeResponse<C>>)(channel).then((v) => {
      if (live) setValue((current) => current ?? v)
    })
    return () => {
      live = false
      off()
    }
  }, [channel, event])
  return value
}
