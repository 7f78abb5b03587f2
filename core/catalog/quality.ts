import { family } from './factories';
import type { EndpointDef } from './types';

/** Quality (quality.php). */
const quality = family({ resource: 'quality', file: 'quality', method: 'GET' });

export const qualityEndpoints: EndpointDef[] = [
	quality('quality_matrix', 'getQualityMatrix', {
		name: 'Get Quality Matrix',
		action: 'Get the quality matrix',
		description:
			'Returns the current quality matrix: for every survey, its categories and attributes with error type (critical CE or non-critical NCE) and weight. Data is an object keyed by survey name.',
	}),
];
