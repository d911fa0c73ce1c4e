export { definition } from './definition';
export { seedDirectoryDemo } from './demo/seed';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/people';
