/**
 * One item's request for a catalog operation: read its field values and files from n8n, let the
 * core validate and place them, and build the request. Nothing is sent when a value is wrong.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { crmAttachment, nestFields } from '../../../core/crmValues';
import type { EndpointDef, ParamDef } from '../../../core/catalog';
import { InvalidInput } from '../../../core/failures';
import type { MultipartPart } from '../../../core/multipart';
import { label, placeParams, setBody, type BuiltParams } from '../../../core/params';
import type { WolkvoxRequest } from '../../../core/request';
import { fieldName } from '../descriptions/fields';
import { catalogOptions, fieldTypeSpecs, timeZoneOf, type CatalogOptions } from './runOptions';

/** Reads an item's values for `params` (top-level fields and the given collection). */
export function readValues(
	ctx: IExecuteFunctions,
	params: ParamDef[],
	itemIndex: number,
	collection: string,
): Map<ParamDef, unknown> {
	const extra = ctx.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const values = new Map<ParamDef, unknown>();
	for (const param of params) {
		const name = fieldName(param);
		const value =
			param.required || param.alwaysShow
				? ctx.getNodeParameter(name, itemIndex, undefined)
				: extra[name];
		values.set(param, value);
	}
	return values;
}

/** Validates and places one item's values; a wrong value is the item's error, nothing is sent. */
export function placeItemParams(
	ctx: IExecuteFunctions,
	endpoint: EndpointDef,
	itemIndex: number,
	split: boolean,
): BuiltParams {
	const values = readValues(ctx, endpoint.params, itemIndex, 'additionalFields');
	const timeZone = timeZoneOf(ctx, catalogOptions(ctx, itemIndex));
	const placed = placeParams(endpoint, values, timeZone, split);
	if (!placed.ok) throw new InvalidInput(placed.problem);
	return placed.value;
}

interface File {
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** The files a binary parameter names (comma-separated binary property names of the item). */
async function readFiles(
	ctx: IExecuteFunctions,
	param: ParamDef,
	value: unknown,
	itemIndex: number,
): Promise<File[]> {
	const files: File[] = [];
	const properties = String(value)
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	for (const property of properties) {
		const binary = ctx.getInputData()[itemIndex].binary?.[property];
		if (!binary) {
			throw new InvalidInput(
				`${label(param)}: the input item has no binary property "${property}"`,
			);
		}
		const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
		files.push({
			fileName: binary.fileName ?? property,
			mimeType: binary.mimeType ?? 'application/octet-stream',
			data,
		});
	}
	return files;
}

/** Binary parameters of a JSON body: each file as the CRM's base64 attachment string, in a list. */
async function attachInBody(ctx: IExecuteFunctions, built: BuiltParams, itemIndex: number) {
	for (const { param, value } of built.attachments) {
		const files = await readFiles(ctx, param, value, itemIndex);
		const key = param.keyFrom ? String(built.node[param.keyFrom] ?? '').trim() : param.name;
		if (!key) {
			throw new InvalidInput(
				`${label(param)}: the name of the field that receives the files is empty`,
			);
		}
		const strings = files.map((f) =>
			crmAttachment(f.data.toString('base64'), f.mimeType, f.fileName),
		);
		setBody(built.body, param, key, strings);
	}
}

/** Form fields and binary files as multipart parts. */
async function formParts(
	ctx: IExecuteFunctions,
	form: BuiltParams['form'],
	itemIndex: number,
): Promise<MultipartPart[]> {
	const parts: MultipartPart[] = [];
	for (const { param, value } of form) {
		if (param.kind !== 'binary') {
			parts.push({
				name: param.name,
				value: typeof value === 'string' ? value : JSON.stringify(value),
			});
			continue;
		}
		const files = await readFiles(ctx, param, value, itemIndex);
		// upload_files: "Para cargar un solo archivo, el campo del formulario debe llamarse: file"
		const name = files.length === 1 && param.singleName ? param.singleName : param.name;
		for (const file of files) {
			parts.push({
				name,
				fileName: file.fileName,
				contentType: file.mimeType,
				data: file.data,
			});
		}
	}
	return parts;
}

export interface ItemRequest {
	req: WolkvoxRequest;
	/** The item's date range when the pull is split into windows. */
	range?: { start: string; end: string };
	options: CatalogOptions;
}

/** Validates one item's parameters and builds its request (nothing is sent). */
export async function buildItemRequest(
	ctx: IExecuteFunctions,
	endpoint: EndpointDef,
	itemIndex: number,
): Promise<ItemRequest> {
	const options = catalogOptions(ctx, itemIndex);
	const split = options.splitRange !== false && options.output !== 'whole';
	const built = placeItemParams(ctx, endpoint, itemIndex, split);
	if (endpoint.fixedBody) Object.assign(built.body, endpoint.fixedBody);
	const fields = endpoint.crmFields ? built.body[endpoint.crmFields] : undefined;
	if (fields !== null && typeof fields === 'object') {
		built.body[endpoint.crmFields!] = nestFields(fields as IDataObject, fieldTypeSpecs(options));
	}
	if (built.attachments.length > 0) await attachInBody(ctx, built, itemIndex);
	const req: WolkvoxRequest = {
		method: endpoint.method,
		file: endpoint.file,
		api: endpoint.api,
		path: endpoint.path,
		qs: built.qs,
		body: Object.keys(built.body).length > 0 ? built.body : undefined,
		multipart: built.form.length > 0 ? await formParts(ctx, built.form, itemIndex) : undefined,
		readOnly: endpoint.readOnly,
	};
	return { req, range: split ? built.range : undefined, options };
}
