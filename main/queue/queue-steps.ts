/**
 * The `$batch` parts a queued person costs. First one part to resolve them (a UPN is read
 * directly; an employee ID is a filter, because Graph keys users by id or UPN only). Then the
 * card's own checks for the resolved id, taken from `cardSteps` so the queue asks exactly what
 * the card asks, minus what only the desk needs (methods list, manager, photo).
 */
import type { BatchStep } from '../graph/batch';
import { cardSteps } from '../users/card-steps';
import { USER_SELECT } from '../users/search-query';

/** The card parts the queue's verdict needs; the others feed the identity check at the desk. */
const checkParts = new Set(['tap', 'roles', 'roleGroups', 'ownedGroups']);
const isCheckPart = (id: string): boolean => checkParts.has(id) || id === 'groups' || id.startsWith('groups-');

/** OData string literal: a quote is doubled, so an employee ID cannot end the filter early. */
const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export function resolveStep(partId: string, key: { kind: 'upn' | 'employeeId'; value: string }): BatchStep {
  if (key.kind === 'upn') return { id: partId, url: `/users/${encodeURIComponent(key.value)}?$select=${USER_SELECT}` };
  // Two at most: one is the person, two means the ID is not unique and nobody can be picked.
  const filter = encodeURIComponent(`employeeId eq ${odataString(key.value)}`);
  return { id: partId, url: `/users?$filter=${filter}&$select=${USER_SELECT}&$top=2` };
}

/** Part ids are `{row}.{cardPartId}`, so one batch can carry several people. */
export const rowPart = (row: number, cardPartId: string): string => `${row}.${cardPartId}`;

export function checkSteps(row: number, userId: string, groupIds: readonly string[]): BatchStep[] {
  return cardSteps(userId, groupIds)
    .filter((step) => isCheckPart(step.id))
    .map((step) => ({ ...step, id: rowPart(row, step.id) }));
}
