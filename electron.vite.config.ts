// Build config for the three processes. Main is ESM (package "type": "module"); the preload is CJS
// because Electron's sandboxed preloads cannot be ES modules; the renderer has three pages
// (the main window, the break card, and the physiotherapist report printed to PDF).
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { devCsp } from './scripts/dev-csp-plugin'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // electron-store and conf are ESM-only; bundling them keeps the main bundle self-contained
      // (only electron, node-notifier and Node built-ins stay external).
      externalizeDeps: { exclude: ['electron-store', 'conf', 'zod'] },
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/index.ts') },
        // One file: the per-OS signal probes are imported lazily, but a chunk would import the entry back
        // ("../index.js"), and any loader that names the entry differently would run the app twice.
        output: { inlineDynamicImports: true }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: { alias },
    // devCsp: only under `electron-vite dev`, loosens the pages' CSP just enough for Vite's dev client.
    plugins: [react(), devCsp()],
    build: {
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          'break-card': resolve(import.meta.dirname, 'src/renderer/break-card.html'),
          report: resolve(import.meta.dirname, 'src/renderer/report.html')
        }
      }
    }
  }
})
