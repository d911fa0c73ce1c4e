import { nowInVietnam } from '@dx/subgraph-kit';

/**
 * The moment the service believes it is: the kit's clock (`DX_TODAY` pins the day and keeps
 * Vietnam's time of day), or exactly `DX_NOW` (an ISO instant) when a test must stand one minute
 * before or after a session starts.
 */
export function now(): Date {
  const pinned = process.env.DX_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (Number.isNaN(at.getTime())) throw new Error(`DX_NOW="${pinned}" is not an ISO instant.`);
    return at;
  }
  return nowInVietnam().instant;
}
