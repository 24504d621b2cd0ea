// Exposes the IPC contract as window.limber, and nothing else. Runs sandboxed with context isolation.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isEventChannel, isInvokeChannel, type Envelope, type LimberApi } from '@shared/contract'

const api: LimberApi = {
  async invoke(channel, ...args) {
    if (!isInvokeChannel(channel)) throw new Error(`Unknown channel: ${String(channel)}`)
    const envelope = (await ipcRenderer.invoke(channel, args[0])) as Envelope<never>
    if (envelope.ok) return envelope.value
    throw new Error(envelope.error.message)
  },
  on(event, listener) {
    if (!isEventChannel(event)) throw new Error(`Unknown event: ${String(event)}`)
    // Hand the renderer the payload only, never the IpcRendererEvent (it carries the sender).
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void =>
      listener(payload as Parameters<typeof listener>[0])
    ipcRenderer.on(event, wrapped)
    return () => {
      ipcRenderer.removeListener(event, wrapped)
    }
  }
}

contextBridge.exposeInMainWorld('limber', api)
