import { remoteConfig } from '@dx/mf-config';

export default remoteConfig({ name: 'campaigns' });
