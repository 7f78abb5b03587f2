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

const asObject = (row: unknown): IDataObject =>
	row !== null && typeof row === 'object' && !Array.isArray(row)
		? (row as IDataObject)
		: { value: row as IDataObject[string] };

/** Where an answer's rows are: `data` of the envelope (or `dataPath`), or a bare array itself. */
const rowsAt = (body: unknown, dataPath: string): unknown =>
	Array.isArray(body) ? body : readPath(body, dataPath);
const holdsRows = (value: unknown) => value !== null && typeof value === 'object';

/**
 * The rows of a list answer: an array (a bare one too: real_time campaigns), a single object as
 * one row, none when the answer carries no rows (`data: null`, a last page without `items`): an
 * envelope never passes for a record.
 */
export function listRows(body: unknown, dataPath = 'data'): IDataObject[] {
	const rows = rowsAt(body, dataPath);
	if (Array.isArray(rows)) return rows.map(asObject);
	return holdsRows(rows) ? [rows as IDataObject] : [];
}

/** The rows of any answer: a list's, else the whole envelope (create/update answers). */
export function extractRecords(body: unknown, dataPath = 'data'): IDataObject[] {
	if (holdsRows(rowsAt(body, dataPath))) return listRows(body, dataPath);
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
