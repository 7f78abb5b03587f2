/** Just enough multipart/form-data parsing to record what the node uploaded. */
export interface FormField {
	name: string;
	fileName?: string;
	contentType?: string;
	size: number;
	/** Text fields only. */
	value?: string;
}

export function parseMultipart(raw: Buffer, contentType: string): FormField[] {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
	if (!boundary) return [];
	const delimiter = `--${boundary[1] ?? boundary[2]}`;
	const text = raw.toString('latin1');
	const fields: FormField[] = [];
	for (const part of text.split(delimiter).slice(1)) {
		if (part.startsWith('--')) break;
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd < 0) continue;
		// header bytes are UTF-8 (a field name like id_campaña), the content may be binary
		const headers = Buffer.from(part.slice(0, headerEnd), 'latin1').toString('utf8');
		const content = part.slice(headerEnd + 4, part.length - 2); // drop the trailing CRLF
		const name = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
		const fileName = /filename="([^"]*)"/.exec(headers)?.[1];
		const type = /Content-Type:\s*([^\r\n]+)/i.exec(headers)?.[1];
		fields.push(
			fileName === undefined
				? { name, size: content.length, value: Buffer.from(content, 'latin1').toString('utf8') }
				: { name, fileName, contentType: type, size: content.length },
		);
	}
	return fields;
}
