import { family } from './factories';
import type { EndpointDef } from './types';

/** Quality (quality.php). */
const quality = family({ resource: 'quality', file: 'quality', method: 'GET' });

export const qualityEndpoints: EndpointDef[] = [
	quality('quality_matrix', 'getQualityMatrix', {
		name: 'Get Quality Matrix',
		action: 'Get the quality matrix',
		description:
			"The quality matrix: each survey's categories and attributes, error type and weight.",
	}),
];
