import type { EndpointDef } from './types';

export const qualityEndpoints: EndpointDef[] = [
	{
		resource: 'quality',
		operation: 'getQualityMatrix',
		name: 'Get Quality Matrix',
		action: 'Get the quality matrix',
		description:
			'Returns the current quality matrix: for every survey, its categories and attributes with error type (critical CE or non-critical NCE) and weight. Data is an object keyed by survey name.',
		file: 'quality',
		api: 'quality_matrix',
		method: 'GET',
		params: [],
	},
];
