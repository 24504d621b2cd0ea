// Composition root: boots Electron and starts the application on the platform's ports.
import { createLimberApp } from './app/create-app'
import { bootElectron } from './platform/electron-app'

bootElectron((kit) => {
  const app = createLimberApp(kit)
  return {
    handlers: () => app.handlers(),
    power: app.power,
    start: () => app.start(),
    stop: () => app.stop(),
    openMain: (route) => kit.windows.openMain(route)
  }
})
