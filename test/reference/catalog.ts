/**
 * The one place the reference tests import the catalog from: when the catalog moves, only these
 * lines change.
 */
export { ENDPOINTS, endpointKey } from '../../core/catalog';
export type { EndpointDef, ParamDef } from '../../core/catalog';
/** n8n property name of a wire parameter (`file[]` -> `file__`): how the wire test fills the node's fields. */
export { fieldName } from '../../nodes/Wolkvox/descriptions/fields';
