/** Today's calendar day in Vietnam (the kit's clock; DX_TODAY pins it); the one place the service reads it. */
export { today } from '@dx/subgraph-kit';
