// Limber's pages come from app://limber/, a privileged custom scheme: registered before 'ready'
// (Electron allows that only then) and served after it from the built renderer folder.
import { protocol } from 'electron'
import { APP_SCHEME, rendererFile } from './renderer-files'

/** Must run before 'ready' (docs/api/protocol.md, registerSchemesAsPrivileged). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: a real origin (app://limber) for 'self' in the CSP and for ES modules; secure: treated
    // like https; supportFetchAPI: the pages' module scripts are fetched.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Must run after 'ready'. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFile(rendererDir, request.url)
    if (file.status !== 200) return new Response(file.reason, { status: file.status })
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { 'content-type': file.contentType, 'x-content-type-options': 'nosniff' }
    })
  })
}
