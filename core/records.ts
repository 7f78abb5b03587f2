import type { IDataObject } from 'n8n-workflow';

import { simplify } from './crmValues';
import { typeRecord } from './typedOutput';

/** Dotted-path read (`data.items`). */
export function readPath(value: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(node, key) =>
				node !== null && typeof node === 'object' ? (node as IDataObject)[key] : undefined,
			value,
		);
}

/** wolkvox's whole answer as one item's json (a bare array under `data`). */
export function wholeAnswer(body: unknown): IDataObject {
	return Array.isArray(body) ? { data: body as IDataObject[] } : ((body ?? {}) as IDataObject);
}

/**
 * The rows of a wolkvox answer: `data` of the envelope (or `dataPath`), a bare array as is
 * (real_time campaigns), and the whole envelope when it carries no rows (create/update answers).
 */
export function extractRecords(body: unknown, dataPath = 'data'): IDataObject[] {
	const rows = Array.isArray(body) ? body : readPath(body, dataPath);
	const asObject = (row: unknown): IDataObject =>
		row !== null && typeof row === 'object' && !Array.isArray(row)
			? (row as IDataObject)
			: { value: row as IDataObject[string] };
	if (Array.isArray(rows)) return rows.map(asObject);
	if (rows !== null && typeof rows === 'object') return [rows as IDataObject];
	return body === undefined ? [] : [asObject(body)];
}

/** A row as an item's json: CRM "Simplify" (nested values flattened), then "Typed Output". */
export function shapeRow(
	row: IDataObject,
	options: { simplify?: boolean; typedOutput?: boolean },
): IDataObject {
	const plain = options.simplify ? (simplify(row) as IDataObject) : row;
	return options.typedOutput ? (typeRecord(plain) as IDataObject) : plain;
}
