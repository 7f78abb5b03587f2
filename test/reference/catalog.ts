/* eslint-disable */ // dev-only: the community-node lint rules guard what ships (nodes/, credentials/)
/**
 * The one place the reference tests import the catalog from. After the catalog moves (issue 10),
 * only these lines change.
 */
export { ENDPOINTS, endpointKey } from '../../nodes/Wolkvox/catalog';
export type { EndpointDef, ParamDef } from '../../nodes/Wolkvox/catalog';
/** n8n property name of a wire parameter (`file[]` -> `file__`): how the wire test fills the node's fields. */
export { fieldName } from '../../nodes/Wolkvox/descriptions/fields';
