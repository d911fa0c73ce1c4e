export { definition } from './definition';
