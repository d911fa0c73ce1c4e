import type { AppName, DeskName } from '@dx/suite-manifest';

/** Where each app is served on one machine (the suite manifest); `DX_PORT_OFFSET` moves them all (the e2e runner uses it). */
export { APP_PORTS } from '@dx/suite-manifest';

export type { AppName };
export type RemoteName = DeskName;
