// The progress log's public surface for the composition root and the IPC handlers.
export { ProgressLog, BACKUP_MANIFEST } from './progress-log'
export type {
  ProgressLogOptions,
  TimeRange,
  LoadResult,
  FiguresResult,
  BackupResult,
  ImportResult
} from './progress-log'
export { leaveMovedNote, moveDataFolder, MoveDataFolderError, MOVED_NOTE_NAME } from './data-folder-move'
export type { MoveOptions, MoveResult } from './data-folder-move'
export { ProgressLogWriteError } from './segment-appender'
export type { LoadIssue, LoadIssueKind } from './load-issues'
export type { SetAsideRecord, LoadSummary } from './log-loader'
export type { ExportFormat } from './event-export'
export { describeSkipped } from './verified-copy'
export type { CopiedFile, SkippedPath } from './verified-copy'
