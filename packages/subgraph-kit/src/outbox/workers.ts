import type { Express } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { EventsConfig } from './envelope';

/** What a service's background work (event consumers, scheduled jobs) and extra routes receive. */
export interface ServiceEnvironment {
  service: string;
  dataSource: DataSource;
  log: Logger;
  gatewayUrl: () => string;
  events: EventsConfig;
}

export interface Stoppable {
  stop(): Promise<void>;
}

export type ServiceWorker = (env: ServiceEnvironment) => Promise<Stoppable>;
export type ServiceRoutes = (app: Express, env: ServiceEnvironment) => void;
