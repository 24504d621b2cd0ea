// Native save and open dialogs, attached to the main window when it is open.
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { DialogsPort } from '../app/ports'

export class NativeDialogs implements DialogsPort {
  /** documentsDir: where save dialogs start (the user's Documents folder), asked for when needed. */
  constructor(private readonly documentsDir: () => string) {}

  private defaultPath(name: string): string {
    try {
      return join(this.documentsDir(), name)
    } catch {
      // No Documents folder known on this system: the dialog starts where it likes, with the name.
      return name
    }
  }

  private parent(): BrowserWindow | null {
    return BrowserWindow.getFocusedWindow()
  }

  async saveFile(options: Parameters<DialogsPort['saveFile']>[0]): Promise<string | null> {
    const dialogOptions: SaveDialogOptions = {
      title: options.title,
      defaultPath: this.defaultPath(options.defaultName),
      filters: options.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation']
    }
    const parent = this.parent()
    const result = parent
      ? await dialog.showSaveDialog(parent, dialogOptions)
      : await dialog.showSaveDialog(dialogOptions)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  chooseFolder(options: Parameters<DialogsPort['chooseFolder']>[0]): Promise<string | null> {
    return this.open({
      title: options.title,
      buttonLabel: options.buttonLabel,
      properties: ['openDirectory', 'createDirectory']
    })
  }

  chooseFile(options: Parameters<DialogsPort['chooseFile']>[0]): Promise<string | null> {
    return this.open({ title: options.title, filters: options.filters, properties: ['openFile'] })
  }

  private async open(dialogOptions: OpenDialogOptions): Promise<string | null> {
    const parent = this.parent()
    const result = parent
      ? await dialog.showOpenDialog(parent, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
