import type { EndpointDef, ParamDef } from './types';

const fileNames = (description: string): ParamDef => ({
	name: 'files',
	displayName: 'File Names',
	kind: 'list',
	in: 'body',
	alwaysShow: true,
	placeholder: 'report.pdf, logo.png',
	description,
});

export const storageEndpoints: EndpointDef[] = [
	{
		resource: 'storage',
		operation: 'listFiles',
		name: 'List Files',
		action: 'List files in wolkvox Storage',
		description:
			'Lists the files and folders in wolkvox Storage with name, content type, size, last update and whether each item is a folder. Paged with a next-page token.',
		file: 'wolkvox_storage',
		api: 'list_files',
		method: 'POST',
		dataPath: 'data.items',
		paging: {
			requestParam: 'page_token',
			in: 'body',
			responsePath: 'data.pagination.next_page_token',
		},
		params: [
			{
				name: 'path',
				displayName: 'Folder',
				kind: 'string',
				in: 'body',
				placeholder: '/',
				description: 'Folder to list; the root when empty.',
			},
			{
				name: 'limit',
				displayName: 'Page Size',
				kind: 'integer',
				in: 'body',
				sendAsNumber: true,
				placeholder: '150',
				description: 'Number of items per page.',
			},
			{
				name: 'page_token',
				displayName: 'Page Token',
				kind: 'string',
				in: 'body',
				description:
					'Token of the page to fetch, taken from next_page_token of the previous response.',
			},
		],
	},
	{
		resource: 'storage',
		operation: 'getFileDetails',
		name: 'Get File Details',
		action: 'Get details of a stored file',
		description:
			'Returns the full name, last update, public or restricted access and size in MB of one file in wolkvox Storage.',
		file: 'wolkvox_storage',
		api: 'file_details',
		method: 'POST',
		params: [
			{
				name: 'file_name',
				displayName: 'File Name',
				kind: 'string',
				in: 'body',
				required: true,
				placeholder: 'report.pdf',
				description: 'Exact name of the stored file.',
			},
		],
	},
	{
		resource: 'storage',
		operation: 'makePublic',
		name: 'Make Files Public',
		action: 'Make stored files public',
		description:
			'Gives one or more stored files public access, so anyone with the link can open them. Returns a result per file.',
		file: 'wolkvox_storage',
		api: 'public_access',
		method: 'POST',
		params: [{ ...fileNames('Names of the files to make public.'), required: true }],
	},
	{
		resource: 'storage',
		operation: 'makeRestricted',
		name: 'Make Files Restricted',
		action: 'Make stored files restricted',
		description:
			'Sets one or more stored files back to restricted access, so only users logged in to wolkvox Storage can open them. Returns a result per file.',
		file: 'wolkvox_storage',
		api: 'restricted_access',
		method: 'POST',
		params: [{ ...fileNames('Names of the files to restrict.'), required: true }],
	},
	{
		resource: 'storage',
		operation: 'deleteFiles',
		name: 'Delete Files',
		action: 'Delete files from wolkvox Storage',
		description:
			'Destructive: permanently deletes one or more stored files. Files uploaded less than 90 days ago are refused (403 per file; 207 overall when only some were deleted).',
		file: 'wolkvox_storage',
		api: 'delete_files',
		method: 'POST',
		destructive: true,
		params: [],
		records: {
			fields: [
				{
					name: 'file',
					displayName: 'File Name',
					kind: 'string',
					in: 'body',
					required: true,
					placeholder: 'report.pdf',
					description: 'Name of a stored file to delete.',
				},
			],
			uploadLimit: 10000,
			wrapIn: 'files',
			valueField: 'file',
		},
	},
	{
		resource: 'storage',
		operation: 'uploadFiles',
		name: 'Upload Files',
		action: 'Upload files to wolkvox Storage',
		description:
			'Uploads one or more files to wolkvox Storage, optionally into a folder. Returns the files stored and per-file errors with counts.',
		file: 'wolkvox_storage',
		api: 'upload_files',
		method: 'POST',
		params: [
			{
				name: 'file[]',
				displayName: 'Input Binary Fields',
				kind: 'binary',
				in: 'form',
				required: true,
				default: 'data',
				description:
					'Names of the binary properties of the input item holding the files, comma-separated.',
			},
			{
				name: 'path',
				displayName: 'Folder',
				kind: 'string',
				in: 'form',
				placeholder: '/Backgrounds',
				description: 'Folder in wolkvox Storage to store the files in; the root when empty.',
			},
		],
	},
];
