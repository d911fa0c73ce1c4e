export * from './browser';
export * from './session';
export type { Page, Browser, BrowserContext, Route } from 'playwright-core';
export * from './axe';
export * from './desks';
