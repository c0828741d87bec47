/**
 * The card photo as a `blob:` URL made in memory from the bytes main read, revoked when the card
 * changes or closes: nothing is fetched, and nothing reaches the disk cache.
 */
import { useEffect, useMemo } from 'react';
import type { UserCard } from '../../../preload/contract';

export function usePhotoUrl(photo: UserCard['user']['photo']): string | undefined {
  const url = useMemo(() => {
    if (!photo) return undefined;
    const bytes = Uint8Array.from(atob(photo.base64), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: photo.contentType }));
  }, [photo]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}
