/** Where each app is served on one machine; `DX_PORT_OFFSET` moves them all (the e2e runner uses it). */
export const APP_PORTS = {
  shell: 4200,
  directory: 4201,
  tasks: 4202,
  training: 4203,
  donations: 4204,
  awards: 4205,
  campaigns: 4206,
} as const;

export type AppName = keyof typeof APP_PORTS;
export type RemoteName = Exclude<AppName, 'shell'>;
