/**
 * The card's identity-check parts: the manager (a 404 means "none", any other failure "could
 * not be read") and the 48×48 photo, which JSON batching returns base64-encoded. A photo that is
 * not a small image is dropped rather than shown.
 */
import type { UserCard } from '../../preload/contract';
import { partSucceeded, type BatchPart } from '../graph/batch';

const MAX_PHOTO_BASE64 = 64 * 1024;
const IMAGE = /^image\/(png|jpeg|gif|webp)$/iu;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/u;

export function managerOf(part: BatchPart | undefined): UserCard['user']['manager'] {
  if (part?.status === 404) return 'none';
  if (!part || !partSucceeded(part)) return 'unknown';
  const body = part.body as { displayName?: unknown; jobTitle?: unknown } | null;
  if (typeof body?.displayName !== 'string' || body.displayName === '') return 'unknown';
  return { displayName: body.displayName, ...(typeof body.jobTitle === 'string' && body.jobTitle ? { jobTitle: body.jobTitle } : {}) };
}

export function photoOf(part: BatchPart | undefined): UserCard['user']['photo'] {
  if (!part || !partSucceeded(part) || typeof part.body !== 'string') return undefined;
  const contentType = Object.entries(part.headers).find(([key]) => key.toLowerCase() === 'content-type')?.[1]?.split(';')[0]?.trim() ?? '';
  if (!IMAGE.test(contentType) || part.body.length > MAX_PHOTO_BASE64 || !BASE64.test(part.body)) return undefined;
  return { contentType: contentType.toLowerCase(), base64: part.body };
}
