import { describe, expect, it } from 'vitest'
import {
  addItem,
  createRoutine,
  deleteRoutine,
  moveItem,
  removeItem,
  renameRoutine,
  validateCustomRoutine,
  type EditResult,
  type Routine
} from '@shared/content'
import { deleteRoutineRequestSchema, startSessionRequestSchema } from '@shared/home/home-state'
import { routineCompletedEventSchema, routineStartedEventSchema } from '@shared/progress-events'
import { ROUTINE_ID_MAX, ROUTINE_NAME_MAX } from '@shared/user-text-limits'

const draft = {
  id: 'r-1',
  name: '  Lunch break  ',
  items: [{ exerciseId: 'cat-cow-seated' }, { exerciseId: 'stand-and-walk' }]
}

function value<T>(result: EditResult<T>): T {
  if (!result.ok) throw new Error(result.errors.join('; '))
  return result.value
}

function errors<T>(result: EditResult<T>): string[] {
  return result.ok ? [] : result.errors
}

const mine: Routine = value(validateCustomRoutine(draft))

describe('validateCustomRoutine', () => {
  it('accepts a sound routine, trimming its name and marking it custom', () => {
    expect(mine).toEqual({ id: 'r-1', name: 'Lunch break', kind: 'custom', items: draft.items })
  })

  it('asks for a name when there is none', () => {
    expect(errors(validateCustomRoutine({ ...draft, name: '   ' }))).toEqual(['Give your routine a name.'])
  })

  it('says how long the name may be and how long it is', () => {
    expect(errors(validateCustomRoutine({ ...draft, name: 'x'.repeat(ROUTINE_NAME_MAX + 1) }))).toEqual([
      `Keep the name to ${ROUTINE_NAME_MAX} characters or fewer (it has ${ROUTINE_NAME_MAX + 1}).`
    ])
    expect(validateCustomRoutine({ ...draft, name: ` ${'x'.repeat(ROUTINE_NAME_MAX)} ` }).ok).toBe(true)
  })

  it('needs 1 to 20 exercises and says how many to remove', () => {
    expect(errors(validateCustomRoutine({ ...draft, items: [] }))).toEqual(['Add at least one exercise.'])
    const items = Array.from({ length: 22 }, () => ({ exerciseId: 'stand-and-walk' }))
    expect(errors(validateCustomRoutine({ ...draft, items }))).toEqual([
      'A routine holds at most 20 exercises. Remove 2 exercises.'
    ])
    expect(validateCustomRoutine({ ...draft, items: items.slice(0, 20) }).ok).toBe(true)
  })

  it('names an unknown exercise and where it is', () => {
    const result = validateCustomRoutine({
      ...draft,
      items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'toe-touches' }]
    })
    expect(errors(result)).toEqual(['Exercise 2 ("toe-touches") is not one Limber knows. Remove it or choose another.'])
  })

  it('refuses a dose that does not fit the exercise', () => {
    const result = validateCustomRoutine({
      ...draft,
      items: [{ exerciseId: 'stand-and-walk', dose: { holdSeconds: 30 } }]
    })
    expect(errors(result)).toEqual([
      'The dose for Stand up and walk (exercise 1) is not valid. Reset it to the usual dose.'
    ])
    expect(validateCustomRoutine({ ...draft, items: [{ exerciseId: 'cat-cow', dose: { reps: 0 } }] }).ok).toBe(false)
  })

  it('refuses an id that another routine or a built-in routine already has', () => {
    expect(errors(validateCustomRoutine(draft, ['r-1']))).toEqual([
      'Another routine already has this id. Save it again to give it a new one.'
    ])
    expect(errors(validateCustomRoutine({ ...draft, id: 'morning' }))).toEqual([
      'Built-in routines cannot be changed. Make a routine of your own instead.'
    ])
  })

  it('refuses an id too long to start or delete later, saying so, and accepts one at the limit', () => {
    const long = 'x'.repeat(ROUTINE_ID_MAX + 1)
    expect(errors(validateCustomRoutine({ ...draft, id: long }))).toEqual([
      `This routine's id is ${ROUTINE_ID_MAX + 1} characters long; Limber keeps ids to ${ROUTINE_ID_MAX} so every routine can be started and deleted. Save it as a new routine to give it a new id.`
    ])
    expect(errors(createRoutine([], { ...draft, id: 'x'.repeat(1_000_000) }))[0]).toMatch(
      /^This routine's id is 1000000 characters long/
    )
    expect(validateCustomRoutine({ ...draft, id: 'x'.repeat(ROUTINE_ID_MAX) }).ok).toBe(true)
  })

  it.each([
    ['the shortest id', 'x'],
    ['an id the editor makes', `custom-${'0123abcd-'.repeat(4)}0123`],
    ['an id at the limit', 'y'.repeat(ROUTINE_ID_MAX)],
    ['an id with spaces around it', ' spaced '],
    ['an id past the limit', 'z'.repeat(ROUTINE_ID_MAX + 1)]
  ])('treats %s the same on save, start, delete and in the log', (_, id) => {
    const saved = validateCustomRoutine({ ...draft, id }).ok
    expect(startSessionRequestSchema.safeParse({ routineId: id }).success).toBe(saved)
    expect(deleteRoutineRequestSchema.safeParse({ id }).success).toBe(saved)
    expect(routineStartedEventSchema.shape.routineId.safeParse(id).success).toBe(saved)
    expect(routineCompletedEventSchema.shape.routineId.safeParse(id).success).toBe(saved)
  })

  it('lists every problem at once', () => {
    expect(errors(validateCustomRoutine({ id: 'r-2', name: '', items: [] }))).toHaveLength(2)
  })

  it('explains when what it got is not a routine at all', () => {
    expect(errors(validateCustomRoutine('nonsense'))[0]).toMatch(/could not be read/)
  })
})

describe('editing custom routines', () => {
  it('creates a routine at the end of the list, and refuses a clashing id', () => {
    const list = value(createRoutine([], draft))
    expect(list.map((r) => r.id)).toEqual(['r-1'])
    expect(createRoutine(list, { ...draft, name: 'Copy' }).ok).toBe(false)
  })

  it('renames, refusing an empty name', () => {
    expect(value(renameRoutine(mine, 'Afternoon')).name).toBe('Afternoon')
    expect(renameRoutine(mine, '').ok).toBe(false)
  })

  it('moves an item up or down and leaves it at either end', () => {
    expect(moveItem(mine, 1, 'up').items.map((i) => i.exerciseId)).toEqual(['stand-and-walk', 'cat-cow-seated'])
    expect(moveItem(mine, 0, 'down').items.map((i) => i.exerciseId)).toEqual(['stand-and-walk', 'cat-cow-seated'])
    expect(moveItem(mine, 0, 'up')).toBe(mine)
    expect(moveItem(mine, 1, 'down')).toBe(mine)
  })

  it('adds items up to the limit of 20', () => {
    expect(value(addItem(mine, 'seated-pigeon', { holdSeconds: 20 })).items.at(-1)).toEqual({
      exerciseId: 'seated-pigeon',
      dose: { holdSeconds: 20 }
    })
    const full: Routine = { ...mine, items: Array.from({ length: 20 }, () => ({ exerciseId: 'stand-and-walk' })) }
    expect(errors(addItem(full, 'cat-cow'))[0]).toMatch(/at most 20/)
    expect(addItem(mine, 'nope').ok).toBe(false)
  })

  it('removes an item but never the last one', () => {
    const one = value(removeItem(mine, 0))
    expect(one.items.map((i) => i.exerciseId)).toEqual(['stand-and-walk'])
    expect(errors(removeItem(one, 0))).toEqual(['A routine needs at least one exercise. Delete the routine instead.'])
    expect(removeItem(mine, 5).ok).toBe(false)
  })

  it('deletes a routine by id', () => {
    const other = { ...mine, id: 'r-2' }
    expect(deleteRoutine([mine, other], 'r-1')).toEqual([other])
  })
})
