import { family, UPLOAD_LIMIT } from './factories';
import { binaryInputs, fileNames } from './params';
import type { EndpointDef } from './types';

/** wolkvox Storage (wolkvox_storage.php): files and folders; every request is a POST. */
const storage = family({ resource: 'storage', file: 'wolkvox_storage', method: 'POST' });

export const storageEndpoints: EndpointDef[] = [
	storage('list_files', 'listFiles', {
		name: 'List Files',
		action: 'List files in wolkvox Storage',
		description: 'Files and folders in wolkvox Storage with name, type, size and last update.',
		dataPath: 'data.items',
		strategy: 'paged',
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
	}),
	storage('file_details', 'getFileDetails', {
		name: 'Get File Details',
		action: 'Get details of a stored file',
		description:
			'Name, last update, access (public or restricted) and size in MB of one stored file.',
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
	}),
	storage('public_access', 'makePublic', {
		name: 'Make Files Public',
		action: 'Make stored files public',
		description: 'Gives stored files public access, so anyone with the link can open them.',
		params: [fileNames({ description: 'Names of the files to make public.' })],
	}),
	storage('restricted_access', 'makeRestricted', {
		name: 'Make Files Restricted',
		action: 'Make stored files restricted',
		description: 'Makes stored files restricted again: only wolkvox Storage users can open them.',
		params: [fileNames({ description: 'Names of the files to restrict.' })],
	}),
	storage('delete_files', 'deleteFiles', {
		name: 'Delete Files',
		action: 'Delete files from wolkvox Storage',
		description: 'Destructive: permanently deletes files from wolkvox Storage.',
		destructive: true,
		strategy: 'bulk',
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
					hint: 'Files uploaded less than 90 days ago are refused (403 per file; 207 when only some were deleted)',
				},
			],
			uploadLimit: UPLOAD_LIMIT,
			wrapIn: 'files',
			valueField: 'file',
		},
	}),
	storage('upload_files', 'uploadFiles', {
		name: 'Upload Files',
		action: 'Upload files to wolkvox Storage',
		description: 'Uploads one or more files to wolkvox Storage, optionally into a folder.',
		params: [
			binaryInputs({
				name: 'file[]',
				singleName: 'file',
				description:
					'Names of the binary properties of the input item holding the files, comma-separated.',
				hint: 'One file is sent as form field "file", several as "file[]", as wolkvox documents',
			}),
			{
				name: 'path',
				displayName: 'Folder',
				kind: 'string',
				in: 'form',
				placeholder: '/Backgrounds',
				description: 'Folder in wolkvox Storage to store the files in; the root when empty.',
			},
		],
	}),
];
