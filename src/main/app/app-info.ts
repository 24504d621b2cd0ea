// Facts about this installation that the About line and Settings show.
export interface AppInfo {
  version: string
  platform: string
  dataDir: string
}
