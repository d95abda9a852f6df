/**
 * Who acts: the entity list (datasets/entities.json) is consistent, and the
 * actors of every event are in it, with the keys it gives them.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Entity } from '../load.js';
import { text } from './fields.js';

/** The entity list itself: one key per entity, one entity per spelling, states that exist. */
export function checkEntities(entities: readonly Entity[]): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const entity of entities) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entity.key))
      errors.push(`entities.json: key "${entity.key}" must be lowercase words joined by hyphens`);
    if (keys.has(entity.key)) errors.push(`entities.json: key "${entity.key}" repeats`);
    keys.add(entity.key);
    for (const name of entity.names) {
      if (names.has(name)) errors.push(`entities.json: "${name}" belongs to more than one entity`);
      names.add(name);
    }
  }
  for (const entity of entities) {
    const state = entity.state === undefined ? undefined : entities.find((e) => e.key === entity.state);
    if (entity.kind === 'state' && entity.state !== undefined) errors.push(`entities.json: ${entity.key} is a state and acts for no other`);
    if (entity.kind !== 'state' && state?.kind !== 'state')
      errors.push(`entities.json: ${entity.key} needs "state", the key of the state it acts for`);
  }
  return errors;
}

/**
 * Each actor as the document spells it has one key, and a person or office is
 * followed by the state they act for unless that state is already an actor:
 * "Kim Jong-un; Russia" → "kim-jong-un; north-korea; russia".
 */
export function checkActorKeys(where: string, row: Row, entities: readonly Entity[]): string[] {
  const byName = new Map(entities.flatMap((entity) => entity.names.map((name) => [name, entity] as const)));
  const actors = (text(row, 'actors') ?? '').split('; ');
  const unknown = actors.filter((actor) => !byName.has(actor));
  if (unknown.length > 0)
    return unknown.map(
      (actor) => `${where}: actor "${actor}" is not in datasets/entities.json; add it (a new spelling goes in the "names" of its entity)`,
    );
  const listed = new Set(actors.map((actor) => byName.get(actor)?.key));
  const expected: string[] = [];
  for (const actor of actors) {
    const entity = byName.get(actor) as Entity;
    if (!expected.includes(entity.key)) expected.push(entity.key);
    if (entity.state && !listed.has(entity.state) && !expected.includes(entity.state)) expected.push(entity.state);
  }
  const keys = text(row, 'actor_keys');
  return keys === expected.join('; ')
    ? []
    : [
        `${where}: actor_keys is "${keys ?? ''}" but the actors "${actors.join('; ')}" are "${expected.join('; ')}" (datasets/entities.json)`,
      ];
}
