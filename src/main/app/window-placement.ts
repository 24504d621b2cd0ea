// Where the break card goes: the bottom-right corner of the work area, clear of the taskbar.
/** The break card: tall enough for a stretch's steps, the timer and the answers without scrolling. */
export const BREAK_CARD_SIZE = { width: 400, height: 660 }

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export function cornerPosition(
  workArea: Rect,
  size: { width: number; height: number },
  margin = 16
): { x: number; y: number } {
  const width = Math.min(size.width, workArea.width)
  const height = Math.min(size.height, workArea.height)
  return {
    x: Math.round(workArea.x + workArea.width - width - Math.min(margin, workArea.width - width)),
    y: Math.round(workArea.y + workArea.height - height - Math.min(margin, workArea.height - height))
  }
}
