// The one set of limits for every name a person (or a sync peer) can give: routine ids and names,
// activity names and skip reasons. Saving, starting, deleting, logging and reading use these same
// schemas, so a routine that could be saved can always be started and deleted, and nothing unbounded
// reaches profile.json or the log.
import { z } from 'zod'

/** A routine id: made by Limber (custom-<uuid>, 43 characters) or a built-in id; never trimmed. */
export const ROUTINE_ID_MAX = 100
/** A routine name as the user typed it, after trimming. */
export const ROUTINE_NAME_MAX = 60
/** A PSFS activity name ("Sitting through a film"), after trimming. */
export const ACTIVITY_NAME_MAX = 120
/** Why a break was skipped, optional free text. */
export const SKIP_REASON_MAX = 200

/** Ids are compared exactly, so they are not trimmed: an id that validates is the id that is stored. */
export const routineIdSchema = z
  .string()
  .min(1, 'A routine needs an id.')
  .max(ROUTINE_ID_MAX, `A routine id is at most ${ROUTINE_ID_MAX} characters.`)

export const routineNameSchema = z
  .string()
  .trim()
  .min(1, 'Give your routine a name.')
  .max(ROUTINE_NAME_MAX, `Keep the name to ${ROUTINE_NAME_MAX} characters or fewer.`)

export const activityNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the activity.')
  .max(ACTIVITY_NAME_MAX, `Keep the activity to ${ACTIVITY_NAME_MAX} characters or fewer.`)

export const skipReasonSchema = z
  .string()
  .max(SKIP_REASON_MAX, `Keep the reason to ${SKIP_REASON_MAX} characters or fewer.`)
