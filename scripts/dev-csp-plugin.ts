// Dev-only Content-Security-Policy for the renderer pages: rewrites the policy in the pages Vite's dev
// server serves (`electron-vite dev`) so /@vite/client can work; `vite build` never runs it, so the
// built pages keep their strict policy unchanged.
import { randomBytes } from 'node:crypto'
import type { Plugin } from 'vite'

const POLICY = /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/

/** The page's policy with what the dev client needs added; every other directive stays as written. */
function devPolicy(policy: string, nonce: string): string {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources])
  )
  // /@vite/client adds each imported CSS file, and its error overlay, as a <style> carrying this nonce.
  directives.get('style-src')?.push(`'nonce-${nonce}'`)
  // After a server restart /@vite/client waits for the server in a SharedWorker made from a blob: URL.
  directives.set('worker-src', [...(directives.get('script-src') ?? []), 'blob:'])
  // Not needed: the React refresh preamble is injected above the policy's <meta>, which only governs
  // what follows it, and the HMR websocket is the page's own host and port, which 'self' matches.
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

export function devCsp(): Plugin {
  // One per dev server start (it serves loopback only); Vite stamps it on the page as html.cspNonce.
  const nonce = randomBytes(16).toString('base64')
  return {
    name: 'limber:dev-csp',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(POLICY, (_, head: string, policy: string) => `${head}${devPolicy(policy, nonce)}"`)
    }
  }
}
