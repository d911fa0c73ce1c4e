import { hostConfig } from '@dx/mf-config';

export default hostConfig();
