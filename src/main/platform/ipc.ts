// Registers every contract channel on ipcMain. Each request must come from the live top frame of one
// of our own windows showing one of our own pages (app://limber/<page>); then dispatch validates it against the contract.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNEL_NAMES } from '@shared/contract'
import { dispatch, type Handlers } from '../app/dispatch'
import type { WindowManager } from './windows'

export function registerIpc(handlers: Handlers, windows: WindowManager): () => void {
  for (const channel of INVOKE_CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      // senderFrame is null once the frame navigated or was destroyed, and may be a sub-frame.
      const frame = event.senderFrame
      const kind = windows.kindOf(event.sender)
      const topFrame = frame !== null && frame.parent === null && !frame.detached
      if (!topFrame || !windows.isAppUrl(frame.url) || !kind) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an unknown sender was refused.' } }
      }
      return dispatch(handlers, channel, payload, { window: kind })
    })
  }
  return () => {
    for (const channel of INVOKE_CHANNEL_NAMES) ipcMain.removeHandler(channel)
  }
}
